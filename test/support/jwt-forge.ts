import { createHash, createHmac } from 'node:crypto';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function keyIdOf(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url').slice(0, 12);
}

/** Builds a JWT by hand so tests can produce every kind of malformed or hostile token. */
export function forgeJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  secret: string | null,
): string {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  const signature = secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

export function validClaims(userId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { sub: String(userId), iss: 'atlas', aud: 'atlas-api', iat: now, exp: now + 600, jti: 'test-jti', ...overrides };
}

/** A copy of a real access token whose `exp` has passed, signed again with the same key. */
export function expiredCopy(token: string, secret: string): string {
  const [header, payload] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>);
  const now = Math.floor(Date.now() / 1000);
  return forgeJwt(header, { ...payload, iat: now - 120, exp: now - 60 }, secret);
}
