import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { forgeJwt, keyIdOf, validClaims } from './support/jwt-forge';
import { createTestApp, TEST_JWT_SECRET, TestApp } from './support/test-app';

const register = (t: TestApp, name: string, password = 'correct horse battery') =>
  t.http.post('/api/v1/auth/register').send({ username: name, email: `${name}@example.test`, password });

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  describe('register, login, me', () => {
    it('registers a user with their own organization and returns a token pair', async () => {
      const res = await register(t, 'alice').expect(201);
      expect(res.body).toMatchObject({
        access_token: expect.any(String),
        refresh_token: expect.any(String),
        token_type: 'bearer',
        expires_in: 900,
        user: { id: expect.any(Number), username: 'alice', email: 'alice@example.test', avatar_url: null, role: 'owner' },
      });
      const org = await t.http
        .get('/api/v1/organizations/my-organization')
        .set('Authorization', `Bearer ${res.body.access_token}`)
        .expect(200);
      expect(org.body).toMatchObject({ name: "alice's Team", owner_id: res.body.user.id, is_owner: true });
      const [{ password_hash }] = await t.app
        .get(DataSource)
        .query<{ password_hash: string }[]>('SELECT password_hash FROM users WHERE id = $1', [res.body.user.id]);
      expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });

    it('reads /users/me from the database at both paths', async () => {
      const { body } = await register(t, 'bob').expect(201);
      await t.app.get(DataSource).query(`UPDATE users SET avatar_url = 'https://img/bob.png' WHERE id = $1`, [body.user.id]);
      for (const path of ['/users/me', '/api/v1/users/me']) {
        const me = await t.http.get(path).set('Authorization', `Bearer ${body.access_token}`).expect(200);
        expect(me.body).toEqual({
          id: body.user.id,
          username: 'bob',
          email: 'bob@example.test',
          role: 'owner',
          avatar_url: 'https://img/bob.png',
          created_at: expect.stringMatching(/Z$/),
        });
      }
    });

    it('logs in case-insensitively; unknown email and wrong password are the same 401', async () => {
      await register(t, 'carol').expect(201);
      await t.http.post('/api/v1/auth/login').send({ email: 'CAROL@example.test', password: 'correct horse battery' }).expect(200);
      const wrong = await t.http.post('/api/v1/auth/login').send({ email: 'carol@example.test', password: 'nope-nope' });
      const unknown = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.test', password: 'nope-nope' });
      expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
      expectProblem(unknown, 401, 'INVALID_CREDENTIALS');
      expect(wrong.body.detail).toBe(unknown.body.detail);
    });

    it('rejects a password over 128 characters instead of truncating it, and never echoes it', async () => {
      const long = `${'x'.repeat(128)}SECRET-TAIL`;
      const res = await t.http.post('/api/v1/auth/register').send({ username: 'dave', email: 'dave@example.test', password: long });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
      expect(JSON.stringify(res.body)).not.toContain('SECRET-TAIL');
      const count = await t.app.get(DataSource).query(`SELECT 1 FROM users WHERE email = 'dave@example.test'`);
      expect(count).toHaveLength(0);
    });

    it('email is unique case-insensitively', async () => {
      await register(t, 'erin').expect(201);
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'erin2', email: 'ERIN@Example.Test', password: 'long enough pw' });
      expectProblem(res, 409, 'EMAIL_TAKEN');
    });

    it('concurrent registrations with one email: exactly one succeeds, the others get 409', async () => {
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.http.post('/api/v1/auth/register').send({ username: `racer${i}`, email: 'race@example.test', password: 'long enough pw' }),
        ),
      );
      const statuses = attempts.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      attempts.filter((r) => r.status === 409).forEach((r) => expectProblem(r, 409, 'EMAIL_TAKEN'));
      const rows = await t.app.get(DataSource).query(`SELECT 1 FROM users WHERE lower(email) = 'race@example.test'`);
      expect(rows).toHaveLength(1);
      const orgs = await t.app.get(DataSource).query(`SELECT 1 FROM organizations WHERE name LIKE 'racer%'`);
      expect(orgs).toHaveLength(1);
    });
  });

  describe('access-token attacks', () => {
    let userId: number;
    let good: string;
    beforeAll(async () => {
      const { body } = await register(t, 'target').expect(201);
      userId = body.user.id;
      good = body.access_token;
    });
    const me = (token: string) => t.http.get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);
    const kid = keyIdOf(TEST_JWT_SECRET);

    it('accepts the genuine token', async () => {
      await me(good).expect(200);
    });

    it.each([
      ['no token', ''],
      ['garbage', 'not.a.jwt'],
      ['alg none', forgeJwt({ alg: 'none', typ: 'JWT', kid }, validClaims(1), null)],
      ['signed with another key', forgeJwt({ alg: 'HS256', typ: 'JWT', kid }, validClaims(1), 'another-secret-that-is-32-bytes-long!!')],
      ['HS512 with the right key', 'HS512'],
      ['expired', forgeJwt({ alg: 'HS256', typ: 'JWT', kid }, validClaims(1, { exp: Math.floor(Date.now() / 1000) - 5 }), TEST_JWT_SECRET)],
      ['wrong audience', forgeJwt({ alg: 'HS256', typ: 'JWT', kid }, validClaims(1, { aud: 'someone-else' }), TEST_JWT_SECRET)],
      ['wrong issuer', forgeJwt({ alg: 'HS256', typ: 'JWT', kid }, validClaims(1, { iss: 'evil' }), TEST_JWT_SECRET)],
      ['unknown kid', forgeJwt({ alg: 'HS256', typ: 'JWT', kid: 'nope' }, validClaims(1), TEST_JWT_SECRET)],
    ])('%s: 401', async (_, token) => {
      const forged =
        token === 'HS512'
          ? forgeJwt({ alg: 'HS512', typ: 'JWT', kid }, validClaims(userId), TEST_JWT_SECRET)
          : token.replace('"sub":"1"', `"sub":"${userId}"`);
      const res = token === '' ? await t.http.get('/api/v1/users/me') : await me(forged);
      expectProblem(res, 401, 'UNAUTHORIZED');
    });

    it('a tampered payload (sub changed, signature kept): 401', async () => {
      const [header, , signature] = good.split('.');
      const payload = Buffer.from(JSON.stringify(validClaims(userId + 1))).toString('base64url');
      expectProblem(await me(`${header}.${payload}.${signature}`), 401, 'UNAUTHORIZED');
    });

    it('a deactivated user is refused with a still-valid token', async () => {
      const { body } = await register(t, 'leaver').expect(201);
      await me(body.access_token).expect(200);
      await t.app.get(DataSource).query('UPDATE users SET is_active = false WHERE id = $1', [body.user.id]);
      expectProblem(await me(body.access_token), 401, 'UNAUTHORIZED');
      const refresh = await t.http.post('/api/v1/auth/refresh').send({ refresh_token: body.refresh_token });
      expectProblem(refresh, 401, 'REFRESH_TOKEN_INVALID');
    });
  });

  describe('refresh tokens', () => {
    it('rotates on every use; a replayed token is 401 and revokes its whole family', async () => {
      const { body: first } = await register(t, 'rotator').expect(201);
      const second = await t.http.post('/api/v1/auth/refresh').send({ refresh_token: first.refresh_token }).expect(200);
      expect(second.body.refresh_token).not.toBe(first.refresh_token);
      const third = await t.http.post('/api/v1/auth/refresh').send({ refresh_token: second.body.refresh_token }).expect(200);

      const replay = await t.http.post('/api/v1/auth/refresh').send({ refresh_token: first.refresh_token });
      expectProblem(replay, 401, 'REFRESH_TOKEN_INVALID');
      // The newest token of the family was revoked by the replay.
      const afterReplay = await t.http.post('/api/v1/auth/refresh').send({ refresh_token: third.body.refresh_token });
      expectProblem(afterReplay, 401, 'REFRESH_TOKEN_INVALID');
      // Another session of the same user is untouched.
      const login = await t.http.post('/api/v1/auth/login').send({ email: 'rotator@example.test', password: 'correct horse battery' }).expect(200);
      await t.http.post('/api/v1/auth/refresh').send({ refresh_token: login.body.refresh_token }).expect(200);
    });

    it('two concurrent uses of one token: one rotates, the other is treated as reuse', async () => {
      const { body } = await register(t, 'twins').expect(201);
      const results = await Promise.all(
        [0, 1].map(() => t.http.post('/api/v1/auth/refresh').send({ refresh_token: body.refresh_token })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = results.find((r) => r.status === 200)!;
      const after = await t.http.post('/api/v1/auth/refresh').send({ refresh_token: winner.body.refresh_token });
      expectProblem(after, 401, 'REFRESH_TOKEN_INVALID');
    });

    it('logout revokes the session (204) and requires a bearer token', async () => {
      const { body } = await register(t, 'quitter').expect(201);
      expectProblem(await t.http.post('/api/v1/auth/logout').send({ refresh_token: body.refresh_token }), 401, 'UNAUTHORIZED');
      await t.http
        .post('/api/v1/auth/logout')
        .set('Authorization', `Bearer ${body.access_token}`)
        .send({ refresh_token: body.refresh_token })
        .expect(204);
      expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refresh_token: body.refresh_token }), 401, 'REFRESH_TOKEN_INVALID');
    });

    it('an unknown refresh token is 401', async () => {
      expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refresh_token: 'nope' }), 401, 'REFRESH_TOKEN_INVALID');
    });
  });

  describe('login throttling', () => {
    it('counts failures per email and IP: 429 with Retry-After; the right password from another IP still works', async () => {
      await register(t, 'victim').expect(201);
      const attempt = (password: string, ip: string) =>
        t.http.post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email: 'victim@example.test', password });
      for (let i = 0; i < 5; i++) expectProblem(await attempt('wrong-password', '203.0.113.7'), 401, 'INVALID_CREDENTIALS');
      const blocked = await attempt('wrong-password', '203.0.113.7');
      expectProblem(blocked, 429, 'TOO_MANY_REQUESTS');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      // Even the right password is refused from the throttled address...
      expectProblem(await attempt('correct horse battery', '203.0.113.7'), 429, 'TOO_MANY_REQUESTS');
      // ...but not from elsewhere, and successes are never throttled by successes.
      for (let i = 0; i < 8; i++) await attempt('correct horse battery', '198.51.100.9').expect(200);
    });
  });

  describe('demo login', () => {
    it('is 404 when disabled (the default off the embedded database)', async () => {
      expectProblem(await t.http.post('/api/v1/auth/demo-login'), 404, 'DEMO_LOGIN_DISABLED');
    });
  });
});

