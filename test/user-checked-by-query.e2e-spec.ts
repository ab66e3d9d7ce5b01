import { Controller, Get, Module, Query } from '@nestjs/common';
import { IsInt, IsOptional, Max } from 'class-validator';
import { Type } from 'class-transformer';
import { DataSource } from 'typeorm';
import { CurrentPendingUser, PendingUser, UserCheckedByQuery } from '../src/common/auth';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/users';

class ProbeQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Max(10)
  n?: number;
}

/** A route that marks its user check as done by its query but never runs it: a bug the app must refuse. */
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

describe('the account check of GET /notifications rides on the page query', () => {
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

  it('a route that answers without running its check is refused with a 500, and a refused account still gets its 401', async () => {
    const probe = (query = '') => t.http.get(`/api/v1/probe-user-check${query}`).set('Authorization', user.auth);
    expectProblem(await probe(), 500, 'INTERNAL_ERROR');
    expectProblem(await probe('?n=99'), 422, 'VALIDATION_FAILED');
    await db.query('UPDATE users SET is_active = false WHERE id = $1', [user.id]);
    expectProblem(await probe(), 401, 'UNAUTHORIZED');
    expectProblem(await probe('?n=99'), 401, 'UNAUTHORIZED');
  });
});
