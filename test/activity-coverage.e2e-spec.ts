import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { buildOpenApiDocument } from '../src/app.setup';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

type Method = 'post' | 'patch' | 'delete';
const WRITE_METHODS: Method[] = ['post', 'patch', 'delete'];
/** A path about tasks or issues: a `tasks` or `issues` segment. */
const TASK_OR_ISSUE_PATH = /\/(tasks|issues)(\/|$)/;

/** Whose history a write must extend: a task's, an issue's, or the project's record of a deleted task. */
type Subject = { task: string } | { issue: number } | { deletedTask: string };

interface Case {
  run(): Promise<Response>;
  /** The subject, known before the call, or read from the response of a creation. */
  subject: Subject | ((res: Response) => Subject);
  /** The action the new rows must include. */
  action: string;
}

interface Fixture {
  owner: TestUser;
  dev: TestUser;
  projectId: string;
  task(): Promise<string>;
  issue(): Promise<number>;
}

async function plannedSprint(fx: Fixture, t: TestApp): Promise<string> {
  const res = await t.http
    .post(`/api/v1/projects/${fx.projectId}/sprints`)
    .set('Authorization', fx.dev.auth)
    .send({ name: 'Sprint', start_date: '2030-01-07', end_date: '2030-01-18' })
    .expect(201);
  return res.body.id as string;
}

/**
 * How to call each write route on tasks and issues as a member, and which history row it must add.
 * A route in openapi.json without a recipe here fails the test: a new write must say where its history goes.
 */
const RECIPES: Record<string, (fx: Fixture, t: TestApp) => Promise<Case>> = {
  'POST /api/v1/projects/{project_id}/tasks': async (fx, t) => ({
    run: () => t.http.post(`/api/v1/projects/${fx.projectId}/tasks`).set('Authorization', fx.dev.auth).send({ title: 'new' }),
    subject: (res) => ({ task: res.body.id }),
    action: 'created',
  }),
  'PATCH /api/v1/projects/tasks/{task_id}': async (fx, t) => {
    const id = await fx.task();
    return {
      run: () => t.http.patch(`/api/v1/projects/tasks/${id}`).set('Authorization', fx.dev.auth).send({ priority: 3 }),
      subject: { task: id },
      action: 'updated',
    };
  },
  'DELETE /api/v1/projects/tasks/{task_id}': async (fx, t) => {
    const id = await fx.task();
    return {
      run: () => t.http.delete(`/api/v1/projects/tasks/${id}`).set('Authorization', fx.owner.auth),
      subject: { deletedTask: id },
      action: 'deleted',
    };
  },
  'POST /api/v1/projects/tasks/{task_id}/start': async (fx, t) => {
    const id = await fx.task();
    return { run: () => t.http.post(`/api/v1/projects/tasks/${id}/start`).set('Authorization', fx.dev.auth), subject: { task: id }, action: 'status_changed' };
  },
  'POST /api/v1/projects/tasks/{task_id}/complete': async (fx, t) => {
    const id = await fx.task();
    return { run: () => t.http.post(`/api/v1/projects/tasks/${id}/complete`).set('Authorization', fx.dev.auth), subject: { task: id }, action: 'status_changed' };
  },
  'POST /api/v1/projects/tasks/bulk-assign': async (fx, t) => {
    const id = await fx.task();
    return {
      run: () => t.http.post('/api/v1/projects/tasks/bulk-assign').set('Authorization', fx.owner.auth).send({ task_ids: [id], assigned_to: fx.dev.id }),
      subject: { task: id },
      action: 'assigned',
    };
  },
  'POST /api/v1/projects/tasks/{task_id}/comments': async (fx, t) => {
    const id = await fx.task();
    return {
      run: () => t.http.post(`/api/v1/projects/tasks/${id}/comments`).set('Authorization', fx.dev.auth).send({ body: 'a word' }),
      subject: { task: id },
      action: 'commented',
    };
  },
  'POST /api/v1/projects/tasks/{task_id}/watch': async (fx, t) => {
    const id = await fx.task();
    return { run: () => t.http.post(`/api/v1/projects/tasks/${id}/watch`).set('Authorization', fx.dev.auth), subject: { task: id }, action: 'watched' };
  },
  'DELETE /api/v1/projects/tasks/{task_id}/watch': async (fx, t) => {
    const id = await fx.task(); // created by the owner, so the owner watches it
    return { run: () => t.http.delete(`/api/v1/projects/tasks/${id}/watch`).set('Authorization', fx.owner.auth), subject: { task: id }, action: 'unwatched' };
  },
  'POST /api/v1/sprints/{sprint_id}/tasks': async (fx, t) => {
    const id = await fx.task();
    const sprintId = await plannedSprint(fx, t);
    return {
      run: () => t.http.post(`/api/v1/sprints/${sprintId}/tasks`).set('Authorization', fx.dev.auth).send({ task_ids: [id] }),
      subject: { task: id },
      action: 'sprint_moved',
    };
  },
  'DELETE /api/v1/sprints/{sprint_id}/tasks/{task_id}': async (fx, t) => {
    const id = await fx.task();
    const sprintId = await plannedSprint(fx, t);
    await t.http.post(`/api/v1/sprints/${sprintId}/tasks`).set('Authorization', fx.dev.auth).send({ task_ids: [id] }).expect(200);
    return {
      run: () => t.http.delete(`/api/v1/sprints/${sprintId}/tasks/${id}`).set('Authorization', fx.dev.auth),
      subject: { task: id },
      action: 'sprint_moved',
    };
  },
  'POST /api/v1/issues': async (fx, t) => ({
    run: () => t.http.post('/api/v1/issues').set('Authorization', fx.dev.auth).send({ project_id: fx.projectId, title: 'i', description: 'd' }),
    subject: (res) => ({ issue: res.body.id }),
    action: 'created',
  }),
  'POST /api/v1/issues/{issue_id}/assign': async (fx, t) => {
    const id = await fx.issue();
    return {
      run: () => t.http.post(`/api/v1/issues/${id}/assign`).set('Authorization', fx.owner.auth).send({ assignee_id: fx.dev.id }),
      subject: { issue: id },
      action: 'assigned',
    };
  },
  'POST /api/v1/issues/{issue_id}/resolve': async (fx, t) => {
    const id = await fx.issue();
    return {
      run: () => t.http.post(`/api/v1/issues/${id}/resolve`).set('Authorization', fx.dev.auth).send({ resolution: 'fixed' }),
      subject: { issue: id },
      action: 'status_changed',
    };
  },
  'POST /api/v1/issues/{issue_id}/close': async (fx, t) => {
    const id = await fx.issue();
    await t.http.post(`/api/v1/issues/${id}/resolve`).set('Authorization', fx.dev.auth).send({ resolution: 'fixed' }).expect(200);
    return { run: () => t.http.post(`/api/v1/issues/${id}/close`).set('Authorization', fx.dev.auth), subject: { issue: id }, action: 'status_changed' };
  },
  'POST /api/v1/issues/{issue_id}/reopen': async (fx, t) => {
    const id = await fx.issue();
    await t.http.post(`/api/v1/issues/${id}/resolve`).set('Authorization', fx.dev.auth).send({ resolution: 'fixed' }).expect(200);
    return { run: () => t.http.post(`/api/v1/issues/${id}/reopen`).set('Authorization', fx.dev.auth), subject: { issue: id }, action: 'status_changed' };
  },
  'POST /api/v1/issues/{issue_id}/comments': async (fx, t) => {
    const id = await fx.issue();
    return {
      run: () => t.http.post(`/api/v1/issues/${id}/comments`).set('Authorization', fx.owner.auth).send({ body: 'looking' }),
      subject: { issue: id },
      action: 'commented',
    };
  },
  'POST /api/v1/issues/{issue_id}/watch': async (fx, t) => {
    const id = await fx.issue();
    return { run: () => t.http.post(`/api/v1/issues/${id}/watch`).set('Authorization', fx.owner.auth), subject: { issue: id }, action: 'watched' };
  },
  'DELETE /api/v1/issues/{issue_id}/watch': async (fx, t) => {
    const id = await fx.issue(); // reported by the developer, who watches it
    return { run: () => t.http.delete(`/api/v1/issues/${id}/watch`).set('Authorization', fx.dev.auth), subject: { issue: id }, action: 'unwatched' };
  },
};

