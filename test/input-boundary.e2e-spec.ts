import { gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { databaseState } from './support/database-state';
import { bodyWith, describeOperation, Operation, operations, stringFields, urlFor } from './support/openapi';
import { expectProblem } from './support/problem';
import { closeAll, ClientSocket, connect, emitAck, emitUnchecked } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/users';

/** Every route is driven from the committed OpenAPI document, so a new route is covered as it is added. */
const ALL = operations();
const WITH_TEXT_BODY = ALL.filter((op) => op.body && stringFields(op.body).length > 0);
const WITH_BODY = ALL.filter((op) => op.body);
const WITH_QUERY = ALL.filter((op) => op.parameters.some((p) => p.in === 'query'));
const WITH_PATH = ALL.filter((op) => op.parameters.some((p) => p.in === 'path'));

const HOSTILE_TEXT: [string, string][] = [
  ['NUL', 'leftmark\u0000rightmark'],
  ['a lone high surrogate', 'leftmark\ud800rightmark'],
  ['a lone low surrogate', '\udc00'],
  ['a reversed pair', '\udc00\ud800'],
];

/** `{"a": [[...]]}` with `levels` levels of nesting in all. */
function nested(levels: number): string {
  return `{"a":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
}

describe('input that is never stored, on every route of the OpenAPI document', () => {
  let t: TestApp;
  let user: TestUser;
  let before: Record<string, string>;

  beforeAll(async () => {
    // Hundreds of rejected writes from one user in a minute: the write limit is not under test here.
    t = await createTestApp({ env: { HTTP_WRITES_PER_MINUTE: '100000' } });
    user = await createUser(t);
    before = await databaseState(t.app.get(DataSource));
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Exactly these bytes and headers (supertest would re-encode a Buffer as JSON). */
  async function send(op: Operation, body: string | Buffer, headers: Record<string, string> = {}, url = urlFor(op)): Promise<Response> {
    const res = await fetch(`${t.url}${url}`, {
      method: op.method.toUpperCase(),
      headers: { authorization: user.auth, 'content-type': 'application/json', ...headers },
      body: op.method === 'get' || body === '' ? undefined : body,
    });
    const text = await res.text();
    return { status: res.status, headers: { 'content-type': res.headers.get('content-type') }, body: JSON.parse(text) } as unknown as Response;
  }

  function expectFieldProblem(res: Response, field: string): void {
    expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
    // `instance` is the request path; the rest never repeats the submitted text.
    expect(JSON.stringify({ ...res.body, instance: undefined })).not.toMatch(/leftmark|rightmark/);
  }

  it('the document has text bodies, query parameters and path parameters to check', () => {
    expect(WITH_TEXT_BODY.length).toBeGreaterThan(15);
    expect(WITH_QUERY.length).toBeGreaterThan(5);
    expect(WITH_PATH.length).toBeGreaterThan(15);
  });

  describe.each(WITH_TEXT_BODY.map((op) => [describeOperation(op), op] as const))('%s', (_name, op) => {
    it.each(stringFields(op.body!))('%s: NUL and unpaired surrogates are a 422 naming the field', async (field) => {
      for (const [, text] of HOSTILE_TEXT) {
        expectFieldProblem(await send(op, JSON.stringify(bodyWith(field, text))), field);
      }
    });

    it('a property name with NUL is a 422 that does not echo the name', async () => {
      const res = await send(op, JSON.stringify({ 'x\u0000y': 'value' }));
      expectFieldProblem(res, 'body');
      expect(JSON.stringify(res.body)).not.toContain('x\\u0000y');
    });

    it('malformed UTF-8 in the body is a 400', async () => {
      const field = stringFields(op.body!)[0];
      const [head, tail] = JSON.stringify(bodyWith(field, 'SPLIT')).split('SPLIT');
      for (const bytes of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
        expectProblem(await send(op, Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(tail)])), 400, 'INVALID_UTF8');
      }
    });

    it('the same check applies after a correct Content-Encoding: gzip', async () => {
      const field = stringFields(op.body!)[0];
      const res = await send(op, gzipSync(JSON.stringify(bodyWith(field, 'x\u0000'))), { 'Content-Encoding': 'gzip' });
      expectFieldProblem(res, field);
    });
  });

  describe.each(WITH_BODY.map((op) => [describeOperation(op), op] as const))('%s', (_name, op) => {
    it('nesting deeper than 32 levels is a 400 before validation, 32 levels are not', async () => {
      expectProblem(await send(op, nested(33)), 400, 'JSON_TOO_DEEP');
      expectProblem(await send(op, nested(5_000)), 400, 'JSON_TOO_DEEP');
      const atLimit = await send(op, nested(32));
      expect(atLimit.body.code).not.toBe('JSON_TOO_DEEP');
      expect(atLimit.status).toBeGreaterThanOrEqual(400);
      expect(atLimit.status).toBeLessThan(500);
      // Brackets inside strings are text, not nesting.
      const inString = await send(op, JSON.stringify({ a: '['.repeat(5_000) }));
      expect(inString.body.code).not.toBe('JSON_TOO_DEEP');
    });

    it('a Content-Encoding the body does not carry is a 400', async () => {
      const body = JSON.stringify({ a: 'plain' });
      for (const encoding of ['gzip', 'deflate', 'br', 'x-unknown']) {
        expectProblem(await send(op, body, { 'Content-Encoding': encoding }), 400, 'CONTENT_ENCODING_MISMATCH');
      }
    });
  });

  describe.each(WITH_QUERY.map((op) => [describeOperation(op), op] as const))('%s', (_name, op) => {
    it.each(op.parameters.filter((p) => p.in === 'query').map((p) => p.name))(
      'query parameter %s: NUL and an encoded lone surrogate are a 422 naming it',
      async (name) => {
        for (const value of ['leftmark%00rightmark', 'leftmark%ED%A0%80rightmark', '%FF']) {
          expectFieldProblem(await send(op, '', {}, `${urlFor(op)}?${name}=${value}`), name);
        }
      },
    );
  });

  describe.each(WITH_PATH.map((op) => [describeOperation(op), op] as const))('%s', (_name, op) => {
    it.each(op.parameters.filter((p) => p.in === 'path').map((p) => p.name))('path parameter %s: NUL is a 422 naming it', async (name) => {
      expectFieldProblem(await send(op, '', {}, urlFor(op, {}, { [name]: 'leftmark%00rightmark' })), name);
      expectFieldProblem(await send(op, '', {}, urlFor(op, {}, { [name]: 'leftmark%ED%A0%80rightmark' })), 'path');
    });
  });

  it.each(ALL.map((op) => [describeOperation(op), op] as const))('%s: oversized headers or URL are a 431 problem', async (_name, op) => {
    expectProblem(await send(op, '', { 'X-Padding': 'a'.repeat(20_000) }), 431, 'HEADERS_TOO_LARGE');
    expectProblem(await send(op, '', {}, `${urlFor(op)}?padding=${'a'.repeat(20_000)}`), 431, 'HEADERS_TOO_LARGE');
  });

  describe('socket events', () => {
    let socket: ClientSocket;

    beforeAll(async () => {
      socket = await connect(t.url, user.token);
    });

    afterAll(() => closeAll([socket]));

    it.each(HOSTILE_TEXT)('%s in a payload field is a 422 ack naming the field', async (_name, text) => {
      const ack = await emitAck(socket, 'message', { content: text, recipient_id: user.id });
      expect(ack).toMatchObject({ ok: false, error: { status: 422, code: 'VALIDATION_FAILED' } });
      expect(ack.error?.errors).toEqual(expect.arrayContaining([{ field: 'content', message: expect.any(String) }]));
    });

    it('a payload nested deeper than 32 levels is a 400 ack', async () => {
      let deep: unknown = 1;
      for (let i = 0; i < 1_000; i++) deep = [deep];
      const ack = await emitUnchecked(socket, 'typing', { channel_id: 1, extra: deep });
      expect(ack).toMatchObject({ ok: false, error: { status: 400, code: 'JSON_TOO_DEEP' } });
    });
  });

  it('none of it changed the database', async () => {
    expect(await databaseState(t.app.get(DataSource))).toEqual(before);
  });
});
