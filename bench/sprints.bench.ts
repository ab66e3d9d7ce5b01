import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { AccessTokenService } from '../src/common/auth';
import { bootApp, createBenchDatabase, Latency, machineInfo, measureLatency, writeLatestRun, TimedRequest } from './support';

const TASKS = 100_000;
const COMPLETED_SPRINTS = 49;
const TASKS_PER_SPRINT = 60;
const REQUESTS = 1000;
const GOALS = { burndown: 20, velocity: 20, plan: 50 };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * One project with 100,000 tasks in 10 epics × 10 stories, 49 completed two-week sprints of 60 tasks
 * each, one active sprint (started 6 days ago) and one planned, with the history rows the task write
 * path records (scope added the day before the start, completions spread over the sprint, some
 * re-estimates and reopened tasks), written set-based. The rest is the backlog: points 1..13 (10%
 * unestimated), 5% Done, 2% blocked.
 */
async function seed(client: Client) {
  const { rows: users } = await client.query<{ id: number }>(
    `INSERT INTO users (username, email, password_hash)
     SELECT 'bench_' || g, 'bench_' || g || '@example.test', 'x' FROM generate_series(1, 10) g RETURNING id`,
  );
  const ownerId = users[0].id;
  const { rows: [{ id: organizationId }] } = await client.query<{ id: string }>(
    `INSERT INTO organizations (name, owner_id) VALUES ('bench', $1) RETURNING id`,
    [ownerId],
  );
  await client.query(
    `INSERT INTO organization_members (organization_id, user_id, role)
     SELECT $1, id, CASE WHEN id = $2 THEN 'owner' ELSE 'developer' END::organization_role FROM unnest($3::int[]) id`,
    [organizationId, ownerId, users.map((u) => u.id)],
  );
  const { rows: [{ id: projectId }] } = await client.query<{ id: string }>(
    `INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, 'bench') RETURNING id`,
    [organizationId, ownerId],
  );
  await client.query(
    `WITH e AS (INSERT INTO epics (project_id, name, "order") SELECT $1, 'epic ' || g, g FROM generate_series(1, 10) g RETURNING id)
     INSERT INTO stories (project_id, epic_id, name, "order") SELECT $1, e.id, 'story ' || g, g FROM e, generate_series(1, 10) g`,
    [projectId],
  );
  // Sprint k (1..49) ran two weeks ending before the active one (k = 50) started; k = 51 is planned.
  await client.query(
    `INSERT INTO sprints (project_id, name, status, start_date, end_date, started_at, completed_at)
     SELECT $1, 'Sprint ' || k,
            (CASE WHEN k <= $2 THEN 'completed' WHEN k = $2 + 1 THEN 'active' ELSE 'planned' END)::sprint_status,
            $3::date - (($2 + 1 - k) * 14 + 6), $3::date - (($2 + 1 - k) * 14 + 6) + 13,
            CASE WHEN k <= $2 + 1 THEN ($3::date - (($2 + 1 - k) * 14 + 6))::timestamptz END,
            CASE WHEN k <= $2 THEN ($3::date - (($2 + 1 - k) * 14 + 6) + 13)::timestamptz + interval '17 hours' END
       FROM generate_series(1, $2 + 2) k`,
    [projectId, COMPLETED_SPRINTS, day(0)],
  );
  const { rows: sprints } = await client.query<{ id: string; name: string; status: string; start_date: string }>(
    `SELECT id, name, status, start_date::text FROM sprints WHERE project_id = $1 ORDER BY start_date`,
    [projectId],
  );
  const inSprints = sprints.filter((s) => s.status !== 'planned');
  // Sprint tasks: 60 per sprint, 80% Done in completed sprints and 40% in the active one.
  await client.query(
    `INSERT INTO tasks (project_id, story_id, title, "order", sprint_id, story_points, status, progress_percentage)
     SELECT $1, (SELECT id FROM stories WHERE project_id = $1 ORDER BY id OFFSET (g % 100) LIMIT 1), 'sprint task ' || g, g,
            s.id, 1 + (g * 7) % 8,
            (CASE WHEN (g % 10) < (CASE WHEN s.status = 'active' THEN 4 ELSE 8 END) THEN 'Done' ELSE 'In Progress' END)::task_status,
            CASE WHEN (g % 10) < (CASE WHEN s.status = 'active' THEN 4 ELSE 8 END) THEN 100 ELSE 50 END
       FROM unnest($2::uuid[], $3::text[]) AS s(id, status), generate_series(1, $4::int) g`,
    [projectId, inSprints.map((s) => s.id), inSprints.map((s) => s.status), TASKS_PER_SPRINT],
  );
  const backlog = TASKS - inSprints.length * TASKS_PER_SPRINT;
  await client.query(
    `INSERT INTO tasks (project_id, story_id, title, "order", story_points, status, open_blocker_count)
     SELECT $1, (SELECT id FROM stories WHERE project_id = $1 ORDER BY id OFFSET (g % 100) LIMIT 1), 'backlog ' || g, g,
            CASE WHEN g % 10 = 0 THEN NULL ELSE 1 + (g * 11) % 13 END,
            (CASE WHEN g % 20 = 1 THEN 'Done' ELSE 'To Do' END)::task_status,
            CASE WHEN g % 50 = 2 THEN 1 ELSE 0 END
       FROM generate_series(1, $2::int) g`,
    [projectId, backlog],
  );
  // History: scope added the day before the start; Done points on a day of the sprint (not after today);
  // every 10th task re-estimated (+1) on day 3; every 15th Done task reopened on day 2 and done again on day 4.
  await client.query(
    `INSERT INTO sprint_scope_changes (sprint_id, task_id, at, scope_delta, done_delta)
     SELECT t.sprint_id, t.id, s.start_date - interval '1 day' + interval '10 hours', t.story_points - CASE WHEN n % 10 = 0 THEN 1 ELSE 0 END, 0
       FROM tasks t JOIN sprints s ON s.id = t.sprint_id, LATERAL (SELECT abs(hashtext(t.id::text)) AS n) h
     UNION ALL
     SELECT t.sprint_id, t.id, s.start_date + interval '3 days' + interval '11 hours', 1, 0
       FROM tasks t JOIN sprints s ON s.id = t.sprint_id, LATERAL (SELECT abs(hashtext(t.id::text)) AS n) h WHERE n % 10 = 0
     UNION ALL
     SELECT t.sprint_id, t.id, least(s.start_date + (n % 13) * interval '1 day' + interval '15 hours', now()), 0, t.story_points
       FROM tasks t JOIN sprints s ON s.id = t.sprint_id, LATERAL (SELECT abs(hashtext(t.id::text)) AS n) h WHERE t.status = 'Done'
     UNION ALL
     SELECT t.sprint_id, t.id, s.start_date + interval '2 days' + interval '9 hours', 0, v.delta
       FROM tasks t JOIN sprints s ON s.id = t.sprint_id, LATERAL (SELECT abs(hashtext(t.id::text)) AS n) h,
            (VALUES (1), (-1)) AS v(delta)
      WHERE t.status = 'Done' AND n % 15 = 0`,
  );
  await client.query(
    `UPDATE sprints s SET committed_points = h.scope, completed_points = CASE WHEN s.status = 'completed' THEN h.done END
       FROM (SELECT sprint_id, sum(scope_delta) FILTER (WHERE at < sp.start_date) AS scope, sum(done_delta) AS done
               FROM sprint_scope_changes JOIN sprints sp ON sp.id = sprint_id GROUP BY sprint_id) h
      WHERE s.id = h.sprint_id`,
  );
  await client.query('VACUUM ANALYZE');
  const active = sprints.find((s) => s.status === 'active')!;
  const planned = sprints.find((s) => s.status === 'planned')!;
  const counts = (
    await client.query<{ tasks: number; history: number; backlog: number }>(
      `SELECT (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM sprint_scope_changes) AS history,
              (SELECT count(*)::int FROM tasks WHERE sprint_id IS NULL) AS backlog`,
    )
  ).rows[0];
  return { ownerId, projectId, activeId: active.id, plannedId: planned.id, ...counts };
}

