import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { ChatCompletionsServer } from './support/chat-completions-server';
import { makePlan } from './support/plans';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/users';

const REDIS_URL = process.env.REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;
if (!REDIS_URL) process.stderr.write('ai-rate-limit-redis.e2e-spec: skipped, REDIS_URL is not set (two instances need a shared Redis)\n');

describeWithRedis('AI planning rate limit across two instances sharing Redis', () => {
  const prefix = `atlas-test-${randomBytes(6).toString('hex')}`;
  let provider: ChatCompletionsServer;
  let a: TestApp;
  let b: TestApp;
  let user: TestUser;
  let colleague: TestUser;

  beforeAll(async () => {
    provider = await ChatCompletionsServer.start();
    const env = {
      REDIS_URL: REDIS_URL!,
      REALTIME_KEY_PREFIX: prefix,
      AI_BASE_URL: provider.baseUrl,
      AI_MODEL: 'atlas-planner-test',
      AI_REQUESTS_PER_MINUTE: '4',
    };
    a = await createTestApp({ env });
    b = await createTestApp({ database: a.database, env });
    user = await createUser(a);
    colleague = await createUser(a, { organizationId: user.organizationId });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await provider?.close();
    const redis = new Redis(REDIS_URL!);
    const keys = await redis.keys(`*${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const draft = (app: TestApp, who: TestUser) =>
    app.http.post('/api/v1/ai/plan').set('Authorization', who.auth).send({ description: 'A shared shopping list for families' });

  it('counts one budget per user over both instances, also under parallel requests', async () => {
    const plan = makePlan({ epics: 1, stories: 1, tasks: 1 });
    provider.play(...Array.from({ length: 5 }, () => ({ json: plan })));

    const results = await Promise.all([draft(a, user), draft(b, user), draft(a, user), draft(b, user), draft(a, user), draft(b, user)]);

    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    for (const refused of results.filter((r) => r.status === 429)) {
      expectProblem(refused, 429, 'TOO_MANY_REQUESTS');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    expectProblem(await draft(b, user), 429, 'TOO_MANY_REQUESTS');
    expect(provider.received).toHaveLength(4);

    await draft(b, colleague).expect(200);
    expect(provider.received).toHaveLength(5);
  });
});
