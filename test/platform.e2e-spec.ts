import { adminQuery } from './support/test-database';
import { expectProblem } from './support/problem';
import { PROBE_TABLE_SQL, ProbeModule } from './support/probe.module';
import { createTestApp, TestApp } from './support/test-app';

describe('platform: envelope, validation, unit of work, pagination', () => {
  let t: TestApp;
  const probeRows = async () =>
    t.app.get(ProbeModuleDataSource).query<{ name: string }[]>('SELECT name FROM probe_item ORDER BY name');

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule] });
    await t.app.get(ProbeModuleDataSource).query(PROBE_TABLE_SQL);
  });
  afterAll(async () => t.close());

  describe('health and meta', () => {
    it('GET /health answers 200 with the database check', async () => {
      const res = await t.http.get('/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', checks: { database: 'up' } });
    });

    it('GET / and /docs answer without a token', async () => {
      await t.http.get('/').expect(200);
      const docs = await t.http.get('/docs/openapi.json').expect(200);
      expect(docs.body.openapi).toMatch(/^3\./);
    });
  });

  describe('request id', () => {
    it('honours a well-formed incoming X-Request-Id and echoes it in errors', async () => {
      const res = await t.http.get('/nope').set('X-Request-Id', 'client-abc-123');
      expect(res.headers['x-request-id']).toBe('client-abc-123');
      expect(res.body.request_id).toBe('client-abc-123');
    });

    it('replaces a malformed one with a generated id', async () => {
      const res = await t.http.get('/health').set('X-Request-Id', 'bad id with spaces <script>');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('error envelope', () => {
    it('unknown route: 404 problem', async () => {
      const res = await t.http.delete('/api/v1/no/such/route');
      expectProblem(res, 404, 'ROUTE_NOT_FOUND');
      expect(res.body.instance).toBe('/api/v1/no/such/route');
    });

    it('malformed JSON: 400 problem', async () => {
      const res = await t.http.post('/api/v1/_probe/echo').set('Content-Type', 'application/json').send('{"password":');
      expectProblem(res, 400, 'MALFORMED_JSON');
    });

    it('body over 1 MB: 413 problem', async () => {
      const res = await t.http
        .post('/api/v1/_probe/echo')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ password: 'x'.repeat(1024 * 1024 + 10) }));
      expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('unknown error: 500 with request_id and no internals', async () => {
      const res = await t.http.get('/api/v1/_probe/boom');
      expectProblem(res, 500, 'INTERNAL_ERROR');
      expect(JSON.stringify(res.body)).not.toMatch(/secret|postgres:|internal detail|at /);
      expect(res.body.request_id).toBe(res.headers['x-request-id']);
    });

    it('malformed integer id: 422 naming the parameter', async () => {
      for (const bad of ['abc', '0', '-1', '1.5', '99999999999']) {
        const res = await t.http.get(`/api/v1/_probe/items/${bad}`);
        expectProblem(res, 422, 'VALIDATION_FAILED');
        expect(res.body.errors).toEqual([{ field: 'id', message: 'must be a positive integer' }]);
      }
    });
  });

  describe('validation', () => {
    it('reports every bad field as 422 without echoing submitted values', async () => {
      const res = await t.http
        .post('/api/v1/_probe/echo')
        .send({ password: 'short-pw', progress_percentage: 101, level: 'extreme', extra: 'x' });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
      expect(fields).toEqual(['extra', 'level', 'progress_percentage']);
      expect(res.body.errors).toContainEqual({
        field: 'progress_percentage',
        message: 'progress_percentage must not be greater than 100',
      });
      const tooLong = await t.http.post('/api/v1/_probe/echo').send({ password: 'p'.repeat(129) + 'SECRETVALUE', progress_percentage: 1, level: 'low' });
      expectProblem(tooLong, 422, 'VALIDATION_FAILED');
      expect(JSON.stringify(tooLong.body)).not.toContain('SECRETVALUE');
    });

    it('accepts a valid body', async () => {
      const body = { password: 'long-enough', progress_percentage: 100, level: 'low' };
      await t.http.post('/api/v1/_probe/echo').send(body).expect(201, body);
    });
  });

  describe('unit of work', () => {
    it('commits both writes of a use case together', async () => {
      await t.http.post('/api/v1/_probe/pair').send({ first: 'a1', second: 'a2', fail: 'none' }).expect(201);
      expect(await probeRows()).toEqual(expect.arrayContaining([{ name: 'a1' }, { name: 'a2' }]));
    });

    it('rolls the first write back when the second fails in the database (unique violation -> 409)', async () => {
      const res = await t.http
        .post('/api/v1/_probe/pair')
        .send({ first: 'submitted-value-b1', second: 'submitted-value-b2', fail: 'unique-violation' });
      expectProblem(res, 409, 'CONFLICT');
      expect(JSON.stringify(res.body)).not.toContain('submitted-value');
      expect((await probeRows()).map((r) => r.name)).not.toContain('submitted-value-b1');
    });

    it('rolls the first write back when a joined service throws a domain error', async () => {
      const res = await t.http.post('/api/v1/_probe/pair').send({ first: 'c1', second: 'c2', fail: 'domain-error' });
      expectProblem(res, 409, 'CONFLICT');
      expect(res.body.title).toBe('Probe refused');
      const names = (await probeRows()).map((r) => r.name);
      expect(names).not.toContain('c1');
      expect(names).not.toContain('c2');
    });
  });

  describe('pagination', () => {
    beforeAll(async () => {
      await t.app
        .get(ProbeModuleDataSource)
        .query(`INSERT INTO probe_item (name, created_at)
                SELECT 'p' || g, now() - (g || ' milliseconds')::interval FROM generate_series(1, 250) g`);
    });

    it('limits: default 20, 100 allowed, 101 and 0 are 422', async () => {
      const first = await t.http.get('/api/v1/_probe/items').expect(200);
      expect(first.body).toMatchObject({ skip: 0, limit: 20, total: expect.any(Number) });
      expect(first.body.items).toHaveLength(20);
      await t.http.get('/api/v1/_probe/items?limit=100').expect(200);
      expectProblem(await t.http.get('/api/v1/_probe/items?limit=101'), 422, 'VALIDATION_FAILED');
      expectProblem(await t.http.get('/api/v1/_probe/items?limit=0'), 422, 'VALIDATION_FAILED');
      expectProblem(await t.http.get('/api/v1/_probe/items?limit=ten'), 422, 'VALIDATION_FAILED');
      expectProblem(await t.http.get('/api/v1/_probe/items?unknown=1'), 422, 'VALIDATION_FAILED');
    });

    it('a cursor walk visits every row once, even while rows are inserted', async () => {
      const total = (await t.http.get('/api/v1/_probe/items?limit=1').expect(200)).body.total as number;
      const seen: number[] = [];
      let cursor: string | null = null;
      let inserted = 0;
      do {
        const path: string = `/api/v1/_probe/items?limit=37${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const res = await t.http.get(path).expect(200);
        seen.push(...(res.body.items as { id: number }[]).map((i) => i.id));
        cursor = res.body.next_cursor;
        await t.app.get(ProbeModuleDataSource).query(`INSERT INTO probe_item (name) VALUES ('new-${inserted++}')`);
      } while (cursor);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it('skip pages by offset; skip with cursor is a 422', async () => {
      const a = (await t.http.get('/api/v1/_probe/items?limit=5&skip=0').expect(200)).body.items;
      const b = await t.http.get('/api/v1/_probe/items?limit=5&skip=5').expect(200);
      expect(b.body.skip).toBe(5);
      expect(b.body.items[0].id).not.toBe(a[0].id);
      const cursor = (await t.http.get('/api/v1/_probe/items?limit=5').expect(200)).body.next_cursor;
      const res = await t.http.get(`/api/v1/_probe/items?skip=5&cursor=${encodeURIComponent(cursor)}`);
      expectProblem(res, 422, 'VALIDATION_FAILED');
    });

    it('a tampered or foreign cursor is a 422', async () => {
      const cursor: string = (await t.http.get('/api/v1/_probe/items?limit=5').expect(200)).body.next_cursor;
      const [payload, signature] = cursor.split('.');
      const forged = Buffer.from(JSON.stringify(['2000-01-01T00:00:00.000Z', 1])).toString('base64url');
      for (const bad of [`${forged}.${signature}`, `${payload}.AAAA${signature.slice(4)}`, 'garbage', `${payload}`]) {
        expectProblem(await t.http.get(`/api/v1/_probe/items?cursor=${encodeURIComponent(bad)}`), 422, 'INVALID_CURSOR');
      }
    });
  });

  describe('database unreachable', () => {
    it('health answers 503 problem naming the failing check, and recovers', async () => {
      await adminQuery(`ALTER DATABASE ${t.database.name} ALLOW_CONNECTIONS false`);
      await adminQuery('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [t.database.name]);
      try {
        const res = await t.http.get('/health');
        expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
        expect(res.body.checks).toEqual({ database: 'down' });
      } finally {
        await adminQuery(`ALTER DATABASE ${t.database.name} ALLOW_CONNECTIONS true`);
      }
      await t.http.get('/health').expect(200);
    });
  });
});

// The DataSource token, imported lazily so the probe shares the app's connection.
import { DataSource as ProbeModuleDataSource } from 'typeorm';

describe('platform: security headers and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { CORS_ORIGINS: 'https://app.example, https://admin.example' } });
  });
  afterAll(async () => t.close());

  it('sets helmet headers and no X-Powered-By', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows only the origins in CORS_ORIGINS', async () => {
    const allowed = await t.http
      .options('/api/v1/projects')
      .set('Origin', 'https://admin.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://admin.example');
    const refused = await t.http
      .options('/api/v1/projects')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});
