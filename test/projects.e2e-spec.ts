import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { addMember, createProject, createTasks, createUser, joinOrganization, TestUser } from './support/fixtures';

const PROJECTS = '/api/v1/projects';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MISSING = '00000000-0000-4000-8000-000000000000';

interface ProjectJson {
  id: string;
  name: string;
  description: string | null;
  organization_id: string;
  owner_id: number;
  created_at: string;
}

interface PageJson<T> {
  items: T[];
  total: number;
  skip: number;
  limit: number;
  next_cursor: string | null;
}

interface PlanItemJson {
  id: string;
  name: string;
  description: string | null;
  order: number;
}

describe('projects, epics and stories (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let developer: TestUser;
  let manager: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    developer = await addMember(t, owner, 'developer');
    manager = await addMember(t, owner, 'manager');
    outsider = await createUser(t);
  });
  afterAll(async () => t.close());

  const as = (user: TestUser) => ({
    get: (path: string) => t.http.get(path).set('Authorization', user.auth),
    post: (path: string, body: object = {}) => t.http.post(path).set('Authorization', user.auth).send(body),
    patch: (path: string, body: object) => t.http.patch(path).set('Authorization', user.auth).send(body),
    delete: (path: string) => t.http.delete(path).set('Authorization', user.auth),
  });
  const count = async (table: 'projects' | 'epics' | 'stories' | 'tasks'): Promise<number> =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  const createTask = async (projectId: string, storyId: string, title: string, order: number): Promise<string> => {
    const res = await as(owner).post(`${PROJECTS}/${projectId}/tasks`, { title, story_id: storyId, order });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  describe('project CRUD', () => {
    it('creates a project in the caller’s organization (201, contract fields)', async () => {
      const res = await as(owner).post(PROJECTS, { name: '  Apollo ', description: 'To the moon' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID),
        name: 'Apollo',
        description: 'To the moon',
        organization_id: owner.organizationId,
        owner_id: owner.id,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      const [row] = await db.query<{ organization_id: string; owner_id: number }[]>(
        `SELECT organization_id, owner_id FROM projects WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({ organization_id: owner.organizationId, owner_id: owner.id });

      const byDeveloper = await as(developer).post(PROJECTS, { name: 'Dev side' }).expect(201);
      expect(byDeveloper.body).toMatchObject({ organization_id: owner.organizationId, owner_id: developer.id, description: null });
    });

    it('lists only the caller’s organizations’ projects, newest first, paginated', async () => {
      const viewer = await createUser(t);
      const names = ['p1', 'p2', 'p3', 'p4', 'p5'];
      for (const name of names) await as(viewer).post(PROJECTS, { name }).expect(201);
      await as(outsider).post(PROJECTS, { name: 'not yours' }).expect(201);

      const all = (await as(viewer).get(`${PROJECTS}?limit=100`).expect(200)).body as PageJson<ProjectJson>;
      expect(all).toMatchObject({ total: 5, skip: 0, limit: 100, next_cursor: null });
      expect(all.items.map((p) => p.name)).toEqual([...names].reverse());
      expect(all.items.every((p) => p.organization_id === viewer.organizationId)).toBe(true);

      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const page = (await as(viewer).get(`${PROJECTS}${query}`).expect(200)).body as PageJson<ProjectJson>;
        expect(page).toMatchObject({ total: 5, limit: 2 });
        walked.push(...page.items.map((p) => p.id));
        cursor = page.next_cursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(walked).toEqual(all.items.map((p) => p.id));

      const skipped = (await as(viewer).get(`${PROJECTS}?limit=2&skip=4`).expect(200)).body as PageJson<ProjectJson>;
      expect(skipped).toMatchObject({ total: 5, skip: 4, limit: 2, next_cursor: null });
      expect(skipped.items.map((p) => p.name)).toEqual(['p1']);
      expectProblem(await as(viewer).get(`${PROJECTS}?limit=101`), 422, 'VALIDATION_FAILED');
    });

    it('a member of two organizations sees the projects of both', async () => {
      const a = await createUser(t);
      const b = await createUser(t);
      const both = await addMember(t, a);
      await joinOrganization(t, both, b.organizationId, 'qa');
      const pa = await createProject(t, a, 'in A');
      const pb = await createProject(t, b, 'in B');
      const list = (await as(both).get(PROJECTS).expect(200)).body as PageJson<ProjectJson>;
      expect(list.items.map((p) => p.id).sort()).toEqual([pa, pb].sort());
    });

    it('GET, PATCH (description null clears it) and DELETE (204, then 404)', async () => {
      const created = (await as(owner).post(PROJECTS, { name: 'Gemini', description: 'two' }).expect(201)).body as ProjectJson;
      const path = `${PROJECTS}/${created.id}`;
      expect((await as(owner).get(path).expect(200)).body).toEqual(created);
      expect((await as(developer).get(path).expect(200)).body).toEqual(created);

      const renamed = await as(owner).patch(path, { name: ' Gemini II ' }).expect(200);
      expect(renamed.body).toEqual({ ...created, name: 'Gemini II' });
      const cleared = await as(owner).patch(path, { description: null }).expect(200);
      expect(cleared.body).toEqual({ ...created, name: 'Gemini II', description: null });
      const [row] = await db.query<{ description: string | null }[]>(`SELECT description FROM projects WHERE id = $1`, [created.id]);
      expect(row.description).toBeNull();
      const byManager = await as(manager).patch(path, { description: 'managed' }).expect(200);
      expect(byManager.body.description).toBe('managed');
      expect((await as(owner).patch(path, {}).expect(200)).body).toEqual(byManager.body);

      await as(owner).delete(path).expect(204);
      expectProblem(await as(owner).get(path), 404, 'PROJECT_NOT_FOUND');
      expectProblem(await as(owner).patch(path, { name: 'ghost' }), 404, 'PROJECT_NOT_FOUND');
      expectProblem(await as(owner).delete(path), 404, 'PROJECT_NOT_FOUND');
      const list = (await as(owner).get(`${PROJECTS}?limit=100`).expect(200)).body as PageJson<ProjectJson>;
      expect(list.items.map((p) => p.id)).not.toContain(created.id);
    });

    it('a developer member may read but PATCH and DELETE are 403 FORBIDDEN; nothing changes', async () => {
      const projectId = await createProject(t, owner, 'Guarded');
      const path = `${PROJECTS}/${projectId}`;
      await as(developer).get(path).expect(200);
      expectProblem(await as(developer).patch(path, { name: 'mine now' }), 403, 'FORBIDDEN');
      expectProblem(await as(developer).delete(path), 403, 'FORBIDDEN');
      const [row] = await db.query<{ name: string }[]>(`SELECT name FROM projects WHERE id = $1`, [projectId]);
      expect(row.name).toBe('Guarded');
    });

    it('an outsider gets 404 for every project route, like an unknown id', async () => {
      const projectId = await createProject(t, owner, 'Hidden');
      for (const id of [projectId, MISSING]) {
        const path = `${PROJECTS}/${id}`;
        expectProblem(await as(outsider).get(path), 404, 'PROJECT_NOT_FOUND');
        expectProblem(await as(outsider).patch(path, { name: 'x' }), 404, 'PROJECT_NOT_FOUND');
        expectProblem(await as(outsider).delete(path), 404, 'PROJECT_NOT_FOUND');
        expectProblem(await as(outsider).get(`${path}/epics`), 404, 'PROJECT_NOT_FOUND');
        expectProblem(await as(outsider).post(`${path}/epics`, { name: 'x' }), 404, 'PROJECT_NOT_FOUND');
      }
      const list = (await as(outsider).get(`${PROJECTS}?limit=100`).expect(200)).body as PageJson<ProjectJson>;
      expect(list.items.map((p) => p.id)).not.toContain(projectId);
    });

    it.each(['not-a-uuid', '123', `${MISSING}x`])('a malformed project id (%s) is a 422', async (id) => {
      const path = `${PROJECTS}/${id}`;
      expectProblem(await as(owner).get(path), 422, 'VALIDATION_FAILED');
      expectProblem(await as(owner).patch(path, { name: 'x' }), 422, 'VALIDATION_FAILED');
      expectProblem(await as(owner).delete(path), 422, 'VALIDATION_FAILED');
      expectProblem(await as(owner).get(`${path}/epics`), 422, 'VALIDATION_FAILED');
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a blank name', { name: '   ' }],
      ['a 201-character name', { name: 'x'.repeat(201) }],
      ['a missing name', { description: 'no name' }],
      ['a numeric name', { name: 42 }],
      ['an unknown field', { name: 'ok', organization_id: MISSING }],
    ])('create rejects %s with 422 and stores nothing', async (_, body) => {
      const before = await count('projects');
      const res = await as(owner).post(PROJECTS, body);
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.any(String) })]));
      expect(await count('projects')).toBe(before);
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a 201-character name', { name: 'x'.repeat(201) }],
      ['a null name', { name: null }],
      ['an unknown field', { owner_id: 1 }],
    ])('patch rejects %s with 422 and changes nothing', async (_, body) => {
      const projectId = await createProject(t, owner, 'Stable');
      expectProblem(await as(owner).patch(`${PROJECTS}/${projectId}`, body), 422, 'VALIDATION_FAILED');
      const [row] = await db.query<{ name: string; owner_id: number }[]>(`SELECT name, owner_id FROM projects WHERE id = $1`, [projectId]);
      expect(row).toEqual({ name: 'Stable', owner_id: owner.id });
    });
  });

  describe('epics and stories', () => {
    let projectId: string;
    beforeAll(async () => {
      projectId = await createProject(t, owner, 'Planned');
    });
    const epicsPath = () => `${PROJECTS}/${projectId}/epics`;
    const createEpic = async (user: TestUser, body: object): Promise<PlanItemJson> => {
      const res = await as(user).post(epicsPath(), body);
      expect(res.status).toBe(201);
      return res.body;
    };
    const createStory = async (user: TestUser, epicId: string, body: object): Promise<PlanItemJson> => {
      const res = await as(user).post(`/api/v1/epics/${epicId}/stories`, body);
      expect(res.status).toBe(201);
      return res.body;
    };

    it('creates, patches and deletes epics and stories', async () => {
      const epic = await createEpic(developer, { name: ' Launch ', description: 'go', order: 3 });
      expect(epic).toEqual({ id: expect.stringMatching(UUID), name: 'Launch', description: 'go', order: 3 });
      const defaults = await createEpic(owner, { name: 'Defaults' });
      expect(defaults).toEqual({ id: expect.stringMatching(UUID), name: 'Defaults', description: null, order: 0 });

      const story = await createStory(developer, epic.id, { name: 'Countdown', order: -2 });
      expect(story).toEqual({ id: expect.stringMatching(UUID), name: 'Countdown', description: null, order: -2 });
      const [storyRow] = await db.query<{ project_id: string; epic_id: string }[]>(
        `SELECT project_id, epic_id FROM stories WHERE id = $1`,
        [story.id],
      );
      expect(storyRow).toEqual({ project_id: projectId, epic_id: epic.id });

      const patchedEpic = await as(developer)
        .patch(`/api/v1/epics/${epic.id}`, { name: 'Liftoff', description: null, order: 1 })
        .expect(200);
      expect(patchedEpic.body).toEqual({ id: epic.id, name: 'Liftoff', description: null, order: 1 });
      const patchedStory = await as(developer).patch(`/api/v1/stories/${story.id}`, { description: 'T-10' }).expect(200);
      expect(patchedStory.body).toEqual({ ...story, description: 'T-10' });

      expectProblem(await as(developer).delete(`/api/v1/stories/${story.id}`), 403, 'FORBIDDEN');
      expectProblem(await as(developer).delete(`/api/v1/epics/${epic.id}`), 403, 'FORBIDDEN');
      expect(await db.query(`SELECT 1 FROM stories WHERE id = $1`, [story.id])).toHaveLength(1);

      await as(manager).delete(`/api/v1/stories/${story.id}`).expect(204);
      expectProblem(await as(owner).patch(`/api/v1/stories/${story.id}`, { name: 'gone' }), 404, 'STORY_NOT_FOUND');
      expectProblem(await as(owner).delete(`/api/v1/stories/${story.id}`), 404, 'STORY_NOT_FOUND');

      const second = await createStory(owner, epic.id, { name: 'Second' });
      await as(owner).delete(`/api/v1/epics/${epic.id}`).expect(204);
      expect(await db.query(`SELECT 1 FROM stories WHERE id = $1`, [second.id])).toHaveLength(0);
      expectProblem(await as(owner).patch(`/api/v1/epics/${epic.id}`, { name: 'gone' }), 404, 'EPIC_NOT_FOUND');
      expectProblem(await as(owner).post(`/api/v1/epics/${epic.id}/stories`, { name: 'orphan' }), 404, 'EPIC_NOT_FOUND');
      await as(owner).delete(`/api/v1/epics/${defaults.id}`).expect(204);
    });

    it('a malformed epic or story id is a 422', async () => {
      expectProblem(await as(owner).patch('/api/v1/epics/nope', { name: 'x' }), 422, 'VALIDATION_FAILED');
      expectProblem(await as(owner).delete('/api/v1/stories/nope'), 422, 'VALIDATION_FAILED');
      expectProblem(await as(owner).post('/api/v1/epics/nope/stories', { name: 'x' }), 422, 'VALIDATION_FAILED');
    });

    it('GET /projects/{id}/epics returns the whole tree ordered by order at every level', async () => {
      const tree = await createProject(t, owner, 'Tree');
      const path = `${PROJECTS}/${tree}/epics`;
      expect((await as(developer).get(path).expect(200)).body).toEqual([]);

      const e2 = (await as(owner).post(path, { name: 'E2', order: 2 }).expect(201)).body as PlanItemJson;
      const e0 = (await as(owner).post(path, { name: 'E0', description: 'first', order: 0 }).expect(201)).body as PlanItemJson;
      const e1 = (await as(owner).post(path, { name: 'E1', order: 1 }).expect(201)).body as PlanItemJson;
      const s01 = await createStory(owner, e0.id, { name: 'S0-1', order: 1 });
      const s00 = await createStory(owner, e0.id, { name: 'S0-0', order: 0 });
      const s20 = await createStory(owner, e2.id, { name: 'S2-0', description: 'only', order: 5 });

      const t2 = await createTask(tree, s00.id, 'T2', 2);
      const t0 = await createTask(tree, s00.id, 'T0', 0);
      const t1 = await createTask(tree, s00.id, 'T1', 1);
      const t9 = await createTask(tree, s20.id, 'T9', 9);
      // A task without a story is not part of the tree; neither is another project's.
      await createTasks(t, tree, [{ title: 'loose' }]);
      await db.query(`UPDATE tasks SET status = 'In Progress', assignee_id = $2, progress_percentage = 40 WHERE id = $1`, [
        t1,
        developer.id,
      ]);

      const task = (id: string, title: string, status = 'To Do', assignee: number | null = null, progress = 0) => ({
        id,
        title,
        status,
        assignee_id: assignee,
        progress_percentage: progress,
      });
      const res = await as(developer).get(path).expect(200);
      expect(res.body).toEqual([
        {
          ...e0,
          stories: [
            { ...s00, tasks: [task(t0, 'T0'), task(t1, 'T1', 'In Progress', developer.id, 40), task(t2, 'T2')] },
            { ...s01, tasks: [] },
          ],
        },
        { ...e1, stories: [] },
        { ...e2, stories: [{ ...s20, tasks: [task(t9, 'T9')] }] },
      ]);

      // Reordering through PATCH is reflected in the tree.
      await as(owner).patch(`/api/v1/epics/${e2.id}`, { order: -1 }).expect(200);
      const reordered = (await as(owner).get(path).expect(200)).body as PlanItemJson[];
      expect(reordered.map((e) => e.name)).toEqual(['E2', 'E0', 'E1']);

      // Deleting a story keeps its tasks in the project, outside the tree.
      await as(owner).delete(`/api/v1/stories/${s00.id}`).expect(204);
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM tasks WHERE id = ANY($1::uuid[]) AND story_id IS NULL`,
        [[t0, t1, t2]],
      );
      expect(n).toBe(3);
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a 201-character name', { name: 'x'.repeat(201) }],
      ['an unknown field', { name: 'ok', project_id: MISSING }],
      ['a string order', { name: 'ok', order: '1' }],
      ['a fractional order', { name: 'ok', order: 1.5 }],
    ])('epic and story creation reject %s with 422 and store nothing', async (_, body) => {
      const epic = await createEpic(owner, { name: 'Holder' });
      const [epics, stories] = [await count('epics'), await count('stories')];
      expectProblem(await as(owner).post(epicsPath(), body), 422, 'VALIDATION_FAILED');
      expectProblem(await as(owner).post(`/api/v1/epics/${epic.id}/stories`, body), 422, 'VALIDATION_FAILED');
      expect([await count('epics'), await count('stories')]).toEqual([epics, stories]);
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a 201-character name', { name: 'x'.repeat(201) }],
      ['a null name', { name: null }],
      ['a null order', { order: null }],
      ['an unknown field', { epic_id: MISSING }],
    ])('epic and story patches reject %s with 422 and change nothing', async (_, body) => {
      const epic = await createEpic(owner, { name: 'Keep' });
      const story = await createStory(owner, epic.id, { name: 'Keep too' });
      expectProblem(await as(owner).patch(`/api/v1/epics/${epic.id}`, body), 422, 'VALIDATION_FAILED');
      expectProblem(await as(owner).patch(`/api/v1/stories/${story.id}`, body), 422, 'VALIDATION_FAILED');
      const [e] = await db.query<{ name: string }[]>(`SELECT name FROM epics WHERE id = $1`, [epic.id]);
      const [s] = await db.query<{ name: string; epic_id: string }[]>(`SELECT name, epic_id FROM stories WHERE id = $1`, [story.id]);
      expect([e.name, s.name, s.epic_id]).toEqual(['Keep', 'Keep too', epic.id]);
    });
  });
});
