import { randomBytes } from 'node:crypto';
import { createTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('INVITATION_TTL_DAYS (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { INVITATION_TTL_DAYS: '2' } });
  });
  afterAll(async () => t.close());

  it('sets how long an invitation stays pending', async () => {
    const owner = await createUser(t);
    const res = await t.http
      .post('/api/v1/organizations/invitations')
      .set('Authorization', owner.auth)
      .send({ email: `ttl-${randomBytes(3).toString('hex')}@example.test`, role: 'qa' })
      .expect(201);
    expect(Date.parse(res.body.expires_at) - Date.parse(res.body.created_at)).toBe(2 * 86_400_000);
  });
});
