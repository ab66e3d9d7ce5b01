import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { databaseState, settledDatabaseState } from './support/database-state';
import { hostileOfType, hostileQuery, poisonedBody } from './support/hostile-input';
import { describeOperation, Operation, operations, urlFor } from './support/openapi';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

/** Runs per operation and property; FUZZ_RUNS raises it for a longer search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const WITH_BODY = operations().filter((op) => op.body);
const WITH_QUERY = operations().filter((op) => op.parameters.some((p) => p.in === 'query'));

interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
}

/**
 * Property-based tests over every request body schema and query of the OpenAPI document: generated
 * hostile strings, numbers and shapes are answered 4xx problem+json (never 5xx), and a request that
 * can never be accepted stores nothing.
 */
describe('hostile input generated from the OpenAPI document (fast-check)', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  /** Path parameters filled with real resources, so that requests get past the access checks. */
  let ids: Record<string, string | number>;
  let channelId: number;
  let notificationId: number;

  beforeAll(async () => {
    t = await createTestApp({ env: { HTTP_WRITES_PER_MINUTE: '1000000' } });
    db = t.app.get(DataSource);
    owner = await createUser(t);
    const member = await createUser(t, { organizationId: owner.organizationId });
    const projectId = await createProject(t, owner);
    const [{ id: epicId }] = await db.query(`INSERT INTO epics (project_id, name) VALUES ($1, 'E') RETURNING id`, [projectId]);
    const [{ id: storyId }] = await db.query(`INSERT INTO stories (project_id, epic_id, name) VALUES ($1, $2, 'S') RETURNING id`, [projectId, epicId]);
    const [{ id: taskId }] = await db.query(`INSERT INTO tasks (project_id, story_id, title) VALUES ($1, $2, 'T') RETURNING id`, [projectId, storyId]);
    const [{ id: issueId }] = await db.query(
      `INSERT INTO issues (project_id, title, description, reporter_id) VALUES ($1, 'I', 'D', $2) RETURNING id`,
      [projectId, owner.id],
    );
    [{ id: channelId }] = await db.query(
      `INSERT INTO chat_channels (organization_id, name, channel_type, created_by_id) VALUES ($1, 'c', 'public', $2) RETURNING id`,
      [owner.organizationId, owner.id],
    );
    await db.query(`INSERT INTO chat_channel_members (channel_id, user_id) VALUES ($1, $2)`, [channelId, owner.id]);
    [{ id: notificationId }] = await db.query(
      `INSERT INTO notifications (user_id, type, title, message) VALUES ($1, 'mention', 'n', 'm') RETURNING id`,
      [owner.id],
    );
    ids = { project_id: projectId, epic_id: epicId, story_id: storyId, task_id: taskId, issue_id: issueId, user_id: member.id };
  });
  afterAll(async () => t?.close());

  function url(op: Operation): string {
    const id = op.path.includes('/notifications/') ? notificationId : channelId;
    return urlFor(op, { ...ids, id });
  }

  async function send(op: Operation, path: string, body?: unknown): Promise<Answer> {
    const res = await fetch(`${t.url}${path}`, {
      method: op.method.toUpperCase(),
      headers: { authorization: owner.auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: kept as text for the failure message.
    }
    return { status: res.status, contentType: res.headers.get('content-type'), body: parsed };
  }

  /** Every answer of 400 and above is a problem+json body, and none is a 5xx. */
  function expectNoServerError(answer: Answer, input: unknown): void {
    if (answer.status >= 500 || (answer.status >= 400 && !answer.contentType?.startsWith('application/problem+json'))) {
      throw new Error(`${answer.status} ${answer.contentType} ${JSON.stringify(answer.body)} for ${JSON.stringify(input)?.slice(0, 500)}`);
    }
  }

  describe.each(WITH_BODY.map((op) => [describeOperation(op), op] as const))('%s', (_name, op) => {
    it('a body that can never be accepted is a 4xx problem and stores nothing', async () => {
      const before = await settledDatabaseState(db);
      await fc.assert(
        fc.asyncProperty(poisonedBody(op.body!), async (body) => {
          const answer = await send(op, url(op), body);
          expectNoServerError(answer, body);
          if (answer.status < 400) throw new Error(`${answer.status} accepted ${JSON.stringify(body).slice(0, 500)}`);
        }),
        { numRuns: RUNS },
      );
      expect(await databaseState(db)).toEqual(before);
    });

    it('hostile values of the right types (edges, strange text, odd dates) never cause a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(hostileOfType(op.body!), async (body) => expectNoServerError(await send(op, url(op), body), body)),
        { numRuns: RUNS },
      );
    });
  });

  describe.each(WITH_QUERY.map((op) => [describeOperation(op), op] as const))('%s', (_name, op) => {
    it('hostile query strings never cause a 5xx; text that can never be stored is a 422', async () => {
      const names = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      await fc.assert(
        fc.asyncProperty(hostileQuery(names), async (query) => {
          const answer = await send(op, `${url(op)}?${query}`, op.method === 'get' ? undefined : {});
          expectNoServerError(answer, query);
          if (/%00|%ED%A0%80|%FF|%C0%80/.test(query) && answer.status !== 422) {
            throw new Error(`${answer.status} for unstorable query ${query}`);
          }
        }),
        { numRuns: RUNS },
      );
    });
  });
});
