import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';
import { ensureWebConsoleBuilt } from './support/web-build';

describe('web console at /app', () => {
  let t: TestApp;
  let script: string;

  beforeAll(async () => {
    const directory = ensureWebConsoleBuilt();
    script = readdirSync(join(directory, 'assets')).find((name) => name.endsWith('.js'))!;
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('redirects /app to /app/ and serves index.html there and for client-side routes under it, with a CSP that allows its own scripts only', async () => {
    const bare = await t.http.get('/app').expect(301);
    expect(bare.headers.location).toBe('/app/');
    for (const path of ['/app/', '/app/projects/some/deep/link']) {
      const response = await t.http.get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<div id="root"></div>');
      expect(response.text).toContain(`/app/assets/${script}`);
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self' ws: wss:");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed assets with a long cache lifetime', async () => {
    const response = await t.http.get(`/app/assets/${script}`).expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('leaves the API as it was: no CSP on API responses, and unknown API routes stay problem+json 404s', async () => {
    const health = await t.http.get('/health').expect(200);
    expect(health.headers['content-security-policy']).toBeUndefined();
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    const missing = await t.http.get('/api/v1/no-such-route').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const outside = await t.http.get('/application').expect(404);
    expect(outside.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a write under /app as the API would (no index.html for a POST)', async () => {
    const response = await t.http.post('/app/anything').send({}).expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
