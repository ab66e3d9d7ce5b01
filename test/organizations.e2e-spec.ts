import { randomBytes } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createProject, createTask as insertTask, createUser, joinOrganization, TestUser } from './support/fixtures';

const ORGS = '/api/v1/organizations';
const PASSWORD = 'correct horse battery';

interface MemberJson {
  id: number;
  username: string;
  email: string;
  role: string;
  description: string | null;
  invited_by: string | null;
  invited_by_id: number | null;
  joined_at: string;
}

interface PageJson<T> {
  items: T[];
  total: number;
  skip: number;
  limit: number;
  next_cursor: string | null;
}

interface NotificationJson {
  id: number;
  type: string;
  link: string | null;
}

type TaskStatus = 'To Do' | 'In Progress' | 'Done';

const unique = (prefix: string) => `${prefix}_${randomBytes(4).toString('hex')}`;

describe('organizations (e2e)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(async () => t.close());

  const get = (user: TestUser, path: string) => t.http.get(`${ORGS}${path}`).set('Authorization', user.auth);
  const post = (user: TestUser, path: string, body: object = {}) =>
    t.http.post(`${ORGS}${path}`).set('Authorization', user.auth).send(body);
  const removeMember = (user: TestUser, memberId: number | string) =>
    t.http.delete(`${ORGS}/remove-member/${memberId}`).set('Authorization', user.auth);
  const invite = (owner: TestUser, email: string, role = 'developer', description?: string) =>
    post(owner, '/invitations', { email, role, ...(description === undefined ? {} : { description }) });
  const accept = (user: TestUser, invitationId: number | string) => post(user, `/invitations/${invitationId}/accept`);

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${sql}) q`, params))[0].n;
  const isMember = async (organizationId: string, userId: number): Promise<boolean> =>
    (await count(`SELECT 1 FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [organizationId, userId])) ===
    1;

  /** Registers through the API and returns the same shape as `createUser`. */
  const register = async (prefix = 'reg'): Promise<TestUser> => {
    const username = unique(prefix);
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ username, email: `${username}@example.test`, password: PASSWORD })
      .expect(201);
    const auth = `Bearer ${res.body.access_token}`;
    const org = await t.http.get(`${ORGS}/my-organization`).set('Authorization', auth).expect(200);
    const token: string = res.body.access_token;
    return { id: res.body.user.id, username, email: `${username}@example.test`, organizationId: org.body.id, token, auth };
  };

  /** A member created by the owner through add-member, logged in with their own password. */
  const addMemberAndLogin = async (owner: TestUser, role = 'developer'): Promise<TestUser> => {
    const username = unique('added');
    const email = `${username}@example.test`;
    const added = await post(owner, '/add-member', { username, email, password: PASSWORD, role }).expect(201);
    const login = await t.http.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
    const token: string = login.body.access_token;
    return { id: added.body.id, username, email, organizationId: owner.organizationId, token, auth: `Bearer ${token}` };
  };

  const createTask = (projectId: string, status: TaskStatus, assigneeId: number | null): Promise<string> =>
    insertTask(t, projectId, { title: unique('task'), status, assigneeId });
  const assigneesOf = async (ids: string[]): Promise<(number | null)[]> => {
    const rows = await db.query<{ id: string; assignee_id: number | null }[]>(
      `SELECT id, assignee_id FROM tasks WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ids.map((id) => rows.find((r) => r.id === id)!.assignee_id);
  };

  describe('my organization and create', () => {
    it('returns the caller’s organization with the contract shape', async () => {
      const owner = await register('shape');
      const res = await get(owner, '/my-organization').expect(200);
      expect(res.body).toEqual({
        id: owner.organizationId,
        name: `${owner.username}'s Team`,
        description: null,
        owner_id: owner.id,
        is_owner: true,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      const member = await addMember(t, owner);
      const seen = await get(member, '/my-organization').expect(200);
      expect(seen.body).toEqual({ ...res.body, is_owner: false });
    });

    it('create is a 409 ALREADY_OWNS_ORGANIZATION when the caller already owns one, and stores nothing', async () => {
      const owner = await createUser(t);
      const before = await count('SELECT 1 FROM organizations');
      expectProblem(await post(owner, '/create', { name: 'Second' }), 409, 'ALREADY_OWNS_ORGANIZATION');
      expect(await count('SELECT 1 FROM organizations')).toBe(before);
    });

    it('a user who owns none (created by add-member) can create one, and then acts in it', async () => {
      const owner = await createUser(t);
      const member = await addMemberAndLogin(owner);
      expect((await get(member, '/my-organization').expect(200)).body).toMatchObject({ id: owner.organizationId, is_owner: false });

      const res = await post(member, '/create', { name: '  Side Project Inc ', description: 'mine' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Side Project Inc',
        description: 'mine',
        owner_id: member.id,
        is_owner: true,
        created_at: expect.stringMatching(/Z$/),
      });
      expect((await get(member, '/my-organization').expect(200)).body).toEqual(res.body);
      const [{ role }] = await db.query<{ role: string }[]>(
        `SELECT role FROM organization_members WHERE organization_id = $1 AND user_id = $2`,
        [res.body.id, member.id],
      );
      expect(role).toBe('owner');
      expect(await isMember(owner.organizationId, member.id)).toBe(true);
      expectProblem(await post(member, '/create', { name: 'Third' }), 409, 'ALREADY_OWNS_ORGANIZATION');
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a blank name', { name: '   ' }],
      ['a 101-character name', { name: 'x'.repeat(101) }],
      ['an unknown field', { name: 'ok', owner_id: 1 }],
    ])('create rejects %s with 422', async (_, body) => {
      const owner = await createUser(t);
      await db.query(`DELETE FROM organization_members WHERE user_id = $1`, [owner.id]);
      await db.query(`DELETE FROM organizations WHERE owner_id = $1`, [owner.id]);
      expectProblem(await post(owner, '/create', body), 422, 'VALIDATION_FAILED');
      expect(await count('SELECT 1 FROM organizations WHERE owner_id = $1', [owner.id])).toBe(0);
    });
  });

  describe('members', () => {
    it('lists members with the contract shape', async () => {
      const owner = await createUser(t);
      const member = await addMemberAndLogin(owner, 'designer');
      const res = await get(owner, '/members').expect(200);
      const page = res.body as PageJson<MemberJson>;
      expect(page).toEqual({ items: expect.any(Array), total: 2, skip: 0, limit: 20, next_cursor: null });
      expect(page.items).toEqual([
        {
          id: owner.id,
          username: owner.username,
          email: owner.email,
          role: 'owner',
          description: null,
          invited_by: null,
          invited_by_id: null,
          joined_at: expect.stringMatching(/Z$/),
        },
        {
          id: member.id,
          username: member.username,
          email: member.email,
          role: 'designer',
          description: null,
          invited_by: owner.username,
          invited_by_id: owner.id,
          joined_at: expect.stringMatching(/Z$/),
        },
      ]);
      // A member sees the same list.
      expect((await get(member, '/members').expect(200)).body).toEqual(page);
    });

    it('a cursor walk over several pages returns each member exactly once', async () => {
      const owner = await createUser(t);
      const others: TestUser[] = [];
      for (let i = 0; i < 6; i++) others.push(await addMember(t, owner));
      // Another organization's members never leak in.
      await createUser(t, { organizationId: (await createUser(t)).organizationId });

      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const page = (await get(owner, `/members${query}`).expect(200)).body as PageJson<MemberJson>;
        expect(page.total).toBe(7);
        expect(page.limit).toBe(2);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((m) => m.id));
        cursor = page.next_cursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(4);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      expect([...seen].sort((a, b) => a - b)).toEqual([owner.id, ...others.map((o) => o.id)].sort((a, b) => a - b));

      const bySkip = (await get(owner, '/members?limit=3&skip=6').expect(200)).body as PageJson<MemberJson>;
      expect(bySkip).toMatchObject({ total: 7, skip: 6, limit: 3 });
      expect(bySkip.items.map((m) => m.id)).toEqual([seen[6]]);
    });

    it('rejects a limit over 100 with 422', async () => {
      const owner = await createUser(t);
      expectProblem(await get(owner, '/members?limit=101'), 422, 'VALIDATION_FAILED');
    });
  });

  describe('add-member', () => {
    let owner: TestUser;
    let developer: TestUser;
    beforeAll(async () => {
      owner = await createUser(t);
      developer = await addMember(t, owner);
    });
    const body = (overrides: Record<string, unknown> = {}) => {
      const username = unique('new');
      return { username, email: `${username}@example.test`, password: PASSWORD, role: 'qa', ...overrides };
    };
    const usersWithEmail = (email: string) => count(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email]);

    it('owner creates a usable account in the organization', async () => {
      const input = body({ description: 'Tests everything' });
      const res = await post(owner, '/add-member', input);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        username: input.username,
        email: input.email,
        role: 'qa',
        description: 'Tests everything',
        invited_by: owner.username,
        invited_by_id: owner.id,
        joined_at: expect.stringMatching(/Z$/),
      });
      expect(JSON.stringify(res.body)).not.toContain(PASSWORD);
      const login = await t.http.post('/api/v1/auth/login').send({ email: input.email, password: PASSWORD }).expect(200);
      expect(login.body.user).toMatchObject({ id: res.body.id, username: input.username, role: 'qa' });
      const org = await t.http
        .get(`${ORGS}/my-organization`)
        .set('Authorization', `Bearer ${login.body.access_token}`)
        .expect(200);
      expect(org.body).toMatchObject({ id: owner.organizationId, is_owner: false });
      // They own nothing.
      expect(await count(`SELECT 1 FROM organizations WHERE owner_id = $1`, [res.body.id])).toBe(0);
    });

    it('a developer member gets 403 FORBIDDEN and nothing is created', async () => {
      const input = body();
      expectProblem(await post(developer, '/add-member', input), 403, 'FORBIDDEN');
      expect(await usersWithEmail(input.email)).toBe(0);
    });

    it('an email that already has an account is a 409 EMAIL_TAKEN and nothing is created', async () => {
      const existing = await createUser(t);
      const membersBefore = await count(`SELECT 1 FROM organization_members WHERE organization_id = $1`, [owner.organizationId]);
      const input = body({ email: existing.email.toUpperCase() });
      expectProblem(await post(owner, '/add-member', input), 409, 'EMAIL_TAKEN');
      expect(await usersWithEmail(existing.email)).toBe(1);
      expect(await count(`SELECT 1 FROM users WHERE username = $1`, [input.username])).toBe(0);
      expect(await count(`SELECT 1 FROM organization_members WHERE organization_id = $1`, [owner.organizationId])).toBe(
        membersBefore,
      );
      expect(await isMember(owner.organizationId, existing.id)).toBe(false);
    });

    it.each([
      ['an unknown role', { role: 'boss' }, 'role'],
      ['the owner role', { role: 'owner' }, 'role'],
      ['a 7-character password', { password: 'short12' }, 'password'],
      ['a malformed email', { email: 'not-an-email' }, 'email'],
      ['a username with spaces', { username: 'has spaces' }, 'username'],
      ['an unknown field', { is_admin: true }, 'is_admin'],
    ])('rejects %s with 422 and creates nothing', async (_, overrides, field) => {
      const input = body(overrides);
      const usersBefore = await count('SELECT 1 FROM users');
      const res = await post(owner, '/add-member', input);
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(JSON.stringify(res.body)).not.toContain(String(input.password));
      expect(await count('SELECT 1 FROM users')).toBe(usersBefore);
    });
  });

  describe('invitations', () => {
    let owner: TestUser;
    let developer: TestUser;
    let invitee: TestUser;
    let invitationId: number;
    beforeAll(async () => {
      owner = await createUser(t);
      developer = await addMember(t, owner);
      invitee = await createUser(t);
    });
    const invitationNotifications = async (user: TestUser): Promise<NotificationJson[]> => {
      const res = await t.http.get('/api/v1/notifications?limit=100').set('Authorization', user.auth).expect(200);
      return (res.body.items as NotificationJson[]).filter((n) => n.type === 'org_invitation');
    };

    it('owner invites an existing account: 201 with the contract shape', async () => {
      const res = await invite(owner, invitee.email.toUpperCase(), 'qa', 'QA lead');
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        organization_id: owner.organizationId,
        organization_name: `${owner.username}'s Team`,
        email: invitee.email,
        role: 'qa',
        description: 'QA lead',
        status: 'pending',
        invited_by: owner.username,
        invited_by_id: owner.id,
        created_at: expect.stringMatching(/Z$/),
        expires_at: expect.stringMatching(/Z$/),
      });
      // INVITATION_TTL_DAYS defaults to 7.
      expect(Date.parse(res.body.expires_at) - Date.parse(res.body.created_at)).toBe(7 * 86_400_000);
      expect(Number.isInteger(res.body.id)).toBe(true);
      invitationId = res.body.id;
      // Not a member until they accept.
      expect(await isMember(owner.organizationId, invitee.id)).toBe(false);
    });

    it('the invitee gets exactly one org_invitation notification whose link names the invitation', async () => {
      const notifications = await invitationNotifications(invitee);
      expect(notifications).toHaveLength(1);
      expect(notifications[0].link).toBe(`/api/v1/users/me/invitations/${invitationId}`);
      expect(await invitationNotifications(owner)).toHaveLength(0);
      // The link is something the invitee can GET.
      const linked = await t.http.get(notifications[0].link!).set('Authorization', invitee.auth).expect(200);
      expect(linked.body).toMatchObject({ id: invitationId, status: 'pending', organization_id: owner.organizationId });
    });

    it('a second invitation while one is pending is a 409 INVITATION_PENDING; no second notification', async () => {
      expectProblem(await invite(owner, invitee.email, 'developer'), 409, 'INVITATION_PENDING');
      expect(await count(`SELECT 1 FROM organization_invitations WHERE lower(email) = lower($1)`, [invitee.email])).toBe(1);
      expect(await invitationNotifications(invitee)).toHaveLength(1);
    });

    it('inviting a member is a 409 ALREADY_MEMBER', async () => {
      expectProblem(await invite(owner, developer.email), 409, 'ALREADY_MEMBER');
      expectProblem(await invite(owner, owner.email), 409, 'ALREADY_MEMBER');
    });

    it('an email without an account answers 201 like any other (no account enumeration)', async () => {
      const email = `${unique('nobody')}@example.test`;
      const res = await invite(owner, email);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email, status: 'pending', organization_id: owner.organizationId });
      expect(Object.keys(res.body).sort()).toEqual(Object.keys((await invite(owner, (await createUser(t)).email)).body).sort());
    });

    it('only the owner may invite (403), and role and email are validated (422)', async () => {
      const someone = await createUser(t);
      expectProblem(await invite(developer, someone.email), 403, 'FORBIDDEN');
      expectProblem(await invite(owner, someone.email, 'owner'), 422, 'VALIDATION_FAILED');
      expectProblem(await invite(owner, someone.email, 'chief'), 422, 'VALIDATION_FAILED');
      expectProblem(await invite(owner, 'not-an-email'), 422, 'VALIDATION_FAILED');
      expect(await count(`SELECT 1 FROM organization_invitations WHERE lower(email) = lower($1)`, [someone.email])).toBe(0);
    });

    it('someone else cannot accept the invitation (404); a malformed id is a 422', async () => {
      expectProblem(await accept(developer, invitationId), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await accept(owner, invitationId), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await accept(invitee, 2_000_000_000), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await accept(invitee, 'abc'), 422, 'VALIDATION_FAILED');
      expect(await isMember(owner.organizationId, invitee.id)).toBe(false);
    });

    it('the invitee accepts (200) and appears in the members with that role', async () => {
      const res = await accept(invitee, invitationId);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: invitee.id,
        username: invitee.username,
        email: invitee.email,
        role: 'qa',
        description: 'QA lead',
        invited_by: owner.username,
        invited_by_id: owner.id,
        joined_at: expect.stringMatching(/Z$/),
      });
      const members = (await get(owner, '/members?limit=100').expect(200)).body as PageJson<MemberJson>;
      expect(members.items.find((m) => m.id === invitee.id)).toEqual(res.body);
      const [{ status }] = await db.query<{ status: string }[]>(`SELECT status FROM organization_invitations WHERE id = $1`, [
        invitationId,
      ]);
      expect(status).toBe('accepted');
    });

    it('accepting twice is a 409 and changes nothing', async () => {
      expectProblem(await accept(invitee, invitationId), 409, 'INVITATION_NOT_PENDING');
      const rows = await db.query(`SELECT 1 FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [
        owner.organizationId,
        invitee.id,
      ]);
      expect(rows).toHaveLength(1);
    });

    it('membership uniqueness is enforced by a unique index, not only by the service', async () => {
      const duplicate = db.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'developer')`, [
        owner.organizationId,
        invitee.id,
      ]);
      await expect(duplicate).rejects.toBeInstanceOf(QueryFailedError);
      await expect(duplicate).rejects.toMatchObject({
        driverError: { code: '23505', constraint: 'uq_organization_members_org_user' },
      });
    });
  });

  describe('the default organization is deterministic', () => {
    it('without an accepted invitation or a choice: the one they own, even if they joined another earlier', async () => {
      const alice = await createUser(t);
      const bob = await createUser(t);
      // Joined without an invitation, a day before: ownership still wins.
      await db.query(
        `INSERT INTO organization_members (organization_id, user_id, role, joined_at) VALUES ($1, $2, 'qa', now() - interval '1 day')`,
        [bob.organizationId, alice.id],
      );
      for (let i = 0; i < 3; i++) {
        expect((await get(alice, '/my-organization').expect(200)).body).toMatchObject({ id: alice.organizationId, is_owner: true });
      }
      const project = await t.http.post('/api/v1/projects').set('Authorization', alice.auth).send({ name: 'Mine' }).expect(201);
      expect(project.body.organization_id).toBe(alice.organizationId);
      const members = (await get(alice, '/members').expect(200)).body as PageJson<MemberJson>;
      expect(members.items.map((m) => m.id)).toEqual([alice.id]);
    });

    it('owning none: the one they joined first (joined_at decides, not insertion order)', async () => {
      const first = await createUser(t);
      const second = await createUser(t);
      const carol = await addMemberAndLogin(first);
      await db.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'qa')`, [
        second.organizationId,
        carol.id,
      ]);
      expect((await get(carol, '/my-organization').expect(200)).body).toMatchObject({ id: first.organizationId, is_owner: false });
      const project = await t.http.post('/api/v1/projects').set('Authorization', carol.auth).send({ name: 'Ours' }).expect(201);
      expect(project.body.organization_id).toBe(first.organizationId);
      await db.query(`UPDATE organization_members SET joined_at = now() - interval '1 day' WHERE organization_id = $1 AND user_id = $2`, [
        second.organizationId,
        carol.id,
      ]);
      expect((await get(carol, '/my-organization').expect(200)).body).toMatchObject({ id: second.organizationId, is_owner: false });
    });

    it('the organization of the last accepted invitation wins over the owned one', async () => {
      const alice = await createUser(t);
      const bob = await createUser(t);
      const inv = await invite(bob, alice.email).expect(201);
      await accept(alice, inv.body.id).expect(200);
      expect((await get(alice, '/my-organization').expect(200)).body).toMatchObject({ id: bob.organizationId, is_owner: false });
      const project = await t.http.post('/api/v1/projects').set('Authorization', alice.auth).send({ name: 'Theirs' }).expect(201);
      expect(project.body.organization_id).toBe(bob.organizationId);
    });
  });

  describe('remove-member', () => {
    it('only the owner may remove (403), not themselves (409), and an unknown member is a 404', async () => {
      const owner = await createUser(t);
      const developer = await addMember(t, owner);
      const other = await addMember(t, owner);
      const stranger = await createUser(t);

      expectProblem(await removeMember(developer, other.id), 403, 'FORBIDDEN');
      expectProblem(await removeMember(developer, owner.id), 403, 'FORBIDDEN');
      expectProblem(await removeMember(developer, developer.id), 403, 'FORBIDDEN');
      expectProblem(await removeMember(owner, owner.id), 409, 'CANNOT_REMOVE_SELF');
      expectProblem(await removeMember(owner, 2_000_000_000), 404, 'USER_NOT_FOUND');
      expectProblem(await removeMember(owner, stranger.id), 404, 'USER_NOT_FOUND');
      expectProblem(await removeMember(owner, 'abc'), 422, 'VALIDATION_FAILED');
      for (const user of [owner, developer, other]) expect(await isMember(owner.organizationId, user.id)).toBe(true);
      expect(await isMember(stranger.organizationId, stranger.id)).toBe(true);
    });

    it('unassigns the member’s open tasks in this organization only, and the member loses access', async () => {
      const owner = await createUser(t);
      const member = await addMember(t, owner);
      const elsewhere = await createUser(t);
      await joinOrganization(t, member, elsewhere.organizationId);
      const project = await createProject(t, owner, 'Here');
      const project2 = await createProject(t, owner, 'Here too');
      const otherProject = await createProject(t, elsewhere, 'Elsewhere');

      const todo = await createTask(project, 'To Do', member.id);
      const inProgress = await createTask(project2, 'In Progress', member.id);
      const done = await createTask(project, 'Done', member.id);
      const ownersTask = await createTask(project, 'To Do', owner.id);
      const otherOrgTask = await createTask(otherProject, 'In Progress', member.id);
      await t.http.get(`/api/v1/projects/${project}`).set('Authorization', member.auth).expect(200);

      await removeMember(owner, member.id).expect(204);

      expect(await assigneesOf([todo, inProgress, done, ownersTask, otherOrgTask])).toEqual([
        null,
        null,
        member.id,
        owner.id,
        member.id,
      ]);
      expect(await isMember(owner.organizationId, member.id)).toBe(false);
      expect(await isMember(elsewhere.organizationId, member.id)).toBe(true);
      expectProblem(await t.http.get(`/api/v1/projects/${project}`).set('Authorization', member.auth), 404, 'PROJECT_NOT_FOUND');
      await t.http.get(`/api/v1/projects/${otherProject}`).set('Authorization', member.auth).expect(200);
      const members = (await get(owner, '/members').expect(200)).body as PageJson<MemberJson>;
      expect(members.items.map((m) => m.id)).toEqual([owner.id]);
      // Removing again: no longer a member.
      expectProblem(await removeMember(owner, member.id), 404, 'USER_NOT_FOUND');
    });

    it('is atomic: a database failure while unassigning keeps the membership and the assignments', async () => {
      const owner = await createUser(t);
      const member = await addMember(t, owner);
      const project = await createProject(t, owner);
      const tasks = [await createTask(project, 'To Do', member.id), await createTask(project, 'In Progress', member.id)];

      await db.query(`CREATE FUNCTION fail_unassign() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected failure: secret-detail-42'; END $$`);
      await db.query(`CREATE TRIGGER fail_unassign BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION fail_unassign()`);
      try {
        const res = await removeMember(owner, member.id);
        expectProblem(res, 500, 'INTERNAL_ERROR');
        expect(JSON.stringify(res.body)).not.toContain('secret-detail-42');
      } finally {
        await db.query(`DROP TRIGGER IF EXISTS fail_unassign ON tasks`);
        await db.query(`DROP FUNCTION IF EXISTS fail_unassign()`);
      }
      expect(await isMember(owner.organizationId, member.id)).toBe(true);
      expect(await assigneesOf(tasks)).toEqual([member.id, member.id]);
      await t.http.get(`/api/v1/projects/${project}`).set('Authorization', member.auth).expect(200);

      // Without the failure the same call succeeds.
      await removeMember(owner, member.id).expect(204);
      expect(await assigneesOf(tasks)).toEqual([null, null]);
    });
  });
});