function writeRoutes(doc: OpenAPIObject): string[] {
  return Object.entries(doc.paths)
    .filter(([path]) => TASK_OR_ISSUE_PATH.test(path))
    .flatMap(([path, item]) => WRITE_METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

describe('activity: every write of a task or an issue leaves a history row (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let fx: Fixture;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    const owner = await createUser(t);
    const dev = await createUser(t, { organizationId: owner.organizationId });
    const projectId = await createProject(t, owner);
    fx = {
      owner,
      dev,
      projectId,
      task: async () =>
        (await t.http.post(`/api/v1/projects/${projectId}/tasks`).set('Authorization', owner.auth).send({ title: 'subject' }).expect(201)).body.id,
      issue: async () =>
        (
          await t.http
            .post('/api/v1/issues')
            .set('Authorization', dev.auth)
            .send({ project_id: projectId, title: 'subject', description: 'd' })
            .expect(201)
        ).body.id,
    };
  });
  afterAll(async () => t.close());

  const historyOf = (subject: Subject) => {
    if ('task' in subject) return db.query<{ id: string; action: string }[]>('SELECT id, action FROM activities WHERE task_id = $1 ORDER BY id', [subject.task]);
    if ('issue' in subject) return db.query<{ id: string; action: string }[]>('SELECT id, action FROM activities WHERE issue_id = $1 ORDER BY id', [subject.issue]);
    return db.query<{ id: string; action: string }[]>(
      `SELECT id, action FROM activities WHERE project_id = $1 AND task_id IS NULL AND issue_id IS NULL AND old_value = $2 ORDER BY id`,
      [fx.projectId, subject.deletedTask],
    );
  };

  it('openapi.json lists the write routes the running application serves', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8')) as OpenAPIObject;
    expect(writeRoutes(committed)).toEqual(writeRoutes(buildOpenApiDocument(t.app)));
  });

  it('each POST, PATCH and DELETE under tasks and issues in openapi.json adds its history row', async () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8')) as OpenAPIObject;
    const routes = writeRoutes(committed);
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(RECIPES).length);
    const failures: string[] = [];
    for (const route of routes) {
      const recipe = RECIPES[route];
      if (!recipe) {
        failures.push(`${route}: no recipe; say how to call it and which history row it writes`);
        continue;
      }
      const testCase = await recipe(fx, t);
      const before = typeof testCase.subject === 'function' ? [] : await historyOf(testCase.subject);
      const res = await testCase.run();
      if (res.status >= 300) {
        failures.push(`${route}: answered ${res.status} ${res.body?.code ?? ''}`);
        continue;
      }
      const subject = typeof testCase.subject === 'function' ? testCase.subject(res) : testCase.subject;
      const added = (await historyOf(subject)).filter((row) => !before.some((b) => b.id === row.id));
      if (!added.some((row) => row.action === testCase.action)) {
        failures.push(`${route}: added ${JSON.stringify(added.map((r) => r.action))}, expected a '${testCase.action}' row`);
      }
    }
    expect(failures).toEqual([]);
  });

  describe('the history routes', () => {
    it('page a task’s history oldest first with actor usernames, by offset or cursor', async () => {
      const id = await fx.task();
      for (const priority of [1, 2, 3]) {
        await t.http.patch(`/api/v1/projects/tasks/${id}`).set('Authorization', fx.dev.auth).send({ priority }).expect(200);
      }
      const first = await t.http.get(`/api/v1/projects/tasks/${id}/activity?limit=2`).set('Authorization', fx.dev.auth).expect(200);
      expect(first.body).toMatchObject({ total: 4, skip: 0, limit: 2 });
      expect(first.body.items[0]).toEqual({
        id: expect.any(Number),
        actor_id: fx.owner.id,
        actor_username: fx.owner.username,
        action: 'created',
        field: null,
        old_value: null,
        new_value: null,
        reason: null,
        created_at: expect.stringMatching(/Z$/),
      });
      expect(first.body.items[1]).toMatchObject({ action: 'updated', field: 'priority', old_value: '0', new_value: '1', actor_username: fx.dev.username });
      const rest = await t.http
        .get(`/api/v1/projects/tasks/${id}/activity?limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`)
        .set('Authorization', fx.dev.auth)
        .expect(200);
      expect(rest.body.items.map((a: { new_value: string }) => a.new_value)).toEqual(['2', '3']);
      expect(rest.body.next_cursor).toBeNull();
      const offset = await t.http.get(`/api/v1/projects/tasks/${id}/activity?skip=3`).set('Authorization', fx.dev.auth).expect(200);
      expect(offset.body.items.map((a: { new_value: string }) => a.new_value)).toEqual(['3']);
    });

    it('page an issue’s history', async () => {
      const id = await fx.issue();
      await t.http.post(`/api/v1/issues/${id}/resolve`).set('Authorization', fx.owner.auth).send({ resolution: 'done' }).expect(200);
      const res = await t.http.get(`/api/v1/issues/${id}/activity`).set('Authorization', fx.owner.auth).expect(200);
      expect(res.body.items.map((a: { action: string; field: string | null }) => [a.action, a.field])).toEqual([
        ['created', null],
        ['status_changed', 'status'],
        ['updated', 'resolution'],
      ]);
    });

    it('answer an outsider exactly like an unknown id (404), a malformed id 422, a cursor of another task 422', async () => {
      const outsider = await createUser(t);
      const task = await fx.task();
      const issue = await fx.issue();
      expectProblem(await t.http.get(`/api/v1/projects/tasks/${task}/activity`).set('Authorization', outsider.auth), 404, 'TASK_NOT_FOUND');
      expectProblem(
        await t.http.get('/api/v1/projects/tasks/00000000-0000-4000-8000-000000000000/activity').set('Authorization', fx.dev.auth),
        404,
        'TASK_NOT_FOUND',
      );
      expectProblem(await t.http.get(`/api/v1/issues/${issue}/activity`).set('Authorization', outsider.auth), 404, 'ISSUE_NOT_FOUND');
      expectProblem(await t.http.get('/api/v1/issues/abc/activity').set('Authorization', fx.dev.auth), 422, 'VALIDATION_FAILED');

      const other = await fx.task();
      for (const priority of [1, 2]) {
        await t.http.patch(`/api/v1/projects/tasks/${other}`).set('Authorization', fx.dev.auth).send({ priority }).expect(200);
      }
      const page = await t.http.get(`/api/v1/projects/tasks/${other}/activity?limit=1`).set('Authorization', fx.dev.auth).expect(200);
      expectProblem(
        await t.http.get(`/api/v1/projects/tasks/${task}/activity?cursor=${encodeURIComponent(page.body.next_cursor)}`).set('Authorization', fx.dev.auth),
        422,
        'INVALID_CURSOR',
      );
    });
  });
});
