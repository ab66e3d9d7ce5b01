import { decode } from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { closeAll, ClientSocket, connect, connectError, disconnectedReason, forgedToken, nextEvent } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, registerUser, TEST_PASSWORD } from './support/users';

const ME = '/api/v1/users/me';
const NEW_PASSWORD = 'a brand new passphrase';

describe('account and sessions (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterEach(() => closeAll(open.splice(0)));
  afterAll(async () => t.close());

  const bearer = (token: string) => `Bearer ${token}`;
  const me = (token: string) => t.http.get(ME).set('Authorization', bearer(token));
  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });
  const refresh = (refreshToken: string) => t.http.post('/api/v1/auth/refresh').send({ refresh_token: refreshToken });
  const changePassword = (token: string, body: object) => t.http.post(`${ME}/password`).set('Authorization', bearer(token)).send(body);
  const logoutAll = (token: string) => t.http.post('/api/v1/auth/logout-all').set('Authorization', bearer(token));
  const row = async (userId: number) =>
    (
      await db.query<{ username: string; avatar_url: string | null; password_hash: string; session_version: number }[]>(
        `SELECT username, avatar_url, password_hash, session_version FROM users WHERE id = $1`,
        [userId],
      )
    )[0];

  describe('PATCH /users/me', () => {
    it('changes the username and the avatar (an https URL, null removes it); 200 the user JSON', async () => {
      const user = await createUser(t);
      const username = `${user.username}_new`;
      const res = await t.http
        .patch(ME)
        .set('Authorization', user.auth)
        .send({ username: ` ${username} `, avatar_url: 'https://cdn.example.test/a.png' })
        .expect(200);
      expect(res.body).toEqual({
        id: user.id,
        username,
        email: user.email,
        role: 'owner',
        avatar_url: 'https://cdn.example.test/a.png',
        created_at: expect.stringMatching(/Z$/),
      });
      expect((await me(user.token).expect(200)).body).toEqual(res.body);
      const members = await t.http.get('/api/v1/organizations/members').set('Authorization', user.auth).expect(200);
      expect(members.body.items[0].username).toBe(username);

      const cleared = await t.http.patch(ME).set('Authorization', user.auth).send({ avatar_url: null }).expect(200);
      expect(cleared.body).toMatchObject({ username, avatar_url: null });
      expect((await t.http.patch(ME).set('Authorization', user.auth).send({}).expect(200)).body).toEqual(cleared.body);
    });

    it.each([
      ['an http avatar', { avatar_url: 'http://cdn.example.test/a.png' }, 'avatar_url'],
      ['a relative avatar', { avatar_url: '/a.png' }, 'avatar_url'],
      ['an avatar over 500 characters', { avatar_url: `https://cdn.example.test/${'a'.repeat(480)}.png` }, 'avatar_url'],
      ['a javascript: avatar', { avatar_url: 'javascript:alert(1)' }, 'avatar_url'],
      ['a null username', { username: null }, 'username'],
      ['a short username', { username: 'ab' }, 'username'],
      ['a username with spaces', { username: 'has spaces' }, 'username'],
      ['an email change', { email: 'new@example.test' }, 'email'],
    ])('refuses %s with 422 and changes nothing', async (_, body, field) => {
      const user = await createUser(t);
      const before = await row(user.id);
      const res = await t.http.patch(ME).set('Authorization', user.auth).send(body);
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await row(user.id)).toEqual(before);
    });

    it('a taken username is a 409 USERNAME_TAKEN', async () => {
      const user = await createUser(t);
      const other = await createUser(t);
      expectProblem(await t.http.patch(ME).set('Authorization', user.auth).send({ username: other.username }), 409, 'USERNAME_TAKEN');
      expect((await row(user.id)).username).toBe(user.username);
      // Their own name is not "taken".
      await t.http.patch(ME).set('Authorization', user.auth).send({ username: user.username }).expect(200);
    });
  });

  describe('POST /users/me/password', () => {
    it('a wrong current password is a 401 and changes nothing; an invalid new one a 422', async () => {
      const user = await registerUser(t);
      const before = await row(user.id);
      const wrong = await changePassword(user.token, { current_password: 'not the password', new_password: NEW_PASSWORD });
      expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
      expect(JSON.stringify(wrong.body)).not.toContain(NEW_PASSWORD);
      const short = await changePassword(user.token, { current_password: TEST_PASSWORD, new_password: 'short' });
      expectProblem(short, 422, 'VALIDATION_FAILED');
      expect(JSON.stringify(short.body)).not.toContain(TEST_PASSWORD);
      expectProblem(await changePassword(user.token, { new_password: NEW_PASSWORD }), 422, 'VALIDATION_FAILED');
      expect(await row(user.id)).toEqual(before);
      await me(user.token).expect(200);
      await refresh(user.refreshToken).expect(200);
    });

    it('returns a fresh pair; every earlier access token (same second included) and every refresh token stop working', async () => {
      const user = await registerUser(t);
      const second = (await login(user.email, TEST_PASSWORD).expect(200)).body as { access_token: string; refresh_token: string };
      const res = await changePassword(user.token, { current_password: TEST_PASSWORD, new_password: NEW_PASSWORD }).expect(200);
      expect(res.body).toEqual({
        access_token: expect.any(String),
        refresh_token: expect.any(String),
        token_type: 'bearer',
        expires_in: 900,
        user: { id: user.id, username: user.username, email: user.email, avatar_url: null, role: 'owner' },
      });

      for (const old of [user.token, second.access_token]) {
        const refused = await me(old);
        expectProblem(refused, 401, 'UNAUTHORIZED');
        expect(refused.body.detail).toMatch(/revoked/);
      }
      for (const old of [user.refreshToken, second.refresh_token]) expectProblem(await refresh(old), 401, 'REFRESH_TOKEN_INVALID');
      await me(res.body.access_token).expect(200);
      const rotated = await refresh(res.body.refresh_token).expect(200);
      await me(rotated.body.access_token).expect(200);

      // Issued in the very second of the new token: refused when issued before the change, accepted after.
      const { iat, sv } = decode(res.body.access_token) as { iat: number; sv: number };
      expectProblem(await me(forgedToken(user.id, { iat, sv: sv - 1 })), 401, 'UNAUTHORIZED');
      await me(forgedToken(user.id, { iat, sv })).expect(200);

      expectProblem(await login(user.email, TEST_PASSWORD), 401, 'INVALID_CREDENTIALS');
      await login(user.email, NEW_PASSWORD).expect(200);
    });

    it('an old token’s socket is disconnected (session_revoked) and cannot connect again', async () => {
      const user = await registerUser(t);
      const socket = await connect(t.url, user.token);
      open.push(socket);
      const revoked = nextEvent(socket, 'session_revoked');
      const gone = disconnectedReason(socket);
      const res = await changePassword(user.token, { current_password: TEST_PASSWORD, new_password: NEW_PASSWORD }).expect(200);
      expect(await revoked).toEqual({ reason: 'password_changed' });
      expect(await gone).toBe('io server disconnect');
      expect(await connectError(t.url, { token: user.token })).toBe('unauthorized');
      open.push(await connect(t.url, res.body.access_token));
    });

    it('wrong current passwords are throttled like logins (429 with Retry-After)', async () => {
      const user = await registerUser(t);
      for (let i = 0; i < 5; i++) {
        expectProblem(await changePassword(user.token, { current_password: `wrong-${i}-password`, new_password: NEW_PASSWORD }), 401, 'INVALID_CREDENTIALS');
      }
      const blocked = await changePassword(user.token, { current_password: TEST_PASSWORD, new_password: NEW_PASSWORD });
      expectProblem(blocked, 429, 'TOO_MANY_REQUESTS');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      await me(user.token).expect(200);
    });
  });

  describe('POST /auth/logout-all', () => {
    it('204; every access and refresh token issued before is refused, sockets are disconnected; signing in again works', async () => {
      const user = await registerUser(t);
      const other = (await login(user.email, TEST_PASSWORD).expect(200)).body as { access_token: string; refresh_token: string };
      const bystander = await registerUser(t);
      const socket = await connect(t.url, other.access_token);
      const bystanderSocket = await connect(t.url, bystander.token);
      open.push(socket, bystanderSocket);
      const revoked = nextEvent(socket, 'session_revoked');
      const gone = disconnectedReason(socket);

      await logoutAll(user.token).expect(204);

      expect(await revoked).toEqual({ reason: 'logout_all' });
      expect(await gone).toBe('io server disconnect');
      for (const token of [user.token, other.access_token]) expectProblem(await me(token), 401, 'UNAUTHORIZED');
      for (const token of [user.refreshToken, other.refresh_token]) expectProblem(await refresh(token), 401, 'REFRESH_TOKEN_INVALID');
      expectProblem(await logoutAll(user.token), 401, 'UNAUTHORIZED');
      expect(await connectError(t.url, { token: other.access_token })).toBe('unauthorized');
      // Nobody else is touched.
      expect(bystanderSocket.connected).toBe(true);
      await me(bystander.token).expect(200);

      const again = await login(user.email, TEST_PASSWORD).expect(200);
      await me(again.body.access_token).expect(200);
      await refresh(again.body.refresh_token).expect(200);
    });

    it('needs a bearer token', async () => {
      expectProblem(await t.http.post('/api/v1/auth/logout-all'), 401, 'UNAUTHORIZED');
    });
  });

  it('a refresh racing a logout-all never leaves a working session behind, nor deadlocks (100 races)', async () => {
    for (let race = 0; race < 100; race++) {
      const user = await registerUser(t);
      const [rotated, loggedOut] = await Promise.all([refresh(user.refreshToken), logoutAll(user.token)]);
      expect(loggedOut.status).toBe(204);
      if (rotated.status === 200) {
        // The rotation came first: what it issued was revoked with everything else.
        expectProblem(await me(rotated.body.access_token), 401, 'UNAUTHORIZED');
        expectProblem(await refresh(rotated.body.refresh_token), 401, 'REFRESH_TOKEN_INVALID');
      } else {
        expectProblem(rotated, 401, 'REFRESH_TOKEN_INVALID');
      }
    }
  });
});
