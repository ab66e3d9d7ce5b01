import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from '../errors';

export type CursorValue = string | number;

const SIGNATURE_BYTES = 16;

/**
 * Opaque keyset cursors: the last row's ordering values plus the scope of the query that
 * issued them, signed so that a tampered cursor or one from another query is rejected.
 */
export class CursorCodec {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('atlas:pagination-cursor').digest();
  }

  encode(scope: string, values: CursorValue[]): string {
    const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
    return `${payload}.${this.sign(scope, payload).toString('base64url')}`;
  }

  decode(scope: string, cursor: string, arity: number): CursorValue[] {
    const [payload, signature, extra] = cursor.split('.');
    if (!payload || !signature || extra !== undefined) throw new InvalidCursorError();
    const given = Buffer.from(signature, 'base64url');
    const expected = this.sign(scope, payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidCursorError();
    let values: unknown;
    try {
      values = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw new InvalidCursorError();
    }
    if (
      !Array.isArray(values) ||
      values.length !== arity ||
      !values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      throw new InvalidCursorError();
    }
    return values;
  }

  private sign(scope: string, payload: string): Buffer {
    return createHmac('sha256', this.key).update(scope).update('\0').update(payload).digest().subarray(0, SIGNATURE_BYTES);
  }
}
