import { request as httpRequest } from 'node:http';
import { Controller, Module, Post, RequestMethod, Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { IdempotencyExempt } from '../src/common/idempotency/idempotency-key';
import { IdempotencyRetention } from '../src/common/idempotency/idempotency-retention';
import { settledDatabaseState } from './support/database-state';
import { expectProblem } from './support/problem';
import { eventually } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

describe('Idempotency-Key on POST', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let projectId: string;
  let keyCounter = 0;
  const newKey = () => `key-${Date.now()}-${++keyCounter}`;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    projectId = await createProject(t, owner);
  });
  afterAll(async () => t.close());

  async function task(title: string, status = 'To Do', assignee: number | null = null): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO tasks (project_id, title, status, assignee_id, "order") VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [projectId, title, status, assignee, ++keyCounter],
    );
    return id;
  }

  const settledState = () => settledDatabaseState(db);

  function post(path: string, key: string | undefined, body?: object, user = owner) {
    const req = t.http.post(path).set('Authorization', user.auth);
    if (key !== undefined) req.set('Idempotency-Key', key);
    return body ? req.send(body) : req;
  }

  /** Sends the request and drops the response as soon as its status line arrives: the client never sees the body. */
  function postAndDropResponse(path: string, key: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${t.url}${path}`, {
        method: 'POST',
        agent: false,
        headers: { authorization: owner.auth, 'idempotency-key': key, 'content-length': 0 },
      });
      req.on('response', (res) => {
        res.destroy();
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('every POST route of the app goes through the idempotency interceptor, and no other route has an interceptor', () => {
    const scanner = new MetadataScanner();
    const routes: { route: string; interceptors: number }[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        const prototype = (metatype as Type).prototype as Record<string, object>;
        for (const name of scanner.getAllMethodNames(prototype)) {
          const method = Reflect.getMetadata(METHOD_METADATA, prototype[name]) as RequestMethod | undefined;
          if (method === undefined) continue;
          const interceptors = (Reflect.getMetadata(INTERCEPTORS_METADATA, prototype[name]) as unknown[] | undefined) ?? [];
          routes.push({ route: `${RequestMethod[method]} ${metatype!.name}.${name}`, interceptors: interceptors.length });
        }
      }
    }
    const posts = routes.filter((r) => r.route.startsWith('POST '));
    expect(posts.length).toBeGreaterThan(40);
    expect(posts.filter((r) => r.interceptors !== 1)).toEqual([]);
    expect(routes.filter((r) => !r.route.startsWith('POST ') && r.interceptors !== 0)).toEqual([]);
  });

  it('a completion whose response was lost, retried with the same key, gets the stored response and changes nothing', async () => {
    const current = await task('current', 'In Progress', owner.id);
    const next = await task('next in line');
    const key = newKey();
    const path = `/api/v1/projects/tasks/${current}/complete`;

    expect(await postAndDropResponse(path, key)).toBe(200);
    const afterFirst = await settledState();

    const retry = await post(path, key);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotency-replay']).toBe('true');
    expect(retry.body.task).toMatchObject({ id: current, status: 'Done', next_task: { id: next, title: 'next in line' } });
    expect(await settledState()).toEqual(afterFirst);

    // Without the key, the same retry is the 409 the client used to get, and the claim stays the first one's.
    expectProblem(await post(path, undefined), 409, 'TASK_ALREADY_DONE');
    const [claimed] = await db.query(`SELECT status, assignee_id FROM tasks WHERE id = $1`, [next]);
    expect(claimed).toEqual({ status: 'In Progress', assignee_id: owner.id });
  });

  it('a create retried with the same key creates once and answers the same body byte for byte', async () => {
    const key = newKey();
    const body = { title: 'created once', description: 'd', priority: 2 };
    const first = await post(`/api/v1/projects/${projectId}/tasks`, key, body).expect(201);
    const second = await post(`/api/v1/projects/${projectId}/tasks`, key, { priority: 2, description: 'd', title: 'created once' });
    expect(second.status).toBe(201);
    expect(second.headers['idempotency-replay']).toBe('true');
    expect(first.headers['idempotency-replay']).toBeUndefined();
    expect(second.text).toBe(first.text);
    const rows = await db.query(`SELECT id FROM tasks WHERE project_id = $1 AND title = 'created once'`, [projectId]);
    expect(rows).toEqual([{ id: first.body.id }]);
  });

  it('the same key with another body or another route is a 422, and changes nothing', async () => {
    const key = newKey();
    await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'first body' }).expect(201);
    const before = await settledState();
    const otherBody = await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'second body' });
    expectProblem(otherBody, 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(otherBody.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    expectProblem(await post(`/api/v1/projects/${projectId}/epics`, key, { name: 'epic' }), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await settledState()).toEqual(before);
  });

  it('keys are per user: another user may use the same key', async () => {
    const other = await createUser(t);
    const otherProject = await createProject(t, other);
    const key = newKey();
    await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'mine' }).expect(201);
    const theirs = await post(`/api/v1/projects/${otherProject}/tasks`, key, { title: 'theirs' }, other).expect(201);
    expect(theirs.headers['idempotency-replay']).toBeUndefined();
  });

  it('a retry while the first request still runs is a 409 with Retry-After: 1; afterwards it replays', async () => {
    const current = await task('held', 'In Progress', owner.id);
    const key = newKey();
    const path = `/api/v1/projects/tasks/${current}/complete`;
    const blocker = new Client({ connectionString: t.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE', [current]);
      const first = post(path, key).then((res) => res);
      // The first request has claimed its key and waits on the row lock.
      await eventually(
        async () =>
          (
            await blocker.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
            )
          ).rowCount === 1,
        'the first completion waits on the row lock',
      );
      const concurrent = await post(path, key);
      expectProblem(concurrent, 409, 'IDEMPOTENCY_IN_PROGRESS');
      expect(concurrent.headers['retry-after']).toBe('1');
      await blocker.query('COMMIT');
      const done = await first;
      expect(done.status).toBe(200);
      const replay = await post(path, key);
      expect(replay.status).toBe(200);
      expect(replay.headers['idempotency-replay']).toBe('true');
      expect(replay.body).toEqual(done.body);
    } finally {
      await blocker.end();
    }
  });

  it('a failed request stores nothing: the retry runs again', async () => {
    const done = await task('already done', 'Done', owner.id);
    const key = newKey();
    const path = `/api/v1/projects/tasks/${done}/complete`;
    expectProblem(await post(path, key), 409, 'TASK_ALREADY_DONE');
    expect(await db.query(`SELECT 1 FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [owner.id, key])).toEqual([]);
    await db.query(`UPDATE tasks SET status = 'In Progress' WHERE id = $1`, [done]);
    const retried = await post(path, key);
    expect(retried.status).toBe(200);
    expect(retried.headers['idempotency-replay']).toBeUndefined();
  });

  it('the stored response is written in the transaction of the change: when storing fails, the change rolls back', async () => {
    const current = await task('must stay in progress', 'In Progress', owner.id);
    await db.query(`CREATE FUNCTION refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await db.query(`CREATE TRIGGER refuse_key BEFORE INSERT ON idempotency_keys FOR EACH ROW EXECUTE FUNCTION refuse_key()`);
    try {
      const before = await settledState();
      const res = await post(`/api/v1/projects/tasks/${current}/complete`, newKey());
      expect(res.status).toBe(500);
      expect(await settledState()).toEqual(before);
    } finally {
      await db.query(`DROP TRIGGER refuse_key ON idempotency_keys`);
      await db.query(`DROP FUNCTION refuse_key()`);
    }
  });

  it.each([
    ['empty', ''],
    ['a space', 'has space'],
    ['256 characters', 'k'.repeat(256)],
    ['non-ASCII', 'clé'],
  ])('a key that is %s is a 422 naming the header, and nothing runs', async (_name, key) => {
    const before = await settledState();
    const res = await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'never created' });
    expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    expect(await settledState()).toEqual(before);
  });

  it('a key of 255 visible ASCII characters is accepted', async () => {
    const key = `${'!~'.repeat(127)}Z`;
    await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'long key' }).expect(201);
    expect((await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'long key' })).headers['idempotency-replay']).toBe('true');
  });

  it('responses are kept for the retention window: an expired key runs again and the sweep deletes it', async () => {
    const key = newKey();
    const first = await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'expiring' }).expect(201);
    await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE user_id = $1 AND key = $2`, [owner.id, key]);
    const fresh = newKey();
    await post(`/api/v1/projects/${projectId}/tasks`, fresh, { title: 'fresh' }).expect(201);

    const rerun = await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'expiring' }).expect(201);
    expect(rerun.body.id).not.toBe(first.body.id);
    await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE user_id = $1 AND key = $2`, [owner.id, key]);

    const retention = t.app.get(IdempotencyRetention);
    // The sweep at boot may hold the lock for a moment; ours then returns null.
    await eventually(async () => (await retention.sweep()) !== null, 'a sweep of ours ran');
    const left: { key: string }[] = await db.query(`SELECT key FROM idempotency_keys WHERE key = ANY($1)`, [[key, fresh]]);
    expect(left).toEqual([{ key: fresh }]);
  });

  it('one sweep at a time across instances: while another holds the lock, a sweep deletes nothing', async () => {
    const key = newKey();
    await post(`/api/v1/projects/${projectId}/tasks`, key, { title: 'old' }).expect(201);
    await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const other = new Client({ connectionString: t.database.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('atlas:idempotency-retention'))`);
      expect(await t.app.get(IdempotencyRetention).sweep()).toBeNull();
      expect(await db.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key])).toHaveLength(1);
    } finally {
      await other.query('COMMIT');
      await other.end();
    }
  });

  it('public routes and other methods ignore the header', async () => {
    const key = newKey();
    await t.http.patch(`/api/v1/projects/${projectId}`).set('Authorization', owner.auth).set('Idempotency-Key', key).send({ name: 'renamed' }).expect(200);
    await t.http.post('/api/v1/auth/login').set('Idempotency-Key', 'not checked here').send({ email: 'nobody@example.test', password: 'wrong-password' }).expect(401);
    expect(await db.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key])).toEqual([]);
  });
});

/** A route whose response carries credentials, like a fresh token pair: it must never be stored. */
@ApiExcludeController()
@Controller('_exempt')
class ExemptController {
  private issued = 0;

  @Post()
  @IdempotencyExempt()
  issue(): { secret: number } {
    return { secret: ++this.issued };
  }
}

@Module({ controllers: [ExemptController] })
class ExemptModule {}

describe('Idempotency-Key on a route marked @IdempotencyExempt()', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ExemptModule] });
  });
  afterAll(async () => t.close());

  it('is ignored: the response is not stored and a retry runs again', async () => {
    const user = await createUser(t);
    const first = await t.http.post('/api/v1/_exempt').set('Authorization', user.auth).set('Idempotency-Key', 'same').expect(201);
    const second = await t.http.post('/api/v1/_exempt').set('Authorization', user.auth).set('Idempotency-Key', 'same').expect(201);
    expect([first.body.secret, second.body.secret]).toEqual([1, 2]);
    expect(second.headers['idempotency-replay']).toBeUndefined();
    expect(await t.app.get(DataSource).query(`SELECT 1 FROM idempotency_keys WHERE user_id = $1`, [user.id])).toEqual([]);
  });
});
