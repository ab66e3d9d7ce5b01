import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, joinOrganization, TestUser } from './support/users';

const ORGS = '/api/v1/organizations';

describe('member roles, leaving and removal (e2e)', () => {
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
      patch: (path: string, body: object = {}) => set(t.http.patch(path)).send(body),
      delete: (path: string) => set(t.http.delete(path)),
    };
  };
  const roleOf = async (organizationId: string, userId: number): Promise<string | undefined> =>
    (
      await db.query<{ role: string }[]>(`SELECT role FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [
        organizationId,
        userId,
      ])
    )[0]?.role;

  const task = async (projectId: string, status: string, assigneeId: number | null): Promise<string> =>
    (
      await db.query<{ id: string }[]>(`INSERT INTO tasks (project_id, title, status, assignee_id) VALUES ($1, 't', $2, $3) RETURNING id`, [
        projectId,
        status,
        assigneeId,
      ])
    )[0].id;
  const issue = async (projectId: string, reporterId: number, status: string, assigneeId: number | null): Promise<number> =>
    (
      await db.query<{ id: number }[]>(
        `INSERT INTO issues (project_id, title, description, status, reporter_id, assignee_id) VALUES ($1, 'i', 'd', $2, $3, $4) RETURNING id`,
        [projectId, status, reporterId, assigneeId],
      )
    )[0].id;
  const tasksOf = async (ids: string[]) =>
    (await db.query<{ id: string; assignee_id: number | null }[]>(`SELECT id, assignee_id FROM tasks WHERE id = ANY($1::uuid[])`, [ids]))
      .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
      .map((r) => r.assignee_id);
  const issuesOf = async (ids: number[]) =>
    (
      await db.query<{ id: number; status: string; assignee_id: number | null }[]>(
        `SELECT id, status, assignee_id FROM issues WHERE id = ANY($1::int[])`,
        [ids],
      )
    )
      .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
      .map((r) => [r.status, r.assignee_id]);

  describe('PATCH /organizations/members/{user_id}', () => {
    let owner: TestUser;
    let manager: TestUser;
    let developer: TestUser;
    beforeAll(async () => {
      owner = await createUser(t);
      manager = await createUser(t, { organizationId: owner.organizationId, role: 'manager' });
      developer = await createUser(t, { organizationId: owner.organizationId, role: 'developer' });
    });

    it('the owner and a manager change a member’s role: 200 with the member JSON', async () => {
      const res = await as(owner).patch(`${ORGS}/members/${developer.id}`, { role: 'qa' }).expect(200);
      expect(res.body).toEqual({
        id: developer.id,
        username: developer.username,
        email: developer.email,
        role: 'qa',
        description: null,
        invited_by: null,
        invited_by_id: null,
        joined_at: expect.stringMatching(/Z$/),
      });
      await as(manager).patch(`${ORGS}/members/${developer.id}`, { role: 'designer' }).expect(200);
      expect(await roleOf(owner.organizationId, developer.id)).toBe('designer');
      // The new role takes effect at once: a manager may list the invitations.
      expectProblem(await as(developer).get(`${ORGS}/invitations`), 403, 'FORBIDDEN');
      await as(owner).patch(`${ORGS}/members/${developer.id}`, { role: 'manager' }).expect(200);
      await as(developer).get(`${ORGS}/invitations`).expect(200);
      await as(owner).patch(`${ORGS}/members/${developer.id}`, { role: 'developer' }).expect(200);
    });

    it('other members are 403; the owner’s role is a 409; the owner role, unknown roles and fields are 422; strangers 404', async () => {
      expectProblem(await as(developer).patch(`${ORGS}/members/${manager.id}`, { role: 'qa' }), 403, 'FORBIDDEN');
      expectProblem(await as(manager).patch(`${ORGS}/members/${owner.id}`, { role: 'qa' }), 409, 'OWNER_ROLE_FIXED');
      expectProblem(await as(owner).patch(`${ORGS}/members/${owner.id}`, { role: 'manager' }), 409, 'OWNER_ROLE_FIXED');
      for (const body of [{ role: 'owner' }, { role: 'boss' }, {}, { role: 'qa', extra: 1 }]) {
        expectProblem(await as(owner).patch(`${ORGS}/members/${developer.id}`, body), 422, 'VALIDATION_FAILED');
      }
      const stranger = await createUser(t);
      expectProblem(await as(owner).patch(`${ORGS}/members/${stranger.id}`, { role: 'qa' }), 404, 'USER_NOT_FOUND');
      expectProblem(await as(owner).patch(`${ORGS}/members/abc`, { role: 'qa' }), 422, 'VALIDATION_FAILED');
      expect(await roleOf(owner.organizationId, owner.id)).toBe('owner');
      expect(await roleOf(owner.organizationId, developer.id)).toBe('developer');
      expect(await roleOf(stranger.organizationId, stranger.id)).toBe('owner');
    });

    it('acts in the organization of the header: a manager elsewhere is only a member here', async () => {
      const other = await createUser(t);
      await joinOrganization(t, manager, other.organizationId, 'developer');
      const mate = await createUser(t, { organizationId: other.organizationId });
      expectProblem(await as(manager, other.organizationId).patch(`${ORGS}/members/${mate.id}`, { role: 'qa' }), 403, 'FORBIDDEN');
      // The member of the other organization is not in the owner's one.
      expectProblem(await as(manager, owner.organizationId).patch(`${ORGS}/members/${mate.id}`, { role: 'qa' }), 404, 'USER_NOT_FOUND');
    });
  });

  describe('POST /organizations/leave', () => {
    it('the owner cannot leave (409) and nothing changes', async () => {
      const owner = await createUser(t);
      expectProblem(await as(owner).post(`${ORGS}/leave`), 409, 'OWNER_CANNOT_LEAVE');
      expect(await roleOf(owner.organizationId, owner.id)).toBe('owner');
    });

    it('a member leaves the named organization: open tasks unassigned, unresolved issues back to open unassigned, elsewhere untouched', async () => {
      const owner = await createUser(t);
      const me = await createUser(t);
      await joinOrganization(t, me, owner.organizationId);
      const here = await createProject(t, owner, 'here');
      const mine = await createProject(t, me, 'mine');
      const tasks = [
        await task(here, 'To Do', me.id),
        await task(here, 'In Progress', me.id),
        await task(here, 'Done', me.id),
        await task(mine, 'In Progress', me.id),
      ];
      const issues = [
        await issue(here, owner.id, 'in_progress', me.id),
        await issue(here, owner.id, 'open', me.id),
        await issue(here, owner.id, 'resolved', me.id),
        await issue(here, owner.id, 'in_progress', owner.id),
        await issue(mine, me.id, 'in_progress', me.id),
      ];
      const channel = (await as(owner).post('/api/v1/chat/channels', { name: 'team', channel_type: 'public' }).expect(201)).body;
      await as(me, owner.organizationId).post(`/api/v1/chat/channels/${channel.id}/join`).expect(200);

      await as(me, owner.organizationId).post(`${ORGS}/leave`).expect(204);

      expect(await roleOf(owner.organizationId, me.id)).toBeUndefined();
      expect(await tasksOf(tasks)).toEqual([null, null, me.id, me.id]);
      expect(await issuesOf(issues)).toEqual([
        ['open', null],
        ['open', null],
        ['resolved', me.id],
        ['in_progress', owner.id],
        ['in_progress', me.id],
      ]);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM chat_channel_members WHERE channel_id = $1 AND user_id = $2`, [
        channel.id,
        me.id,
      ]);
      expect(n).toBe(0);
      // The released issues reach the project's watchers after commit.
      const [{ events }] = await db.query(
        `SELECT count(*)::int AS events FROM outbox_events WHERE room = $1 AND event = 'issue_updated' AND (payload->>'id')::int = ANY($2::int[])`,
        [`project:${here}`, issues.slice(0, 2)],
      );
      expect(events).toBe(2);
      expectProblem(await as(me).get(`/api/v1/projects/${here}`), 404, 'PROJECT_NOT_FOUND');
      expectProblem(await as(me, owner.organizationId).post(`${ORGS}/leave`), 404, 'ORGANIZATION_NOT_FOUND');
    });

    it('is atomic: a failure while releasing issues keeps the membership, the tasks and the issues', async () => {
      const owner = await createUser(t);
      const me = await createUser(t, { organizationId: owner.organizationId });
      const project = await createProject(t, owner);
      const todo = await task(project, 'To Do', me.id);
      const stuck = await issue(project, owner.id, 'in_progress', me.id);
      await db.query(`CREATE FUNCTION fail_release() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected failure: issue-release-17'; END $$`);
      await db.query(`CREATE TRIGGER fail_release BEFORE UPDATE ON issues FOR EACH ROW EXECUTE FUNCTION fail_release()`);
      try {
        const res = await as(me).post(`${ORGS}/leave`);
        expectProblem(res, 500, 'INTERNAL_ERROR');
        expect(JSON.stringify(res.body)).not.toContain('issue-release-17');
      } finally {
        await db.query(`DROP TRIGGER IF EXISTS fail_release ON issues`);
        await db.query(`DROP FUNCTION IF EXISTS fail_release()`);
      }
      expect(await roleOf(owner.organizationId, me.id)).toBe('developer');
      expect(await tasksOf([todo])).toEqual([me.id]);
      expect(await issuesOf([stuck])).toEqual([['in_progress', me.id]]);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbox_events WHERE room = $1 AND event = 'session_revoked'`, [
        `user:${me.id}`,
      ]);
      expect(n).toBe(0);

      await as(me).post(`${ORGS}/leave`).expect(204);
      expect(await tasksOf([todo])).toEqual([null]);
      expect(await issuesOf([stuck])).toEqual([['open', null]]);
    });
  });

  describe('DELETE /organizations/remove-member/{user_id}', () => {
    it('releases the member’s unresolved issues like their tasks, and a blocker stays blocking', async () => {
      const owner = await createUser(t);
      const member = await createUser(t, { organizationId: owner.organizationId });
      const project = await createProject(t, owner);
      const blocked = await task(project, 'To Do', owner.id);
      const blocker = (
        await as(owner)
          .post('/api/v1/issues', { project_id: project, task_id: blocked, title: 'Blocks', description: 'x', issue_type: 'blocker' })
          .expect(201)
      ).body.id as number;
      await as(owner).post(`/api/v1/issues/${blocker}/assign`, { assignee_id: member.id }).expect(200);
      const todo = await task(project, 'In Progress', member.id);

      await as(owner).delete(`${ORGS}/remove-member/${member.id}`).expect(204);

      expect(await issuesOf([blocker])).toEqual([['open', null]]);
      expect(await tasksOf([todo])).toEqual([null]);
      const issueJson = await as(owner).get(`/api/v1/issues/${blocker}`).expect(200);
      expect(issueJson.body).toMatchObject({ status: 'open', assignee_id: null, assignee_username: null });
      const taskJson = await db.query<{ open_blocker_count: number }[]>(`SELECT open_blocker_count FROM tasks WHERE id = $1`, [blocked]);
      expect(taskJson[0].open_blocker_count).toBe(1);
    });
  });
});
