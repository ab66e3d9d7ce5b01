import { Writable } from 'node:stream';
import pino from 'pino';
import { AppConfig, validateEnvironment } from '../../config';
import { loggerOptions, redactSecrets, redactUrl } from './logger.options';

/** Logs through pino with the application's own options and returns the JSON line written. */
function logWithAppOptions(entry: Record<string, unknown>): Record<string, unknown> {
  const config = new AppConfig(validateEnvironment({ LOG_LEVEL: 'info' }), {
    databaseUrl: 'postgresql://unused@127.0.0.1:1/unused',
    embeddedDatabase: false,
    jwtSecret: 'x'.repeat(32),
  });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  pino(loggerOptions(config), sink).info(entry, 'request completed');
  return JSON.parse(lines[0]) as Record<string, unknown>;
}

describe('log redaction', () => {
  it('redacts passwords, tokens, secrets, authorization and cookies at any depth, keeping the rest', () => {
    const line = logWithAppOptions({
      request_id: 'abc',
      body: { email: 'a@example.test', password: 'hunter2', nested: { refresh_token: 'r-123', items: [{ client_secret: 's' }] } },
      authorization: 'Bearer eyJ...',
      res: { headers: { 'set-cookie': 'sid=42' } },
    });
    const text = JSON.stringify(line);
    for (const secret of ['hunter2', 'r-123', '"s"', 'eyJ', 'sid=42']) expect(text).not.toContain(secret);
    expect(line).toMatchObject({
      request_id: 'abc',
      body: { email: 'a@example.test', password: '[redacted]', nested: { items: [{ client_secret: '[redacted]' }] } },
    });
  });

  it('never changes the object it was given, and returns it as is when nothing needs redacting', () => {
    const clean = { req: { id: 'r1', method: 'GET' }, list: [1, { a: 2 }] };
    expect(redactSecrets(clean)).toBe(clean);
    const dirty = { keep: { same: true }, deep: [{ token: 't' }] };
    const redacted = redactSecrets(dirty) as typeof dirty;
    expect(redacted).toEqual({ keep: { same: true }, deep: [{ token: '[redacted]' }] });
    expect(dirty.deep[0].token).toBe('t');
    expect(redacted.keep).toBe(dirty.keep);
  });

  it('redacts the value of token query parameters in a URL', () => {
    expect(redactUrl('/api/v1/events?access_token=abc&limit=5&Token=x')).toBe(
      '/api/v1/events?access_token=[redacted]&limit=5&Token=[redacted]',
    );
    expect(redactUrl('/api/v1/notifications?limit=5')).toBe('/api/v1/notifications?limit=5');
  });
});