async function databaseMs(client: Client, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await client.query<{ 'QUERY PLAN': { 'Execution Time': number }[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  return rows[0]['QUERY PLAN'][0]['Execution Time'];
}

export async function runSprintsBench(): Promise<void> {
  const database = await createBenchDatabase();
  const client = new Client({ connectionString: database.url });
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  try {
    await client.connect();
    process.stderr.write('seeding...\n');
    const seeded = await seed(client);
    // The plan measurements are writes of one user, more than the per-user write limit allows in a minute.
    const booted = await bootApp(database.url, [], { HTTP_WRITES_PER_MINUTE: '1000000' });
    app = booted.app;
    const headers = { authorization: `Bearer ${app.get(AccessTokenService).sign(seeded.ownerId)}` };
    const api = `${booted.url}/api/v1`;
    const measure = (path: string, options?: TimedRequest) => measureLatency(`${api}${path}`, headers, REQUESTS, 50, options);

    const plan = (body: object) => ({ method: 'POST', body });
    const velocity = await (await fetch(`${api}/projects/${seeded.projectId}/velocity`, { headers })).json() as { average_completed_points: number };
    const defaultPlan = await (await fetch(`${api}/sprints/${seeded.plannedId}/plan`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })).json() as { selected: unknown[] };
    process.stderr.write('anchor...\n');
    const anchor = await measure('/users/me');
    const results: [string, Latency, number][] = [];
    process.stderr.write('burndown...\n');
    results.push([`\`GET /sprints/{active}/burndown\` (7 days so far)`, await measure(`/sprints/${seeded.activeId}/burndown`), GOALS.burndown]);
    process.stderr.write('velocity...\n');
    results.push(['`GET /projects/{id}/velocity` (last 3)', await measure(`/projects/${seeded.projectId}/velocity`), GOALS.velocity]);
    results.push(['`GET /projects/{id}/velocity?last=20`', await measure(`/projects/${seeded.projectId}/velocity?last=20`), GOALS.velocity]);
    process.stderr.write('plan...\n');
    results.push([
      `\`POST /sprints/{planned}/plan {}\` (capacity = velocity ${velocity.average_completed_points}, ${defaultPlan.selected.length} tasks selected)`,
      await measure(`/sprints/${seeded.plannedId}/plan`, plan({})),
      GOALS.plan,
    ]);
    results.push(['`POST /sprints/{planned}/plan {capacity_points: 2000}`', await measure(`/sprints/${seeded.plannedId}/plan`, plan({ capacity_points: 2000 })), GOALS.plan]);
    results.push(['`GET /sprints/{active}/forecast`', await measure(`/sprints/${seeded.activeId}/forecast`), GOALS.burndown]);

    const burndownDb = await databaseMs(
      client,
      `SELECT to_char((at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, sum(scope_delta)::int, sum(done_delta)::int
         FROM sprint_scope_changes WHERE sprint_id = $1 GROUP BY 1 ORDER BY 1`,
      [seeded.activeId],
    );
    const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
    const row = ([name, latency, goal]: [string, Latency, number]) =>
      `| ${name} | ${latency.p50.toFixed(2)} | ${latency.p99.toFixed(2)} | ${(latency.p50 / anchor.p50).toFixed(1)}× | ≤ ${goal} | ${latency.p99 <= goal ? 'met' : '**missed**'} |`;
    await writeLatestRun(
      'Sprints',
      `Machine: ${machineInfo()}; \`uptime\` at the end: \`${load}\` (other work shared the two cores, so the tails are noisy).
PostgreSQL 15 and the app (\`NODE_ENV=production\`, pool of 10) on the same machine. Command: \`npm run bench -- sprints\`.
One project with ${seeded.tasks.toLocaleString('en')} tasks (${seeded.backlog.toLocaleString('en')} in the backlog: points 1..13, 10% unestimated,
5% Done, 2% blocked) in 10 epics × 10 stories, ${COMPLETED_SPRINTS} completed sprints of ${TASKS_PER_SPRINT} tasks, one active sprint
(day 7 of 14) and one planned; ${seeded.history.toLocaleString('en')} history rows (scope added, completions, re-estimates, reopened tasks).
${REQUESTS} sequential requests per row on one keep-alive connection after 50 warm-up requests. The burndown's history
query takes ${burndownDb.toFixed(3)} ms in PostgreSQL (EXPLAIN ANALYZE, \`ix_sprint_scope_changes_sprint\`). The anchor, measured
in the same run, is the cheapest authenticated request (\`GET /api/v1/users/me\`: token check, one user lookup):
p50 ${anchor.p50.toFixed(2)} ms, p99 ${anchor.p99.toFixed(2)} ms.

| request | p50 ms | p99 ms | p50 / anchor | goal p99 ms | |
|---|---|---|---|---|---|
${results.map(row).join('\n')}
`,
    );
    for (const [name, latency] of results) process.stderr.write(`${name}: p50 ${latency.p50.toFixed(2)} p99 ${latency.p99.toFixed(2)}\n`);
  } finally {
    await client.end();
    await app?.close();
    await database.drop();
  }
}
