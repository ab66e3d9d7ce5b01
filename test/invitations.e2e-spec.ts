import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, registerUser, TestUser } from './support/users';

const ORGS = '/api/v1/organizations';
const MINE = '/api/v1/users/me/invitations';

interface InvitationJson {
  id: number;
  organization_id: string;
  organization_name: string;
  email: string;
  role: string;
  status: string;
  invited_by: string;
  invited_by_id: number;
  created_at: string;
  expires_at: string;
}

describe('invitations (e2e)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(async () => t.close());

  const as = (user: TestUser, organizationId?: string) => {
    const set = <R extends { set(name: string, value: string): R }>(req: R) => {
      const withAuth = req.set('Authorization', user.auth);
      return organizationId === undefined ? withAuth : withAuth.set('X-Organization-Id', organizationId);
    };
    return {
      get: (path: string) => set(t.http.get(path)),
      post: (path: string, body: object = {}) => set(t.http.post(path)).send(body),
      delete: (path: string) => set(t.http.delete(path)),
    };
  };
  const invite = (owner: TestUser, email: string, role = 'developer') => as(owner).post(`${ORGS}/invitations`, { email, role });
  const accept = (user: TestUser, id: number) => as(user).post(`${ORGS}/invitations/${id}/accept`);
  const decline = (user: TestUser, id: number) => as(user).post(`${ORGS}/invitations/${id}/decline`);
  const revoke = (user: TestUser, id: number) => as(user).delete(`${ORGS}/invitations/${id}`);
  const statusOf = async (id: number) =>
    (await db.query<{ status: string }[]>(`SELECT status FROM organization_invitations WHERE id = $1`, [id]))[0].status;
  const isMember = async (organizationId: string, userId: number) =>
    (await db.query(`SELECT 1 FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [organizationId, userId])).length ===
    1;
  const expire = (id: number) => db.query(`UPDATE organization_invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
  const itemIds = (res: { body: { items: InvitationJson[] } }) => res.body.items.map((i) => i.id);

  describe('lists', () => {
    let owner: TestUser;
    let manager: TestUser;
    let developer: TestUser;
    let invitee: TestUser;
    beforeAll(async () => {
      owner = await createUser(t);
      manager = await createUser(t, { organizationId: owner.organizationId, role: 'manager' });
      developer = await createUser(t, { organizationId: owner.organizationId, role: 'developer' });
      invitee = await createUser(t);
    });

    it('GET /organizations/invitations: the organization’s pending ones, for the owner and managers, by pages', async () => {
      const sent: number[] = [];
      for (let i = 0; i < 3; i++) sent.push((await invite(owner, `list-${i}-${randomBytes(3).toString('hex')}@example.test`).expect(201)).body.id);
      const other = await createUser(t);
      await invite(other, `elsewhere-${randomBytes(3).toString('hex')}@example.test`).expect(201);

      const page = await as(manager).get(`${ORGS}/invitations`).expect(200);
      expect(page.body).toMatchObject({ total: 3, skip: 0, limit: 20, next_cursor: null });
      expect(itemIds(page)).toEqual(sent);
      expect((await as(owner).get(`${ORGS}/invitations`).expect(200)).body).toEqual(page.body);
      const first = await as(owner).get(`${ORGS}/invitations?limit=2`).expect(200);
      const rest = await as(owner).get(`${ORGS}/invitations?limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`).expect(200);
      expect([...itemIds(first), ...itemIds(rest)]).toEqual(sent);
      expectProblem(await as(developer).get(`${ORGS}/invitations`), 403, 'FORBIDDEN');
      expectProblem(await as(owner).get(`${ORGS}/invitations?status=lost`), 422, 'VALIDATION_FAILED');

      // Answered ones leave the pending list; the status filter finds them.
      await revoke(owner, sent[0]).expect(204);
      expect(itemIds(await as(owner).get(`${ORGS}/invitations`).expect(200))).toEqual(sent.slice(1));
      expect(itemIds(await as(owner).get(`${ORGS}/invitations?status=revoked`).expect(200))).toEqual([sent[0]]);
    });

    it('GET /users/me/invitations: the caller’s pending ones with organization_name; GET one of them by id', async () => {
      const a = (await invite(owner, invitee.email.toUpperCase(), 'qa').expect(201)).body as InvitationJson;
      const other = await createUser(t);
      const b = (await invite(other, invitee.email).expect(201)).body as InvitationJson;
      const someoneElse = await createUser(t);
      await invite(other, someoneElse.email).expect(201);

      const page = await as(invitee).get(MINE).expect(200);
      expect(page.body.total).toBe(2);
      expect(page.body.items).toEqual([
        {
          id: a.id,
          organization_id: owner.organizationId,
          organization_name: `${owner.username}'s Team`,
          email: invitee.email,
          role: 'qa',
          description: null,
          status: 'pending',
          invited_by: owner.username,
          invited_by_id: owner.id,
          created_at: a.created_at,
          expires_at: a.expires_at,
        },
        expect.objectContaining({ id: b.id, organization_name: `${other.username}'s Team` }),
      ]);
      expect((await as(invitee).get(`${MINE}/${a.id}`).expect(200)).body).toEqual(page.body.items[0]);
      // Someone else's invitation reads as one that does not exist.
      expectProblem(await as(someoneElse).get(`${MINE}/${a.id}`), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await as(invitee).get(`${MINE}/2000000000`), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await as(invitee).get(`${MINE}/abc`), 422, 'VALIDATION_FAILED');

      await decline(invitee, b.id).expect(200);
      expect(itemIds(await as(invitee).get(MINE).expect(200))).toEqual([a.id]);
      expect((await as(invitee).get(`${MINE}/${b.id}`).expect(200)).body.status).toBe('declined');
    });
  });

  describe('decline and revoke', () => {
    it('decline: the invitee only, 200 with status declined; afterwards nothing else can answer it', async () => {
      const owner = await createUser(t);
      const invitee = await createUser(t);
      const id = (await invite(owner, invitee.email).expect(201)).body.id as number;
      expectProblem(await decline(owner, id), 404, 'INVITATION_NOT_FOUND');
      const res = await decline(invitee, id).expect(200);
      expect(res.body).toMatchObject({ id, status: 'declined', organization_id: owner.organizationId });
      expectProblem(await decline(invitee, id), 409, 'INVITATION_NOT_PENDING');
      expectProblem(await accept(invitee, id), 409, 'INVITATION_NOT_PENDING');
      expectProblem(await revoke(owner, id), 409, 'INVITATION_NOT_PENDING');
      expect(await statusOf(id)).toBe('declined');
      expect(await isMember(owner.organizationId, invitee.id)).toBe(false);
      // A new invitation may follow a declined one.
      await invite(owner, invitee.email).expect(201);
    });

    it('revoke: owner or manager of the organization, 204; then the invitee cannot accept it', async () => {
      const owner = await createUser(t);
      const manager = await createUser(t, { organizationId: owner.organizationId, role: 'manager' });
      const developer = await createUser(t, { organizationId: owner.organizationId });
      const invitee = await createUser(t);
      const first = (await invite(owner, invitee.email).expect(201)).body.id as number;
      expectProblem(await revoke(developer, first), 403, 'FORBIDDEN');
      expectProblem(await revoke(invitee, first), 404, 'INVITATION_NOT_FOUND');
      await revoke(manager, first).expect(204);
      expect(await statusOf(first)).toBe('revoked');
      expectProblem(await accept(invitee, first), 409, 'INVITATION_NOT_PENDING');
      expectProblem(await revoke(owner, first), 409, 'INVITATION_NOT_PENDING');
      const second = (await invite(owner, invitee.email).expect(201)).body.id as number;
      await revoke(owner, second).expect(204);
      expectProblem(await revoke(owner, 2_000_000_000), 404, 'INVITATION_NOT_FOUND');
      expect(await isMember(owner.organizationId, invitee.id)).toBe(false);
    });

    it('revoking acts in the organization of the header: another organization’s invitation is a 404 there', async () => {
      const owner = await createUser(t);
      const other = await createUser(t);
      const id = (await invite(other, `x-${randomBytes(3).toString('hex')}@example.test`).expect(201)).body.id as number;
      expectProblem(await revoke(owner, id), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await as(owner, other.organizationId).delete(`${ORGS}/invitations/${id}`), 404, 'ORGANIZATION_NOT_FOUND');
      expect(await statusOf(id)).toBe('pending');
    });
  });

  describe('expiry', () => {
    it('an expired invitation is shown as expired, cannot be accepted (409 INVITATION_EXPIRED), and can be sent again', async () => {
      const owner = await createUser(t);
      const invitee = await createUser(t);
      const id = (await invite(owner, invitee.email).expect(201)).body.id as number;
      await expire(id);
      expectProblem(await accept(invitee, id), 409, 'INVITATION_EXPIRED');
      expectProblem(await decline(invitee, id), 409, 'INVITATION_EXPIRED');
      expect(await isMember(owner.organizationId, invitee.id)).toBe(false);
      expect((await as(invitee).get(`${MINE}/${id}`).expect(200)).body.status).toBe('expired');
      expect(itemIds(await as(invitee).get(MINE).expect(200))).toEqual([]);
      expect(itemIds(await as(owner).get(`${ORGS}/invitations`).expect(200))).toEqual([]);
      expect(itemIds(await as(owner).get(`${ORGS}/invitations?status=expired`).expect(200))).toEqual([id]);

      const again = (await invite(owner, invitee.email).expect(201)).body.id as number;
      expect(await statusOf(id)).toBe('expired');
      expect((await as(invitee).get(`${MINE}/${id}`).expect(200)).body.status).toBe('expired');
      await accept(invitee, again).expect(200);
      expect(await isMember(owner.organizationId, invitee.id)).toBe(true);
    });
  });

  describe('an address without an account', () => {
    it('answers 201 exactly like an account would, notifies nobody, and is found by whoever registers with it', async () => {
      const owner = await createUser(t);
      const existing = await createUser(t);
      const username = `later_${randomBytes(4).toString('hex')}`;
      const email = `${username}@Example.test`;
      const forNobody = await invite(owner, email, 'designer').expect(201);
      const forAccount = await invite(owner, existing.email, 'designer').expect(201);
      const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
      expect(shape(forNobody.body)).toEqual(shape(forAccount.body));
      expect(forNobody.body).toMatchObject({ email, status: 'pending', role: 'designer' });
      expectProblem(await invite(owner, email.toLowerCase()), 409, 'INVITATION_PENDING');

      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE link = $1`, [
        `/api/v1/users/me/invitations/${forNobody.body.id}`,
      ]);
      expect(n).toBe(0);

      // Registers later, with the address in another case.
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ username, email: email.toLowerCase(), password: 'correct horse battery' })
        .expect(201);
      const newcomer: TestUser = {
        id: res.body.user.id,
        username,
        email,
        organizationId: '',
        token: res.body.access_token,
        auth: `Bearer ${res.body.access_token}`,
      };
      expect(itemIds(await as(newcomer).get(MINE).expect(200))).toEqual([forNobody.body.id]);
      const joined = await accept(newcomer, forNobody.body.id).expect(200);
      expect(joined.body).toMatchObject({ id: newcomer.id, role: 'designer', invited_by_id: owner.id });
      expect((await as(newcomer).get(`${ORGS}/my-organization`).expect(200)).body.id).toBe(owner.organizationId);
    });
  });

  describe('concurrency', () => {
    it('an accept and a revoke of one invitation, at the same time: exactly one wins, every time', async () => {
      const owner = await createUser(t);
      for (let round = 0; round < 12; round++) {
        const invitee = await createUser(t);
        const id = (await invite(owner, invitee.email).expect(201)).body.id as number;
        const [accepted, revoked] = await Promise.all([accept(invitee, id), revoke(owner, id)]);
        const statuses = [accepted.status, revoked.status].sort();
        const member = await isMember(owner.organizationId, invitee.id);
        const status = await statusOf(id);
        if (accepted.status === 200) {
          expect(revoked.status).toBe(409);
          expect(revoked.body.code).toBe('INVITATION_NOT_PENDING');
          expect([status, member]).toEqual(['accepted', true]);
        } else {
          expect(statuses).toEqual([204, 409]);
          expect(accepted.body.code).toBe('INVITATION_NOT_PENDING');
          expect([status, member]).toEqual(['revoked', false]);
        }
      }
    });

    it('two accepts of one invitation at the same time: one membership, one 409', async () => {
      const owner = await createUser(t);
      const invitee = await createUser(t);
      const id = (await invite(owner, invitee.email).expect(201)).body.id as number;
      const results = await Promise.all([accept(invitee, id), accept(invitee, id), accept(invitee, id)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [
        owner.organizationId,
        invitee.id,
      ]);
      expect(n).toBe(1);
    });
  });

  it('after accepting, /users/me reports the role in the new default organization', async () => {
    const owner = await registerUser(t, 'inviter');
    const invitee = await registerUser(t, 'invitee');
    const id = (await invite(owner, invitee.email).expect(201)).body.id as number;
    await accept(invitee, id).expect(200);
    expect((await as(invitee).get('/api/v1/users/me').expect(200)).body.role).toBe('developer');
  });
});