describe('auth with an enabled demo and a rotated key', () => {
  const OLD_SECRET = 'the-previous-signing-key-of-32-bytes-or-more';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ALLOW_DEMO_LOGIN: 'true', JWT_SECRET_KEY_OLD: OLD_SECRET } });
  });
  afterAll(async () => t.close());

  it('seeds the demo workspace once, even under concurrent first calls', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => t.http.post('/api/v1/auth/demo-login')));
    results.forEach((r) => expect(r.status).toBe(200));
    expect(new Set(results.map((r) => r.body.user.id)).size).toBe(1);
    const db = t.app.get(DataSource);
    expect(await db.query(`SELECT 1 FROM users WHERE email LIKE '%@atlas.example'`)).toHaveLength(2);
    expect(await db.query(`SELECT 1 FROM organizations WHERE name = 'Atlas Demo'`)).toHaveLength(1);
    const token = results[0].body.access_token;
    const projects = await t.http.get('/api/v1/projects').set('Authorization', `Bearer ${token}`).expect(200);
    expect(projects.body.total).toBe(1);
    const tree = await t.http
      .get(`/api/v1/projects/${projects.body.items[0].id}/epics`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(tree.body.map((e: { name: string }) => e.name)).toEqual(['Launch the public beta', 'Reliability']);
    expect(tree.body[0].stories[0].tasks.length).toBeGreaterThan(0);
  });

  it('a token signed with JWT_SECRET_KEY_OLD still verifies; new tokens use the new key', async () => {
    const { body } = await t.http.post('/api/v1/auth/demo-login').expect(200);
    const old = forgeJwt({ alg: 'HS256', typ: 'JWT', kid: keyIdOf(OLD_SECRET) }, validClaims(body.user.id), OLD_SECRET);
    await t.http.get('/api/v1/users/me').set('Authorization', `Bearer ${old}`).expect(200);
    const header = JSON.parse(Buffer.from(body.access_token.split('.')[0], 'base64url').toString());
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: keyIdOf(TEST_JWT_SECRET) });
  });
});
