import { DataSource } from 'typeorm';
import { buildOpenApiDocument } from '../src/app.setup';
import { PROVIDER_PLAN_SCHEMA, SYSTEM_PROMPT } from '../src/modules/ai/testing';
import { ChatCompletionsServer } from './support/chat-completions-server';
import { makePlan } from './support/plans';
import { expectProblem } from './support/problem';
import { eventually } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

const DESCRIPTION = 'An online bookshop with a catalogue, a cart and payments';
const MODEL = 'atlas-planner-test';
const API_KEY = 'sk-test-ai-key-0123456789';
const TIMEOUT_MS = 2000;

interface TreeJson {
  id: string;
  name: string;
  description: string | null;
  order: number;
  stories: { id: string; name: string; order: number; tasks: { id: string; title: string; status: string }[] }[];
}

const TABLES = ['projects', 'epics', 'stories', 'tasks', 'outbox_events', 'notifications'] as const;
type Counts = Record<(typeof TABLES)[number], number>;

describe('AI planning (e2e, against a scripted chat-completions server)', () => {
  let provider: ChatCompletionsServer;
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let developer: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  /** More instances on the same database, open until the end: `@Transactional()` uses the newest one's host. */
  let unconfigured: TestApp;
  let limited: TestApp;
  let unreachable: TestApp;

  const counts = async (): Promise<Counts> => {
    const [row] = await db.query<Counts[]>(
      `SELECT ${TABLES.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`,
    );
    return row;
  };
  const post = (app: TestApp, user: TestUser, path: string, body: unknown) =>
    app.http.post(`/api/v1${path}`).set('Authorization', user.auth).send(body as object);
  const draft = (user: TestUser, description = DESCRIPTION, app = t) => post(app, user, '/ai/plan', { description });

  beforeAll(async () => {
    provider = await ChatCompletionsServer.start();
    t = await createTestApp({
      env: {
        AI_BASE_URL: provider.baseUrl,
        AI_MODEL: MODEL,
        AI_API_KEY: API_KEY,
        AI_TIMEOUT_MS: String(TIMEOUT_MS),
        AI_REQUESTS_PER_MINUTE: '1000',
      },
    });
    db = t.app.get(DataSource);
    owner = await createUser(t);
    developer = await createUser(t, { organizationId: owner.organizationId, role: 'developer' });
    manager = await createUser(t, { organizationId: owner.organizationId, role: 'manager' });
    outsider = await createUser(t);
    unconfigured = await createTestApp({ database: t.database });
    limited = await createTestApp({
      database: t.database,
      env: { AI_BASE_URL: provider.baseUrl, AI_MODEL: MODEL, AI_REQUESTS_PER_MINUTE: '3' },
    });
    const gone = await ChatCompletionsServer.start();
    const goneUrl = gone.baseUrl;
    await gone.close();
    unreachable = await createTestApp({ database: t.database, env: { AI_BASE_URL: goneUrl, AI_MODEL: MODEL } });
  });
  afterEach(() => {
    expect(provider.pending).toBe(0); // every scripted answer was asked for
    provider.reset();
  });
  afterAll(async () => {
    await unreachable?.close();
    await limited?.close();
    await unconfigured?.close();
    await t?.close();
    await provider?.close();
  });

  describe('POST /ai/plan (a draft)', () => {
    it('asks the provider for the plan schema with the configured model and key, and returns its plan unchanged', async () => {
      const plan = makePlan({ epics: 2, stories: 2, tasks: 3 });
      provider.play({ json: plan, model: 'atlas-planner-test-2025-06-01' });
      const before = await counts();

      const res = await draft(owner).expect(200);

      expect(res.body).toEqual({ plan, model: 'atlas-planner-test-2025-06-01' });
      expect(provider.received).toHaveLength(1);
      const [request] = provider.received;
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v1/chat/completions');
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(request.body.model).toBe(MODEL);
      expect(request.body.response_format).toEqual({
        type: 'json_schema',
        json_schema: { name: 'project_plan', schema: PROVIDER_PLAN_SCHEMA, strict: true },
      });
      const schema = request.body.response_format.json_schema.schema as {
        additionalProperties: boolean;
        required: string[];
        properties: { epics: { minItems: number; maxItems: number } };
      };
      expect(schema).toMatchObject({ additionalProperties: false, required: ['name', 'description', 'epics'] });
      expect(schema.properties.epics).toMatchObject({ minItems: 1, maxItems: 20 });
      expect(request.body.messages).toEqual([
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: DESCRIPTION },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('trims names like the create routes and accepts a fenced JSON answer', async () => {
      const plan = makePlan({ epics: 1, stories: 1, tasks: 1 });
      const padded = { ...plan, name: `  ${plan.name}  ` };
      provider.play({ content: `\`\`\`json\n${JSON.stringify(padded)}\n\`\`\`` });
      const res = await draft(owner).expect(200);
      expect(res.body.plan).toEqual(plan);
    });

    it('answers invalid JSON with one corrective retry that says what was wrong, then 502 AI_INVALID_OUTPUT', async () => {
      provider.play({ content: 'Here is your plan: {"name": "Bookshop",' }, { content: 'Sorry, {"name": ' });
      const before = await counts();

      const res = await draft(owner);

      expectProblem(res, 502, 'AI_INVALID_OUTPUT');
      expect(res.body.errors).toEqual([{ field: 'plan', message: expect.stringMatching(/^the answer is not valid JSON/) }]);
      expect(provider.received).toHaveLength(2);
      const retry = provider.received[1].body;
      expect(retry.model).toBe(MODEL);
      expect(retry.response_format.json_schema.schema).toEqual(PROVIDER_PLAN_SCHEMA);
      expect(retry.messages.slice(0, 3)).toEqual([
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: DESCRIPTION },
        { role: 'assistant', content: 'Here is your plan: {"name": "Bookshop",' },
      ]);
      expect(retry.messages[3].role).toBe('user');
      expect(retry.messages[3].content).toMatch(/^Your previous answer is not a valid plan:\n- plan: the answer is not valid JSON/);
      expect(retry.messages).toHaveLength(4);
      expect(await counts()).toEqual(before);
    });

    it('fixes a schema violation on the retry: the model is told the field and the rule', async () => {
      const plan = makePlan({ epics: 2, stories: 1, tasks: 2 });
      const broken = structuredClone(plan) as unknown as { epics: { stories: { tasks: Record<string, unknown>[] }[] }[] };
      delete broken.epics[1].stories[0].tasks[0].title;
      broken.epics[0].stories[0].tasks[1].story_points = 2.5;
      provider.play({ json: broken }, { json: plan });
      const before = await counts();

      const res = await draft(owner).expect(200);

      expect(await counts()).toEqual(before);
      expect(res.body.plan).toEqual(plan);
      expect(provider.received).toHaveLength(2);
      const correction = provider.received[1].body.messages[3].content;
      expect(correction).toContain('- plan.epics.1.stories.0.tasks.0.title: is required');
      expect(correction).toContain('- plan.epics.0.stories.0.tasks.1.story_points: must be integer');
      expect(provider.received[1].body.messages[2]).toEqual({ role: 'assistant', content: JSON.stringify(broken) });
    });

    it('gives up after two violations with 502 AI_INVALID_OUTPUT listing the second answer’s problems', async () => {
      const plan = makePlan({ epics: 1, stories: 1, tasks: 1 });
      provider.play({ json: { ...plan, epics: [] } }, { json: { ...plan, owner: 'me' } });
      const before = await counts();

      const res = await draft(owner);

      expectProblem(res, 502, 'AI_INVALID_OUTPUT');
      expect(res.body.errors).toEqual([{ field: 'plan.owner', message: 'is not an allowed property' }]);
      expect(provider.received[1].body.messages[3].content).toContain('- plan.epics: must NOT have fewer than 1 items');
      expect(provider.received).toHaveLength(2);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['21 epics', makePlan({ epics: 21, stories: 1, tasks: 1 }), 'plan.epics: must NOT have more than 20 items'],
      ['21 stories in an epic', makePlan({ epics: 1, stories: 21, tasks: 1 }), 'plan.epics.0.stories: must NOT have more than 20 items'],
      ['31 tasks in a story', makePlan({ epics: 1, stories: 1, tasks: 31 }), 'plan.epics.0.stories.0.tasks: must NOT have more than 30 items'],
    ])('refuses a plan over the limits (%s), after telling the model', async (_, plan, problem) => {
      provider.play({ json: plan }, { json: plan });
      const before = await counts();
      const res = await draft(owner);
      expectProblem(res, 502, 'AI_INVALID_OUTPUT');
      expect(provider.received[1].body.messages[3].content).toContain(`- ${problem}`);
      expect(await counts()).toEqual(before);
    });

    it('accepts a plan at the limits (20 epics, 20 stories, 30 tasks)', async () => {
      const plan = makePlan({ epics: 20, stories: 20, tasks: 30 });
      provider.play({ json: plan });
      const res = await draft(owner).expect(200);
      expect(res.body.plan.epics).toHaveLength(20);
      expect(res.body.plan.epics[19].stories[19].tasks).toHaveLength(30);
    });

    it('treats an answer cut off by the token limit as invalid and asks once more', async () => {
      const plan = makePlan({ epics: 1, stories: 1, tasks: 1 });
      provider.play({ content: '{"name": "Book', finishReason: 'length' }, { json: plan });
      await draft(owner).expect(200);
      expect(provider.received[1].body.messages[3].content).toContain('the answer was cut off');
    });

    it('aborts the call after AI_TIMEOUT_MS: 504 AI_TIMEOUT, no retry, nothing written', async () => {
      provider.play({ hang: true });
      const before = await counts();

      const res = await draft(owner);

      expectProblem(res, 504, 'AI_TIMEOUT');
      await eventually(() => provider.aborted === 1, 'the provider saw the request aborted');
      expect(provider.received).toHaveLength(1);
      expect(await counts()).toEqual(before);
    });

    it('answers a provider failure with 502 AI_PROVIDER_ERROR and keeps the provider’s text to itself', async () => {
      provider.play({ status: 500, body: JSON.stringify({ error: { message: 'shard 7 exploded at 10.0.0.3' } }) });
      const before = await counts();

      const res = await draft(owner);

      expectProblem(res, 502, 'AI_PROVIDER_ERROR');
      expect(JSON.stringify(res.body)).not.toContain('shard 7');
      expect(provider.received).toHaveLength(1);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['a 401', { status: 401, body: '{"error":{"message":"Incorrect API key"}}' }],
      ['an HTML page', { status: 200, body: '<html>not an API</html>', headers: { 'content-type': 'text/html' } }],
      ['JSON that is not a completion', { status: 200, body: '{"choices": []}' }],
      ['a refusal', { content: null, refusal: 'I cannot help with that' }],
    ])('answers %s from the provider with 502 AI_PROVIDER_ERROR', async (_, answer) => {
      provider.play(answer);
      const before = await counts();
      expectProblem(await draft(owner), 502, 'AI_PROVIDER_ERROR');
      expect(provider.received).toHaveLength(1);
      expect(await counts()).toEqual(before);
    });

    it('answers an unreachable provider with 502 AI_PROVIDER_ERROR', async () => {
      const before = await counts();
      expectProblem(await draft(owner, DESCRIPTION, unreachable), 502, 'AI_PROVIDER_ERROR');
      expect(await counts()).toEqual(before);
    });

    it('passes on the provider’s 429 as 503 AI_PROVIDER_RATE_LIMITED with its Retry-After', async () => {
      provider.play({ status: 429, headers: { 'retry-after': '17' }, body: '{"error":{"message":"slow down"}}' });
      const before = await counts();

      const res = await draft(owner);

      expectProblem(res, 503, 'AI_PROVIDER_RATE_LIMITED');
      expect(res.headers['retry-after']).toBe('17');
      expect(provider.received).toHaveLength(1);
      expect(await counts()).toEqual(before);
    });

    it('validates the description like any body and never calls the provider for a bad one', async () => {
      const res = await draft(owner, 'too short');
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'description', message: expect.any(String) }]);
      expectProblem(await post(t, owner, '/ai/plan', { description: DESCRIPTION, model: 'x' }), 422, 'VALIDATION_FAILED');
      expect(provider.received).toHaveLength(0);
    });

    it('needs a bearer token', async () => {
      expectProblem(await t.http.post('/api/v1/ai/plan').send({ description: DESCRIPTION }), 401, 'UNAUTHORIZED');
      expect(provider.received).toHaveLength(0);
    });
  });

  describe('POST /projects/{project_id}/plan/apply', () => {
    const apply = (user: TestUser, projectId: string, body: unknown) => post(t, user, `/projects/${projectId}/plan/apply`, body);
    const tree = async (user: TestUser, projectId: string): Promise<TreeJson[]> =>
      (await t.http.get(`/api/v1/projects/${projectId}/epics`).set('Authorization', user.auth).expect(200)).body;

    it('appends the plan after the existing epics in one go, through the create routes’ services', async () => {
      const projectId = await createProject(t, owner);
      await post(t, owner, `/projects/${projectId}/epics`, { name: 'Existing A', order: 0 }).expect(201);
      await post(t, owner, `/projects/${projectId}/epics`, { name: 'Existing B', order: 5 }).expect(201);
      const plan = makePlan({ epics: 3, stories: 2, tasks: 3 });

      const res = await apply(owner, projectId, { plan }).expect(201);

      expect(res.body).toEqual(await tree(owner, projectId));
      const epics = res.body as TreeJson[];
      expect(epics.map((e) => [e.name, e.order])).toEqual([
        ['Existing A', 0],
        ['Existing B', 5],
        ['Epic 1', 6],
        ['Epic 2', 7],
        ['Epic 3', 8],
      ]);
      expect(epics[3].stories.map((s) => [s.name, s.order])).toEqual([
        ['Story 2.1', 0],
        ['Story 2.2', 1],
      ]);
      expect(epics[3].stories[1].tasks.map((task) => [task.title, task.status])).toEqual([
        ['Task 2.2.1', 'To Do'],
        ['Task 2.2.2', 'To Do'],
        ['Task 2.2.3', 'To Do'],
      ]);
      expect(epics[2].description).toBe('Everything about part 1');

      const tasks = await db.query<
        { title: string; description: string | null; estimate_hours: number | null; story_points: number | null; risk_level: string; order: number }[]
      >(
        `SELECT title, description, estimate_hours::float8 AS estimate_hours, story_points, risk_level, "order" FROM tasks
          WHERE project_id = $1 AND title LIKE 'Task 1.1.%' ORDER BY "order"`,
        [projectId],
      );
      expect(tasks).toEqual([
        { title: 'Task 1.1.1', description: null, estimate_hours: 1.5, story_points: 1, risk_level: 'low', order: 0 },
        { title: 'Task 1.1.2', description: 'Do step 2', estimate_hours: null, story_points: 2, risk_level: 'low', order: 1 },
        { title: 'Task 1.1.3', description: 'Do step 3', estimate_hours: 4.5, story_points: null, risk_level: 'low', order: 2 },
      ]);
      // Every created task queued its task_updated event, as a task created by hand does.
      const [{ events }] = await db.query<{ events: number }[]>(
        `SELECT count(*)::int AS events FROM outbox_events
          WHERE room = $1 AND event = 'task_updated' AND payload->>'title' LIKE 'Task %'`,
        [`project:${projectId}`],
      );
      expect(events).toBe(3 * 2 * 3);
      expect(provider.received).toHaveLength(0);
    });

    it('lets the project owner, an organization owner or a manager apply; other members get 403, outsiders 404', async () => {
      const ownedByDeveloper = await createProject(t, developer, 'Developer’s own');
      const projectId = await createProject(t, owner);
      const plan = makePlan({ epics: 1, stories: 1, tasks: 1 });
      const before = await counts();

      expectProblem(await apply(developer, projectId, { plan }), 403, 'FORBIDDEN');
      expectProblem(await apply(outsider, projectId, { plan }), 404, 'PROJECT_NOT_FOUND');
      expect(await counts()).toEqual(before);

      await apply(manager, projectId, { plan }).expect(201);
      await apply(owner, projectId, { plan }).expect(201);
      await apply(developer, ownedByDeveloper, { plan }).expect(201);
      expect((await tree(owner, projectId)).map((e) => e.order)).toEqual([0, 1]);
    });

    it('validates the plan like any body: every bad field is named, nothing is written', async () => {
      const projectId = await createProject(t, owner);
      const plan = makePlan({ epics: 1, stories: 1, tasks: 2 }) as unknown as {
        name: string;
        epics: { name: string; stories: { tasks: Record<string, unknown>[] }[] }[];
      };
      plan.name = '   ';
      plan.epics[0].name = 'x'.repeat(201);
      plan.epics[0].stories[0].tasks[0].estimate_hours = -1;
      const before = await counts();

      const res = await apply(owner, projectId, { plan, extra: true });

      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'extra', message: 'is not an allowed property' },
          { field: 'plan.name', message: 'must NOT have fewer than 1 characters' },
          { field: 'plan.epics.0.name', message: 'must NOT have more than 200 characters' },
          { field: 'plan.epics.0.stories.0.tasks.0.estimate_hours', message: 'must be >= 0' },
        ]),
      );
      expect(res.body.errors).toHaveLength(4);
      // Text that can never be stored is refused at the boundary, before the plan's own validation, naming the field.
      plan.name = 'Plan';
      plan.epics[0].name = 'Epic';
      plan.epics[0].stories[0].tasks[0].estimate_hours = 1;
      plan.epics[0].stories[0].tasks[1].title = 'nul \u0000 inside';
      const nul = await apply(owner, projectId, { plan });
      expectProblem(nul, 422, 'VALIDATION_FAILED');
      expect(nul.body.errors).toEqual([expect.objectContaining({ field: 'plan.epics[0].stories[0].tasks[1].title' })]);
      expectProblem(await apply(owner, projectId, {}), 422, 'VALIDATION_FAILED');
      expectProblem(await apply(owner, projectId, [plan]), 422, 'VALIDATION_FAILED');
      expectProblem(await apply(owner, 'not-a-uuid', { plan }), 422, 'VALIDATION_FAILED');
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['21 epics', { epics: 21, stories: 1, tasks: 1 }, 'plan.epics'],
      ['21 stories in an epic', { epics: 1, stories: 21, tasks: 1 }, 'plan.epics.0.stories'],
      ['31 tasks in a story', { epics: 1, stories: 1, tasks: 31 }, 'plan.epics.0.stories.0.tasks'],
    ])('refuses a plan over the limits (%s) with 422', async (_, shape, field) => {
      const projectId = await createProject(t, owner);
      const before = await counts();
      const res = await apply(owner, projectId, { plan: makePlan(shape) });
      expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field, message: expect.stringMatching(/^must NOT have more than/) }]);
      expect(await counts()).toEqual(before);
    });

    it('is all or nothing: a failure at the 200th of 400 task inserts of a 20-epic plan leaves no row behind', async () => {
      const projectId = await createProject(t, owner);
      await post(t, owner, `/projects/${projectId}/epics`, { name: 'Existing' }).expect(201);
      const plan = makePlan({ epics: 20, stories: 4, tasks: 5 });
      await db.query(`
        CREATE FUNCTION fail_on_200th_plan_task() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (SELECT count(*) FROM tasks WHERE project_id = NEW.project_id) >= 199 THEN
            RAISE EXCEPTION 'injected failure at task %', NEW.title;
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER fail_on_200th_plan_task BEFORE INSERT ON tasks
          FOR EACH ROW EXECUTE FUNCTION fail_on_200th_plan_task();`);
      const before = await counts();
      try {
        const res = await apply(owner, projectId, { plan });
        expectProblem(res, 500, 'INTERNAL_ERROR');
        expect(JSON.stringify(res.body)).not.toContain('injected');
      } finally {
        await db.query('DROP TRIGGER fail_on_200th_plan_task ON tasks; DROP FUNCTION fail_on_200th_plan_task()');
      }
      expect(await counts()).toEqual(before);
      expect((await tree(owner, projectId)).map((e) => e.name)).toEqual(['Existing']);

      const res = await apply(owner, projectId, { plan }).expect(201);
      expect(res.body).toHaveLength(21);
      const after = await counts();
      expect(after.epics - before.epics).toBe(20);
      expect(after.stories - before.stories).toBe(80);
      expect(after.tasks - before.tasks).toBe(400);
    });

    it('serializes two applies to one project: each plan keeps its epics together and no order repeats', async () => {
      const projectId = await createProject(t, owner);
      const named = (prefix: string) => {
        const plan = makePlan({ epics: 4, stories: 2, tasks: 3 }, prefix);
        plan.epics.forEach((epic, i) => (epic.name = `${prefix} ${i + 1}`));
        return plan;
      };
      const [a, b] = await Promise.all([
        apply(owner, projectId, { plan: named('Alpha') }),
        apply(manager, projectId, { plan: named('Beta') }),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      const epics = (await tree(owner, projectId)).map((e) => [e.order, e.name]);
      const alpha = [1, 2, 3, 4].map((i) => `Alpha ${i}`);
      const beta = [1, 2, 3, 4].map((i) => `Beta ${i}`);
      expect([
        [...alpha, ...beta],
        [...beta, ...alpha],
      ]).toContainEqual(epics.map(([, epicName]) => epicName));
      expect(epics.map(([order]) => order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });
  });

  describe('POST /ai/discover', () => {
    it('drafts a plan and creates a new project from it in the caller’s organization', async () => {
      const plan = makePlan({ epics: 2, stories: 2, tasks: 2 }, 'Greenhouse');
      provider.play({ json: plan });
      const before = await counts();

      const res = await post(t, developer, '/ai/discover', { message: 'A greenhouse monitoring app with sensors' }).expect(201);

      expect(res.body.project).toMatchObject({
        name: 'Greenhouse',
        description: 'An online shop for greenhouse',
        organization_id: owner.organizationId,
        owner_id: developer.id,
      });
      expect(res.body.epics).toEqual(await (async () =>
        (await t.http.get(`/api/v1/projects/${res.body.project.id}/epics`).set('Authorization', developer.auth)).body)());
      expect(res.body.epics.map((e: TreeJson) => [e.name, e.order])).toEqual([
        ['Epic 1', 0],
        ['Epic 2', 1],
      ]);
      const after = await counts();
      expect(after.projects - before.projects).toBe(1);
      expect(after.tasks - before.tasks).toBe(8);
      expect(after.outbox_events - before.outbox_events).toBeGreaterThanOrEqual(8);
      expect(provider.received[0].body.messages[1]).toEqual({ role: 'user', content: 'A greenhouse monitoring app with sensors' });
    });

    it('creates nothing when the provider fails or the plan stays invalid', async () => {
      provider.play({ status: 500 }, { content: 'nope' }, { content: 'still nope' });
      const before = await counts();
      expectProblem(await post(t, owner, '/ai/discover', { message: DESCRIPTION }), 502, 'AI_PROVIDER_ERROR');
      expectProblem(await post(t, owner, '/ai/discover', { message: DESCRIPTION }), 502, 'AI_INVALID_OUTPUT');
      expect(await counts()).toEqual(before);
    });

    it('validates the message', async () => {
      expectProblem(await post(t, owner, '/ai/discover', { message: 'short' }), 422, 'VALIDATION_FAILED');
      expectProblem(await post(t, owner, '/ai/discover', {}), 422, 'VALIDATION_FAILED');
      expect(provider.received).toHaveLength(0);
    });
  });

  describe('without a provider', () => {
    it('answers 503 AI_NOT_CONFIGURED, never a made-up plan, and writes nothing', async () => {
      const before = await counts();
      const drafted = await draft(owner, DESCRIPTION, unconfigured);
      expectProblem(drafted, 503, 'AI_NOT_CONFIGURED');
      expect(drafted.body.plan).toBeUndefined();
      expectProblem(await post(unconfigured, owner, '/ai/discover', { message: DESCRIPTION }), 503, 'AI_NOT_CONFIGURED');
      expect(await counts()).toEqual(before);
      // Applying a plan the client already has needs no provider.
      const projectId = await createProject(t, owner);
      const plan = makePlan({ epics: 1, stories: 1, tasks: 1 });
      await post(unconfigured, owner, `/projects/${projectId}/plan/apply`, { plan }).expect(201);
      expect(provider.received).toHaveLength(0);
    });
  });

  describe('per-user rate limit', () => {
    it('allows AI_REQUESTS_PER_MINUTE planning requests a minute per user, then 429 with Retry-After', async () => {
      const plan = makePlan({ epics: 1, stories: 1, tasks: 1 });
      provider.play({ json: plan }, { json: plan }, { json: plan }, { json: plan });
      await draft(owner, DESCRIPTION, limited).expect(200);
      await draft(owner, DESCRIPTION, limited).expect(200);
      await post(limited, owner, '/ai/discover', { message: DESCRIPTION }).expect(201);
      const before = await counts();

      const refused = await draft(owner, DESCRIPTION, limited);
      expectProblem(refused, 429, 'TOO_MANY_REQUESTS');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      expectProblem(await post(limited, owner, '/ai/discover', { message: DESCRIPTION }), 429, 'TOO_MANY_REQUESTS');
      expect(provider.received).toHaveLength(3);
      expect(await counts()).toEqual(before);

      // Another user has a budget of their own.
      await draft(manager, DESCRIPTION, limited).expect(200);
      expect(provider.received).toHaveLength(4);
    });
  });

  it('documents the plan schema in OpenAPI for the draft response and the apply body', () => {
    const document = buildOpenApiDocument(t.app);
    const applyBody = document.paths['/api/v1/projects/{project_id}/plan/apply'].post?.requestBody as {
      content: Record<string, { schema: { properties: { plan: Record<string, unknown> } } }>;
    };
    const plan = applyBody.content['application/json'].schema.properties.plan;
    expect(plan).toMatchObject({ type: 'object', additionalProperties: false, required: ['name', 'description', 'epics'] });
    const draftSchema = document.components?.schemas?.PlanDraftDto as { properties: { plan: unknown } };
    expect(draftSchema.properties.plan).toEqual(plan);
    const responses = document.paths['/api/v1/ai/plan'].post?.responses ?? {};
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '429', '502', '503', '504']));
  });
});
