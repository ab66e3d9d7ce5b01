import { Writable } from 'node:stream';
import pino, { LoggerOptions } from 'pino';
import type { Options as HttpOptions } from 'pino-http';
import { AppConfig, validateEnvironment } from '../../config';
import { loggerOptions } from './logger.options';

/** Logs through pino with the application's own options and returns the JSON lines written. */
function logWithAppOptions(entry: Record<string, unknown>): Record<string, unknown> {
  const config = new AppConfig(validateEnvironment({ LOG_LEVEL: 'info' }), {
    databaseUrl: 'postgresql://unused@127.0.0.1:1/unused',
    embeddedDatabase: false,
    jwtSecret: 'x'.repeat(32),
  });
  const options = loggerOptions(config).pinoHttp as LoggerOptions;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  pino({ level: 'info', formatters: options.formatters, serializers: options.serializers, redact: options.redact }, sink).info(
    entry,
    'request completed',
  );
  return JSON.parse(lines[0]) as Record<string, unknown>;
}

describe('log redaction', () => {
  it('redacts passwords, tokens, secrets and authorization at any depth, keeping the rest', () => {
    const line = logWithAppOptions({
      request_id: 'abc',
      body: { email: 'a@example.test', password: 'hunter2', nested: { refresh_token: 'r-123', items: [{ client_secret: 's' }] } },
      authorization: 'Bearer eyJ...',
    });
    const text = JSON.stringify(line);
    for (const secret of ['hunter2', 'r-123', '"s"', 'eyJ']) expect(text).not.toContain(secret);
    expect(line).toMatchObject({ request_id: 'abc', body: { email: 'a@example.test', password: '[redacted]' } });
  });

  it('logs a request as id, method and a URL with token query parameters redacted', () => {
    const line = logWithAppOptions({
      req: { id: 'r1', method: 'GET', url: '/api/v1/events?access_token=abc&limit=5', headers: { authorization: 'Bearer x' } },
    });
    expect(line.req).toEqual({ id: 'r1', method: 'GET', url: '/api/v1/events?access_token=[redacted]&limit=5' });
  });

  it('the access line of a 503 carries no error stack; other 5xx keep theirs', () => {
    const config = new AppConfig(validateEnvironment({ LOG_LEVEL: 'info' }), {
      databaseUrl: 'postgresql://unused@127.0.0.1:1/unused',
      embeddedDatabase: false,
      jwtSecret: 'x'.repeat(32),
    });
    const customErrorObject = (loggerOptions(config).pinoHttp as HttpOptions).customErrorObject!;
    const error = new Error('failed with status code');
    const value = { responseTime: 3, err: error };
    expect(customErrorObject({} as never, { statusCode: 503 } as never, error, value)).toEqual({ responseTime: 3, err: undefined });
    expect(customErrorObject({} as never, { statusCode: 500 } as never, error, value)).toEqual(value);
  });
});
