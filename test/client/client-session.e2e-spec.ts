import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiProblem, createAtlasClient, unwrap, type Tokens } from '../../client/src';
import { expiredCopy } from '../support/jwt-forge';
import { createTestApp, TEST_JWT_SECRET, TestApp } from '../support/test-app';

/** The same access token, expired: the server refuses it. */
async function expire(url: string, accessToken: string): Promise<string> {
  const expired = expiredCopy(accessToken, TEST_JWT_SECRET);
  const response = await fetch(`${url}/api/v1/users/me`, { headers: { Authorization: `Bearer ${expired}` } });
  await response.body?.cancel();
  expect(response.status).toBe(401);
  return expired;
}

describe('typed client against the real server: token refresh', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { ALLOW_DEMO_LOGIN: 'true' } });
  });
  afterAll(async () => t?.close());

  it('renews an expired pair once for parallel requests, retries each, and stores the rotated pair', async () => {
    const stored: (Tokens | null)[] = [];
    const signOuts: number[] = [];
    const client = createAtlasClient({ baseUrl: t.url, onTokens: (pair) => stored.push(pair), onSignOut: () => signOuts.push(1) });
    const registered = await unwrap(
      client.api.POST('/api/v1/auth/register', { body: { username: 'rotor', email: 'rotor@example.test', password: 'correct horse battery' } }),
    );
    client.signIn({ access_token: await expire(t.url, registered.access_token), refresh_token: registered.refresh_token });

    const answers = await Promise.all([
      unwrap(client.api.GET('/api/v1/users/me')),
      unwrap(client.api.GET('/api/v1/projects')),
      unwrap(client.api.GET('/api/v1/notifications')),
      unwrap(client.api.POST('/api/v1/projects', { body: { name: 'Made while expired' } })),
      unwrap(client.api.GET('/api/v1/organizations/my-organization')),
    ]);
    expect(answers[0].username).toBe('rotor');
    expect(answers[3].name).toBe('Made while expired');
    // One rotation after the sign-in: a second refresh would have reused the first refresh token and revoked the family.
    expect(stored).toHaveLength(2);
    expect(signOuts).toHaveLength(0);
    const rotated = client.session.current!;
    expect(rotated.refresh_token).not.toBe(registered.refresh_token);
    expect(stored[1]).toEqual(rotated);

    // The rotated pair is the live one: the old refresh token is spent, the new one still refreshes.
    const reuse = await fetch(`${t.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refresh_token: registered.refresh_token }),
    });
    expect(reuse.status).toBe(401);
    await reuse.body?.cancel();
  });

  it('signs out when the server refuses the refresh token, and the call fails with the 401 problem', async () => {
    const signOuts: number[] = [];
    const client = createAtlasClient({ baseUrl: t.url, onSignOut: () => signOuts.push(1) });
    const demo = await unwrap(client.api.POST('/api/v1/auth/demo-login'));
    client.signIn({ access_token: await expire(t.url, demo.access_token), refresh_token: 'not-a-refresh-token' });

    const failures = await Promise.allSettled([unwrap(client.api.GET('/api/v1/users/me')), unwrap(client.api.GET('/api/v1/projects'))]);
    for (const failure of failures) {
      expect(failure.status).toBe('rejected');
      const problem = (failure as PromiseRejectedResult).reason as ApiProblem;
      expect(problem).toBeInstanceOf(ApiProblem);
      expect(problem.status).toBe(401);
      expect(problem.code).toBe('UNAUTHORIZED');
    }
    expect(signOuts).toHaveLength(1);
    expect(client.session.current).toBeNull();
  });

  it('does not refresh on a wrong password at login', async () => {
    const signOuts: number[] = [];
    const client = createAtlasClient({ baseUrl: t.url, onSignOut: () => signOuts.push(1) });
    const failure = await unwrap(client.api.POST('/api/v1/auth/login', { body: { email: 'rotor@example.test', password: 'wrong password!' } })).catch(
      (error: unknown) => error,
    );
    expect((failure as ApiProblem).status).toBe(401);
    expect(signOuts).toHaveLength(0);
  });
});

interface Seen {
  path: string;
  authorization?: string;
  organization?: string;
  body: string;
}

/** A tiny real HTTP server that answers by a script and records what it received. */
async function startServer(answer: (seen: Seen) => { status: number; body?: unknown }): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const entry: Seen = {
        path: req.url ?? '',
        authorization: req.headers.authorization,
        organization: req.headers['x-organization-id'] as string | undefined,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(entry);
      const { status, body } = answer(entry);
      const type = status >= 400 ? 'application/problem+json' : 'application/json';
      res.writeHead(status, { 'Content-Type': type }).end(body === undefined ? undefined : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const unauthorized = { type: '/problems/unauthorized', title: 'Unauthorized', status: 401, detail: 'The token has expired', code: 'UNAUTHORIZED' };
const tokens = (n: number) => ({ access_token: `access-${n}`, refresh_token: `refresh-${n}` });
const pair = (n: number) => ({ access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: 'bearer', expires_in: 900 });

describe('typed client against a scripted HTTP server', () => {
  it('retries a request once, with the renewed token and the same body, when the retry is refused too', async () => {
    let refreshes = 0;
    const server = await startServer((seen) => {
      if (seen.path === '/api/v1/auth/refresh') return { status: 200, body: pair(++refreshes) };
      return { status: 401, body: unauthorized };
    });
    try {
      const client = createAtlasClient({ baseUrl: server.url, tokens: pair(0) });
      const result = await client.api.POST('/api/v1/projects', { body: { name: 'Kept body' } });
      expect(result.response.status).toBe(401);
      expect(result.error).toMatchObject({ title: 'Unauthorized', detail: 'The token has expired' });
      const projectCalls = server.seen.filter((seen) => seen.path === '/api/v1/projects');
      expect(projectCalls.map((call) => call.authorization)).toEqual(['Bearer access-0', 'Bearer access-1']);
      expect(projectCalls.map((call) => JSON.parse(call.body))).toEqual([{ name: 'Kept body' }, { name: 'Kept body' }]);
      expect(refreshes).toBe(1);
      expect(JSON.parse(server.seen.find((seen) => seen.path === '/api/v1/auth/refresh')!.body)).toEqual({ refresh_token: 'refresh-0' });
    } finally {
      await server.close();
    }
  });

  it('keeps the pair and does not sign out when the refresh cannot be answered (5xx)', async () => {
    const server = await startServer((seen) =>
      seen.path === '/api/v1/auth/refresh' ? { status: 503, body: { title: 'Unavailable', status: 503 } } : { status: 401, body: unauthorized },
    );
    try {
      const signOuts: number[] = [];
      const client = createAtlasClient({ baseUrl: server.url, tokens: tokens(0), onSignOut: () => signOuts.push(1) });
      const result = await client.api.GET('/api/v1/users/me');
      expect(result.response.status).toBe(401);
      expect(signOuts).toHaveLength(0);
      expect(client.session.current).toEqual({ access_token: 'access-0', refresh_token: 'refresh-0' });
    } finally {
      await server.close();
    }
  });

  it('sends the organization header given as an option and follows a change at runtime', async () => {
    const server = await startServer(() => ({ status: 200, body: { items: [], total: 0, skip: 0, limit: 20, next_cursor: null } }));
    try {
      const first = '11111111-1111-4111-8111-111111111111';
      const second = '22222222-2222-4222-8222-222222222222';
      const changes: (string | null)[] = [];
      const client = createAtlasClient({ baseUrl: server.url, tokens: pair(0), organizationId: first });
      client.onOrganizationChange((id) => changes.push(id));
      await client.api.GET('/api/v1/projects');
      client.setOrganization(second);
      await client.api.GET('/api/v1/projects');
      client.setOrganization(null);
      await client.api.GET('/api/v1/projects');
      expect(server.seen.map((seen) => seen.organization)).toEqual([first, second, undefined]);
      expect(server.seen.every((seen) => seen.authorization === 'Bearer access-0')).toBe(true);
      expect(changes).toEqual([second, null]);
    } finally {
      await server.close();
    }
  });
});
