import { spawn } from 'node:child_process';
import { createServer, request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Global, Module } from '@nestjs/common';
import { LOG_DESTINATION } from '../src/common/http/logging.module';
import { apiHelmet } from '../src/common/http/security-headers';
import { ProbeModule } from './support/probe.module';
import { createTestApp, TestApp } from './support/test-app';

interface LogLine {
  level: number;
  msg: string;
  context?: string;
  reqId?: string;
  request_id?: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number; headers: Record<string, string> };
  responseTime?: number;
}

const lines: LogLine[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const text of chunk.toString('utf8').split('\n')) if (text) lines.push(JSON.parse(text) as LogLine);
    done();
  },
});

@Global()
@Module({ providers: [{ provide: LOG_DESTINATION, useValue: sink }], exports: [LOG_DESTINATION] })
class CapturedLogModule {}

async function requestLine(id: string): Promise<LogLine> {
  for (let i = 0; i < 200; i++) {
    const line = lines.find((l) => l.req?.id === id);
    if (line) return line;
    await sleep(10);
  }
  throw new Error(`no request line for ${id}`);
}

/** The headers helmet itself sets on a plain node:http response. */
async function headersOfHelmetAlone(): Promise<Record<string, string>> {
  const middleware = apiHelmet();
  const server: Server = createServer((req, res) => middleware(req, res, () => res.end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const headers = Object.fromEntries(res.headers.entries());
    for (const transport of ['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']) delete headers[transport];
    return headers;
  } finally {
    server.close();
  }
}

describe('request chain: request lines and security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: 'info' }, imports: [CapturedLogModule, ProbeModule] });
  });
  afterAll(async () => t.close());

  it('writes one line per request with its id, method, URL, status, response time and content headers', async () => {
    const cases = [
      { id: 'line-root', path: '/', status: 200 },
      { id: 'line-missing', path: '/nope?access_token=s3cr3t-value&limit=5', status: 404 },
      { id: 'line-unauthorized', path: '/api/v1/notifications', status: 401 },
      { id: 'line-alias', path: '/users/me', status: 401 },
      { id: 'line-boom', path: '/api/v1/_probe/boom', status: 500 },
    ];
    await Promise.all(
      cases.map(({ id, path, status }) =>
        t.http.get(path).set('X-Request-Id', id).set('Authorization', 'Bearer not-a-valid-token-value').expect(status),
      ),
    );
    for (const { id, path, status } of cases) {
      const line = await requestLine(id);
      expect(line).toMatchObject({
        level: 30,
        msg: status >= 500 ? 'request errored' : 'request completed',
        reqId: id,
        request_id: id,
        req: { id, method: 'GET', url: path.replace('s3cr3t-value', '[redacted]') },
        res: { statusCode: status, headers: { 'content-type': expect.stringMatching(/json/), 'content-length': expect.any(String) } },
      });
      expect(line.responseTime).toBeGreaterThanOrEqual(0);
      expect(lines.filter((l) => l.req?.id === id)).toHaveLength(1);
    }
    const text = JSON.stringify(lines);
    expect(text).not.toContain('s3cr3t-value');
    expect(text).not.toContain('not-a-valid-token-value');
  });

  it('every one of many parallel requests gets its own line', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `parallel-${i}`);
    await Promise.all(ids.map((id) => t.http.get('/').set('X-Request-Id', id).expect(200)));
    for (const id of ids) expect((await requestLine(id)).res?.statusCode).toBe(200);
  });

  it('lines logged while a request is handled carry its id', async () => {
    await t.http.get('/api/v1/_probe/boom').set('X-Request-Id', 'inside-boom').expect(500);
    await requestLine('inside-boom');
    const errorLine = lines.find((l) => l.context === 'Errors' && l.request_id === 'inside-boom');
    expect(errorLine).toMatchObject({ level: 50, reqId: 'inside-boom' });
  });

  it('so do lines logged while a request is handled whose body arrived after its headers', async () => {
    // Headers first, the body 50 ms later: the handler still runs in the request's context.
    const body = JSON.stringify({ note: 'sent late' });
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(new URL(`${t.url}/api/v1/_probe/boom`), {
        method: 'POST',
        headers: { 'X-Request-Id': 'late-body', 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.flushHeaders();
      setTimeout(() => req.end(body), 50);
    });
    expect(status).toBe(500);
    await requestLine('late-body');
    const errorLine = lines.find((l) => l.context === 'Errors' && l.request_id === 'late-body');
    expect(errorLine).toMatchObject({ level: 50, reqId: 'late-body' });
  });

  it('logs a request whose client went away before the answer as aborted', async () => {
    const url = new URL(`${t.url}/api/v1/_probe/slow?ms=400`);
    await new Promise<void>((resolve) => {
      const req = httpRequest(url, { headers: { 'X-Request-Id': 'gone-early' } });
      req.on('error', () => resolve());
      req.end();
      setTimeout(() => req.destroy(), 100);
    });
    const line = await requestLine('gone-early');
    expect(line).toMatchObject({ msg: 'request aborted', req: { method: 'GET', url: '/api/v1/_probe/slow?ms=400' } });
  });

  it('sets exactly the headers helmet sets, with the same values, on successes and errors alike', async () => {
    const helmetHeaders = await headersOfHelmetAlone();
    expect(Object.keys(helmetHeaders).length).toBeGreaterThanOrEqual(11);
    for (const [path, status] of [
      ['/', 200],
      ['/health', 200],
      ['/nope', 404],
      ['/api/v1/notifications', 401],
      ['/api/v1/_probe/boom', 500],
    ] as const) {
      const res = await t.http.get(path).expect(status);
      for (const [name, value] of Object.entries(helmetHeaders)) expect([path, name, res.headers[name]]).toEqual([path, name, value]);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('buffered log output', () => {
  const script = (ending: string) => `
    const pino = require('pino');
    const { stdoutDestination } = require('./src/common/http/logging.module');
    const logger = pino({}, stdoutDestination());
    for (let i = 0; i < 3; i++) logger.info({ n: i }, 'before the end');
    ${ending}`;

  async function run(ending: string): Promise<{ code: number | null; lines: string[] }> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script(ending)], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    return { code, lines: stdout.split('\n').filter((l) => l.includes('before the end')) };
  }

  it('reaches standard output when the process crashes on an uncaught exception', async () => {
    const { code, lines: written } = await run("throw new Error('crash');");
    expect(code).not.toBe(0);
    expect(written).toHaveLength(3);
  });

  it('reaches standard output when the process exits at once', async () => {
    const { code, lines: written } = await run('process.exit(3);');
    expect(code).toBe(3);
    expect(written).toHaveLength(3);
  });
});
