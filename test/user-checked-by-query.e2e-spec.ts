import { Controller, Get, Module, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsInt, IsOptional, Max } from 'class-validator';
import { Type } from 'class-transformer';
import { DataSource } from 'typeorm';
import { CurrentPendingUser, PendingUser, UserCheckedByQuery } from '../src/common/auth';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

class ProbeQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Max(10)
  n?: number;
}

/** A route that marks its user check as done by its query but never runs it: a bug the app must refuse. */
@ApiExcludeController()
@Controller('probe-user-check')
class ForgetfulController {
  @Get()
  @UserCheckedByQuery()
  answer(@CurrentPendingUser() user: PendingUser, @Query() _query: ProbeQuery): { id: number } {
    return { id: user.id };
  }
}

@Module({ controllers: [ForgetfulController] })
class ForgetfulModule {}

const PAGE = '/api/v1/notifications';

describe('a route whose account check rides on its own statement (GET /notifications, task completion)', () => {
  let t: TestApp;
  let db: DataSource;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ForgetfulModule] });
    db = t.app.get(DataSource);
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    user = await createUser(t);
  });

  const page = (query = '') => t.http.get(`${PAGE}${query}`).set('Authorization', user.auth);

  it('a deactivated account is refused at once, and served again once reactivated', async () => {
    await page().expect(200);
    await db.query('UPDATE users SET is_active = false WHERE id = $1', [user.id]);
    const refused = await page();
    expectProblem(refused, 401, 'UNAUTHORIZED');
    expect(refused.body.detail).toMatch(/inactive/);
    await db.query('UPDATE users SET is_active = true WHERE id = $1', [user.id]);
    await page().expect(200);
  });

  it('a token issued before the sessions were revoked is refused at once', async () => {
    await db.query('UPDATE users SET session_version = session_version + 1 WHERE id = $1', [user.id]);
    const refused = await page();
    expectProblem(refused, 401, 'UNAUTHORIZED');
    expect(refused.body.detail).toMatch(/revoked/);
  });

  it('a refused account gets its 401 even when the request is also invalid (the check runs before the 422)', async () => {
    expectProblem(await page('?limit=500'), 422, 'VALIDATION_FAILED');
    expectProblem(await page('?cursor=garbage'), 422, 'INVALID_CURSOR');
    await db.query('UPDATE users SET session_version = session_version + 1 WHERE id = $1', [user.id]);
    for (const query of ['?limit=500', '?cursor=garbage', '?skip=1&cursor=x']) {
      const refused = await page(query);
      expectProblem(refused, 401, 'UNAUTHORIZED');
      expect(refused.body.detail).toMatch(/revoked/);
    }
  });

  it('a missing or invalid token is a 401 before anything runs', async () => {
    expectProblem(await t.http.get(PAGE), 401, 'UNAUTHORIZED');
    expectProblem(await t.http.get(PAGE).set('Authorization', 'Bearer nope'), 401, 'UNAUTHORIZED');
  });

  describe('POST /projects/tasks/{id}/complete', () => {
    const task = async (projectId: string, status = 'In Progress') => {
      const [{ id }] = await db.query(`INSERT INTO tasks (project_id, title, status, assignee_id) VALUES ($1, 'check', $2, $3) RETURNING id`, [
        projectId,
        status,
        status === 'To Do' ? null : user.id,
      ]);
      return id as string;
    };
    const complete = (taskId: string, key?: string) => {
      const req = t.http.post(`/api/v1/projects/tasks/${taskId}/complete`).set('Authorization', user.auth);
      return key ? req.set('Idempotency-Key', key) : req;
    };
    const state = async (taskId: string) =>
      (await db.query(`SELECT status, (SELECT count(*)::int FROM activities WHERE task_id = $1) AS history FROM tasks WHERE id = $1`, [taskId]))[0];

    it('a deactivated or revoked account is refused with a 401 and nothing is written; a current one completes', async () => {
      const projectId = await createProject(t, user);
      const [first, second] = [await task(projectId), await task(projectId)];
      await db.query('UPDATE users SET is_active = false WHERE id = $1', [user.id]);
      expectProblem(await complete(first), 401, 'UNAUTHORIZED');
      expect(await state(first)).toEqual({ status: 'In Progress', history: 0 });
      await db.query('UPDATE users SET is_active = true, session_version = session_version + 1 WHERE id = $1', [user.id]);
      const revoked = await complete(first);
      expectProblem(revoked, 401, 'UNAUTHORIZED');
      expect(revoked.body.detail).toMatch(/revoked/);
      expect(await state(first)).toEqual({ status: 'In Progress', history: 0 });
      await db.query('UPDATE users SET session_version = session_version - 1 WHERE id = $1', [user.id]);
      await complete(second).expect(200);
      expect(await state(second)).toMatchObject({ status: 'Done' });
    });

    it('a task the caller cannot see is a 404 for a current account and a 401 for a refused one', async () => {
      const stranger = await createUser(t);
      const theirs = await task(await createProject(t, stranger));
      expectProblem(await complete(theirs), 404, 'TASK_NOT_FOUND');
      await db.query('UPDATE users SET is_active = false WHERE id = $1', [user.id]);
      expectProblem(await complete(theirs), 401, 'UNAUTHORIZED');
      expectProblem(await complete('00000000-0000-4000-8000-000000000000'), 401, 'UNAUTHORIZED');
    });

    it('a stored response is not replayed for a session revoked since', async () => {
      const projectId = await createProject(t, user);
      const taskId = await task(projectId);
      const first = await complete(taskId, 'complete-once').expect(200);
      const replay = await complete(taskId, 'complete-once').expect(200);
      expect(replay.headers['idempotency-replay']).toBe('true');
      expect(replay.body).toEqual(first.body);
      await db.query('UPDATE users SET session_version = session_version + 1 WHERE id = $1', [user.id]);
      expectProblem(await complete(taskId, 'complete-once'), 401, 'UNAUTHORIZED');
    });
  });

  it('a route that answers without running its check is refused with a 500, and a refused account still gets its 401', async () => {
    const probe = (query = '') => t.http.get(`/api/v1/probe-user-check${query}`).set('Authorization', user.auth);
    expectProblem(await probe(), 500, 'INTERNAL_ERROR');
    expectProblem(await probe('?n=99'), 422, 'VALIDATION_FAILED');
    await db.query('UPDATE users SET is_active = false WHERE id = $1', [user.id]);
    expectProblem(await probe(), 401, 'UNAUTHORIZED');
    expectProblem(await probe('?n=99'), 401, 'UNAUTHORIZED');
  });
});
