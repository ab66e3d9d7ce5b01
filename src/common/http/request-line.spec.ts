import { Writable } from 'node:stream';
import fc from 'fast-check';
import pino from 'pino';
import { RequestLineLevel, RequestLineWriter, RequestRecord } from './request-line';

const TIME = 1_796_000_000_000;

function capture(): { sink: Writable; written: string[] } {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString('utf8'));
      done();
    },
  });
  return { sink, written };
}

/** The line a default pino logger writes for the same record, the way the request chain used to log it. */
function pinoLine(level: RequestLineLevel, record: RequestRecord, threshold = 'debug'): string | undefined {
  const { sink, written } = capture();
  const headers: Record<string, unknown> = {};
  if (record.contentType !== undefined) headers['content-type'] = record.contentType;
  if (record.contentLength !== undefined) headers['content-length'] = record.contentLength;
  pino({ level: threshold, timestamp: () => `,"time":${TIME}` }, sink)[level](
    {
      reqId: record.id,
      req: { id: record.id, method: record.method, url: record.url },
      request_id: record.id,
      res: { statusCode: record.statusCode, headers },
      responseTime: record.responseTime,
    },
    record.msg,
  );
  return written[0];
}

function writerLine(level: RequestLineLevel, record: RequestRecord, threshold = 'debug'): string | undefined {
  const { sink, written } = capture();
  new RequestLineWriter(sink, threshold, () => TIME).write(level, record);
  return written[0];
}

const header = fc.option(fc.oneof(fc.string(), fc.nat(), fc.array(fc.string(), { maxLength: 3 })), { nil: undefined });
const record: fc.Arbitrary<RequestRecord> = fc.record({
  id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 128 })),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  url: fc.string({ unit: 'binary', maxLength: 300 }),
  statusCode: fc.integer({ min: 100, max: 599 }),
  contentType: header,
  contentLength: header,
  responseTime: fc.nat(),
  msg: fc.constantFrom('request completed', 'request errored', 'request aborted'),
});

describe('request lines', () => {
  it('carry what pino writes for the same record, key for key in its order, for any URL, id and headers', () => {
    fc.assert(
      fc.property(fc.constantFrom<RequestLineLevel>('debug', 'info'), record, (level, r) => {
        const ours = writerLine(level, r);
        const theirs = pinoLine(level, r);
        expect(ours).toBeDefined();
        // Same keys in the same order, same values (pino may escape a character differently).
        expect(JSON.stringify(JSON.parse(ours!))).toBe(JSON.stringify(JSON.parse(theirs!)));
        expect(ours!.endsWith('}\n')).toBe(true);
        expect(ours!.slice(0, -1)).not.toContain('\n');
      }),
      { numRuns: 500 },
    );
  });

  it('are byte for byte what pino writes for an everyday request', () => {
    const everyday: RequestRecord = {
      id: '7f1d2c9e-3b4a-4c5d-8e6f-0a1b2c3d4e5f',
      method: 'GET',
      url: '/api/v1/notifications?limit=20&access_token=[redacted]',
      statusCode: 200,
      contentType: 'application/json; charset=utf-8',
      contentLength: '1432',
      responseTime: 3,
      msg: 'request completed',
    };
    expect(writerLine('info', everyday)).toBe(pinoLine('info', everyday));
  });

  it('follow the level: nothing below it, and silent writes nothing', () => {
    const r = fc.sample(record, { numRuns: 1, seed: 7 })[0];
    for (const threshold of ['trace', 'debug', 'info', 'warn', 'error', 'silent']) {
      const writer = new RequestLineWriter(capture().sink, threshold);
      for (const level of ['debug', 'info'] as const) {
        const expected = pinoLine(level, r, threshold) !== undefined;
        expect([threshold, level, writer.isEnabled(level)]).toEqual([threshold, level, expected]);
        expect([threshold, level, writerLine(level, r, threshold) !== undefined]).toEqual([threshold, level, expected]);
      }
    }
  });

  it('refuse an unknown level at boot', () => {
    expect(() => new RequestLineWriter(capture().sink, 'loud')).toThrow(/unknown log level loud/);
  });
});
