import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client, Pool, PoolClient } from 'pg';
import { AccessTokenService } from '../src/common/auth';
import { Rooms } from '../src/common/realtime';
import { RISK_SCORE_SQL, riskLevelSql } from '../src/modules/tasks';
import { shareTable, summarizeProfile } from './cpu-profile';
import { loadAverage, median } from './load';
import { accessToken, ensureBuild, RESULTS_DIR, startAtlas } from './request-path.bench';
import { RunningServer } from './servers';
import { StatementTrace, statementKind } from './statement-trace';
import { bootApp, createBenchDatabase, machineInfo, percentile, writeLatestRun } from './support';

const CLIENTS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BACKLOG = 60_000;
const TRACED_COMPLETIONS = 3;
/** BENCH_PROFILE=1: Atlas runs under `node --cpu-prof`; the summary of its busy time goes to bench/results/profile-complete.md. */
const PROFILE = process.env.BENCH_PROFILE === '1';
const PROFILE_DIR = join(RESULTS_DIR, 'profile-complete');

interface Completion {
  ms: number;
  next: string | null;
}

interface RunResult {
  completions: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  /** CPU time of the process doing the work (the server, or the bench process for raw pg) per completion. */
  cpuMs: number;
  errors: number;
}

interface Path {
  name: string;
  projectId: string;
  /** The task each member holds now (null once its chain ended). */
  current: Map<number, string | null>;
  claimed: string[];
  complete: (userId: number, taskId: string) => Promise<Completion>;
  cpuMs: () => Promise<number>;
  runs: RunResult[];
}

/** One project, `CLIENTS` members each holding one In Progress task, and a long To Do backlog. */
async function seedProject(client: Client, ownerId: number, organizationId: string, memberIds: number[], backlog: number) {
  const { rows: [{ id: projectId }] } = await client.query<{ id: string }>(
    `INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, 'bench') RETURNING id`,
    [organizationId, ownerId],
  );
  await client.query(
    `WITH e AS (INSERT INTO epics (project_id, name, "order") SELECT $1, 'epic ' || g, g FROM generate_series(1, 10) g RETURNING id, "order"),
          s AS (INSERT INTO stories (project_id, epic_id, name, "order") SELECT $1, e.id, 'story ' || g, g FROM e, generate_series(1, 10) g RETURNING id)
     INSERT INTO tasks (project_id, story_id, title, "order")
     SELECT $1, (SELECT id FROM s ORDER BY id OFFSET (g % 100) LIMIT 1), 'backlog ' || g, g FROM generate_series(1, $2::int) g`,
    [projectId, backlog],
  );
  const current = new Map<number, string | null>();
  for (const memberId of memberIds) {
    const { rows: [{ id }] } = await client.query<{ id: string }>(
      `INSERT INTO tasks (project_id, title, status, assignee_id) VALUES ($1, 'current', 'In Progress', $2) RETURNING id`,
      [projectId, memberId],
    );
    current.set(memberId, id);
  }
  return { projectId, current };
}

/** Each member completes its task, then the next one it was given, until time is up. */
async function drive(path: Path, workers: number[], seconds: number): Promise<RunResult> {
  const samples: number[] = [];
  let errors = 0;
  const cpuBefore = await path.cpuMs();
  const deadline = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    workers.map(async (userId) => {
      let taskId = path.current.get(userId) ?? null;
      while (taskId && Date.now() < deadline) {
        try {
          const result = await path.complete(userId, taskId);
          samples.push(result.ms);
          if (result.next) path.claimed.push(result.next);
          taskId = result.next;
        } catch (error) {
          process.stderr.write(`${path.name}: ${(error as Error).message}\n`);
          errors += 1;
          taskId = null;
        }
      }
      path.current.set(userId, taskId);
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuMs = ((await path.cpuMs()) - cpuBefore) / Math.max(1, samples.length);
  samples.sort((a, b) => a - b);
  return {
    completions: samples.length,
    seconds: elapsed,
    rate: samples.length / elapsed,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    cpuMs,
    errors,
  };
}

function httpCompleter(baseUrl: string, tokens: Map<number, string>) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  return (userId: number, taskId: string) =>
    new Promise<Completion>((resolve, reject) => {
      const start = process.hrtime.bigint();
      const req = request(
        `${baseUrl}/api/v1/projects/tasks/${taskId}/complete`,
        { method: 'POST', agent, headers: { authorization: `Bearer ${tokens.get(userId)}` } },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}: ${body}`));
            const parsed = JSON.parse(body) as { task: { next_task: { id: string } | null } };
            resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, next: parsed.task.next_task?.id ?? null });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
}

type TaskRow = Record<string, unknown> & { id: string; project_id: string; title: string; updated_at: Date; created_at: Date };

/** The task JSON of the contract, from a `tasks` row. */
function taskJson(row: TaskRow) {
  return {
    id: row.id,
    project_id: row.project_id,
    story_id: row.story_id,
    title: row.title,
    description: row.description,
    status: row.status,
    assignee_id: row.assignee_id,
    due_date: row.due_date ? (row.due_date as Date).toISOString() : null,
    estimate_hours: row.estimate_hours === null ? null : Number(row.estimate_hours),
    progress_percentage: row.progress_percentage,
    risk_level: row.risk_level,
    risk_score: row.risk_score,
    priority: row.priority,
    order: row.order,
    is_blocked: (row.open_blocker_count as number) > 0,
    sprint_id: row.sprint_id,
    story_points: row.story_points,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

const TASK_COLUMNS = (alias: string) =>
  ['id', 'project_id', 'story_id', 'title', 'description', 'status', 'assignee_id', 'due_date', 'estimate_hours', 'progress_percentage',
   'risk_level', 'risk_score', 'priority', '"order"', 'open_blocker_count', 'sprint_id', 'story_points', 'created_at', 'updated_at']
    .map((column) => `${alias}.${column}`)
    .join(', ');
const CLAIMABLE = `t.status = 'To Do' AND t.assignee_id IS NULL AND t.open_blocker_count = 0 AND t.id <> $1`;
const LABELS = (task: string) => `to_jsonb(ARRAY(SELECT label_id FROM task_labels WHERE task_id = ${task} ORDER BY label_id))`;

/**
 * The completed task becomes Done and, in the same statement, the next claimable task in board order
 * (walking the project's stories in order, one index probe each with SKIP LOCKED, then the tasks
 * without a story) becomes the caller's, In Progress, with its risk rescored.
 */
const RAW_COMPLETE_AND_CLAIM_SQL = `
  WITH RECURSIVE done AS (
    UPDATE tasks SET status = 'Done', progress_percentage = 100, assignee_id = coalesce(assignee_id, $3), risk_score = 0, risk_level = 'low', updated_at = now()
     WHERE id = $1 RETURNING *
  ), board AS (
    SELECT coalesce(array_agg(s.id ORDER BY e."order", e.created_at, e.id, s."order", s.created_at, s.id), '{}') AS ids
      FROM stories s JOIN epics e ON e.id = s.epic_id WHERE s.project_id = $2
  ), walk(i, task) AS (
    SELECT 0, NULL::tasks
    UNION ALL
    SELECT w.i + 1, CASE WHEN w.i < cardinality(b.ids)
      THEN (SELECT t FROM tasks t WHERE t.story_id = b.ids[w.i + 1] AND ${CLAIMABLE} ORDER BY t."order", t.created_at, t.id LIMIT 1 FOR UPDATE SKIP LOCKED)
      ELSE (SELECT t FROM tasks t WHERE t.project_id = $2 AND t.story_id IS NULL AND ${CLAIMABLE} ORDER BY t."order", t.created_at, t.id LIMIT 1 FOR UPDATE SKIP LOCKED)
      END
      FROM walk w, board b WHERE (w.task).id IS NULL AND w.i <= cardinality(b.ids)
  ), claimed AS (
    SELECT (w.task).* FROM walk w WHERE (w.task).id IS NOT NULL
  ), assigned AS (
    UPDATE tasks x SET status = 'In Progress', assignee_id = $3, risk_score = s.score, risk_level = ${riskLevelSql('s.score')}, updated_at = now()
      FROM (SELECT c.id, (${RISK_SCORE_SQL.replaceAll('$1', '$4')})::smallint AS score
              FROM claimed c CROSS JOIN LATERAL (SELECT 'In Progress'::task_status AS status, c.due_date, c.progress_percentage, c.estimate_hours, c.open_blocker_count) t) s
     WHERE x.id = s.id
    RETURNING x.*
  )
  SELECT 'done' AS part, ${TASK_COLUMNS('d')} FROM done d
  UNION ALL
  SELECT 'assigned', ${TASK_COLUMNS('a')} FROM assigned a`;

/** The new assignee starts watching the claimed task; the watchers of both tasks (for `status_changed`). */
const RAW_WATCH_SQL = `
  WITH added AS (
    INSERT INTO watchers (task_id, project_id, user_id) SELECT $1, $2, $3 WHERE $1::uuid IS NOT NULL
    ON CONFLICT (task_id, user_id) WHERE task_id IS NOT NULL DO NOTHING RETURNING task_id, user_id
  )
  SELECT task_id, array_agg(user_id ORDER BY user_id) AS user_ids
    FROM (SELECT task_id, user_id FROM watchers WHERE task_id = ANY($4::uuid[]) UNION SELECT task_id, user_id FROM added) w
   GROUP BY task_id`;

/** The `task_assigned` notification (unless switched off) and its outbox row, the recipient share-locked. */
const RAW_NOTIFY_SQL = `
  WITH recipient AS (SELECT id FROM users WHERE id = $1 FOR KEY SHARE),
  inserted AS (
    INSERT INTO notifications (user_id, type, title, message, link)
    SELECT r.id, 'task_assigned', 'Task assigned to you', $2, $3 FROM recipient r
     WHERE NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = r.id AND p.type = 'task_assigned' AND NOT p.enabled)
    RETURNING *
  )
  INSERT INTO outbox_events (room, event, payload)
  SELECT $4, 'notification', jsonb_build_object('id', n.id, 'type', n.type, 'title', n.title, 'message', n.message, 'link', n.link, 'read', n.read,
         'created_at', to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'read_at', NULL)
    FROM inserted n`;

/**
 * The same transaction written by hand with raw pg, statement for statement the shape of Atlas's: the
 * access check, the token's user (active, session version) and the lock in one statement, completion
 * and claim in one statement, the activity rows with the `task_updated` outbox rows in one statement,
 * the watchers, the notification with its outbox row.
 */
async function rawComplete(client: PoolClient, userId: number, taskId: string): Promise<string | null> {
  await client.query('BEGIN');
  const { rows: [task] } = await client.query<TaskRow & { role: string; organization_id: string; session_version: number | null }>(
    `SELECT p.organization_id, p.owner_id AS project_owner_id, o.owner_id AS organization_owner_id, m.role, ${TASK_COLUMNS('x')},
            (SELECT u.session_version FROM users u WHERE u.id = $1 AND u.is_active) AS session_version
       FROM tasks x JOIN projects p ON p.id = x.project_id JOIN organizations o ON o.id = p.organization_id
       JOIN organization_members m ON m.organization_id = p.organization_id AND m.user_id = $1
      WHERE x.id = $2 FOR UPDATE OF x`,
    [userId, taskId],
  );
  // The bench's tokens carry session version 0.
  if (task?.session_version === null || (task?.session_version ?? 0) > 0) throw new Error('inactive user or revoked session');
  if (!task || task.status === 'Done') throw new Error('not completable');
  const access = { project_id: task.project_id };
  const { rows: written } = await client.query<TaskRow & { part: string }>(RAW_COMPLETE_AND_CLAIM_SQL, [taskId, access.project_id, userId, new Date()]);
  const done = written.find((r) => r.part === 'done')!;
  const next = written.find((r) => r.part === 'assigned') ?? null;
  const reason = `auto-assigned after completing task ${taskId}`;
  const activity: unknown[][] = [
    [taskId, userId, 'status_changed', 'status', task.status, 'Done', null],
    [taskId, userId, 'updated', 'progress_percentage', String(task.progress_percentage), '100', null],
  ];
  if (next) {
    activity.push([next.id, userId, 'status_changed', 'status', 'To Do', 'In Progress', reason], [next.id, userId, 'assigned', 'assignee_id', null, String(userId), reason]);
  }
  const changed = next ? [done, next] : [done];
  // The activity rows and the task_updated outbox rows in one statement, as Atlas sends them.
  await client.query(
    `WITH a AS (
       INSERT INTO activities (task_id, project_id, actor_id, action, field, old_value, new_value, reason)
       SELECT task_id, $1, actor_id, action, field, old_value, new_value, reason
         FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
              AS a(task_id, actor_id, action, field, old_value, new_value, reason, n) ORDER BY n
     ), o AS (
       INSERT INTO outbox_events (room, event, payload)
       SELECT $9, 'task_updated', m.p || jsonb_build_object('label_ids', ${LABELS('m.id')})
         FROM unnest($10::jsonb[], $11::uuid[]) WITH ORDINALITY AS m(p, id, n) ORDER BY n
     )
     SELECT 1`,
    [
      access.project_id,
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => activity.map((row) => row[i])),
      Rooms.project(access.project_id),
      changed.map((row) => JSON.stringify(taskJson(row))),
      changed.map((row) => row.id),
    ],
  );
  const { rows: watching } = await client.query<{ task_id: string; user_ids: number[] }>(RAW_WATCH_SQL, [
    next?.id ?? null,
    access.project_id,
    userId,
    changed.map((row) => row.id),
  ]);
  if (watching.some((w) => w.user_ids.some((id) => id !== userId))) throw new Error('unexpected watchers in the bench project');
  if (next) {
    await client.query(RAW_NOTIFY_SQL, [userId, `You were assigned "${next.title}"`, `/api/v1/projects/tasks/${next.id}`, Rooms.user(userId)]);
  }
  await client.query('COMMIT');
  return next?.id ?? null;
}

function rawCompleter(pool: Pool) {
  return async (userId: number, taskId: string): Promise<Completion> => {
    const start = process.hrtime.bigint();
    const client = await pool.connect();
    try {
      const next = await rawComplete(client, userId, taskId);
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, next };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

async function duplicatesIn(client: Client, path: Path): Promise<number> {
  const inResponses = path.claimed.length - new Set(path.claimed).size;
  const { rows: [{ n }] } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT assignee_id FROM tasks WHERE project_id = $1 AND status = 'In Progress'
       GROUP BY assignee_id HAVING count(*) > 1) d`,
    [path.projectId],
  );
  return inResponses + n;
}

/** Rows each path wrote per completion: both must do the same work. */
async function writtenPerCompletion(client: Client, projectId: string, completions: number): Promise<string> {
  const { rows: [r] } = await client.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM activities WHERE project_id = $1)::int AS activities,
            (SELECT count(*) FROM outbox_events WHERE room = $2)::int AS task_events,
            (SELECT count(*) FROM notifications n JOIN tasks t ON n.link = '/api/v1/projects/tasks/' || t.id WHERE t.project_id = $1)::int AS notifications,
            (SELECT count(*) FROM outbox_events o JOIN tasks t ON o.payload->>'link' = '/api/v1/projects/tasks/' || t.id
              WHERE o.event = 'notification' AND t.project_id = $1)::int AS notification_events,
            (SELECT count(*) FROM watchers WHERE project_id = $1)::int AS watchers`,
    [projectId, Rooms.project(projectId)],
  );
  return Object.entries(r)
    .map(([name, n]) => `${name.replace('_', ' ')} ${(n / completions).toFixed(2)}`)
    .join(', ');
}

/** The statements one completion sends, traced in an app booted in this process and around the raw path. */
async function traceStatements(client: Client, databaseUrl: string, organizationId: string, memberIds: number[], pool: Pool) {
  const trace = new StatementTrace();
  const { app, url } = await bootApp(databaseUrl);
  try {
    const tokens = new Map([[memberIds[0], app.get(AccessTokenService).sign(memberIds[0])]]);
    const app_ = await seedProject(client, memberIds[0], organizationId, [memberIds[0]], 100);
    const raw = await seedProject(client, memberIds[0], organizationId, [memberIds[0]], 100);
    const http = httpCompleter(url, tokens);
    const rawPath = rawCompleter(pool);
    trace.install();
    const count = async (start: string, complete: (userId: number, taskId: string) => Promise<Completion>) => {
      let taskId = start;
      const counts: number[] = [];
      let last: string[] = [];
      for (let i = 0; i < TRACED_COMPLETIONS + 1; i++) {
        let result: Completion | undefined;
        const statements = await trace.record(async () => (result = await complete(memberIds[0], taskId)));
        taskId = result!.next!;
        if (i > 0) counts.push(statements.length);
        last = statements;
      }
      return { median: median(counts), statements: last };
    };
    const atlas = await count(app_.current.get(memberIds[0])!, http);
    const anchor = await count(raw.current.get(memberIds[0])!, rawPath);
    return { atlas, anchor };
  } finally {
    trace.uninstall();
    await app.close();
  }
}

/** Only the samples taken while the HTTP path was loaded (monotonic clock, as the profile's). */
async function writeProfileSummary(windows: { fromUs: number; toUs: number }[]): Promise<void> {
  const [file] = (await readdir(PROFILE_DIR)).filter((name) => name.endsWith('.cpuprofile'));
  const window = { fromUs: windows[0].fromUs, toUs: windows[windows.length - 1].toUs };
  const summary = summarizeProfile(JSON.parse(await readFile(join(PROFILE_DIR, file), 'utf8')), window);
  const text = [
    `POST /projects/tasks/{id}/complete under ${CLIENTS} clients: ${summary.busyMs.toFixed(0)} ms busy. Profile: ${join(PROFILE_DIR, file)}`,
    shareTable('self time by package', summary.packages),
    shareTable('time with the package on the stack', summary.inclusivePackages),
    shareTable('self time by function', summary.functions),
    shareTable('time with the function on the stack', summary.inclusiveFunctions),
  ].join('\n\n');
  await writeFile(join(RESULTS_DIR, 'profile-complete.md'), `${text}\n`);
}

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function row(path: Path, duplicates: number): string {
  const m = (pick: (r: RunResult) => number) => median(path.runs.map(pick));
  return `| ${path.name} | ${path.runs.reduce((n, r) => n + r.completions, 0)} | ${m((r) => r.rate).toFixed(0)} | ${path.runs.map((r) => r.rate.toFixed(0)).join(', ')} | ${m((r) => r.p50).toFixed(1)} | ${m((r) => r.p99).toFixed(1)} | ${m((r) => r.cpuMs).toFixed(2)} | ${duplicates} | ${path.runs.reduce((n, r) => n + r.errors, 0)} |`;
}

export async function runTasksBench(): Promise<void> {
  ensureBuild();
  await mkdir(RESULTS_DIR, { recursive: true });
  const database = await createBenchDatabase();
  const client = new Client({ connectionString: database.url });
  const pool = new Pool({ connectionString: database.url, max: 10 });
  let atlas: RunningServer | undefined;
  try {
    await client.connect();
    const { rows: users } = await client.query<{ id: number }>(
      `INSERT INTO users (username, email, password_hash)
       SELECT 'bench_' || g, 'bench_' || g || '@example.test', 'x' FROM generate_series(1, $1::int) g RETURNING id`,
      [CLIENTS],
    );
    const memberIds = users.map((u) => u.id);
    const { rows: [{ id: organizationId }] } = await client.query<{ id: string }>(
      `INSERT INTO organizations (name, owner_id) VALUES ('bench', $1) RETURNING id`,
      [memberIds[0]],
    );
    await client.query(
      `INSERT INTO organization_members (organization_id, user_id, role)
       SELECT $1, id, CASE WHEN id = $2 THEN 'owner' ELSE 'developer' END::organization_role FROM unnest($3::int[]) id`,
      [organizationId, memberIds[0], memberIds],
    );
    process.stderr.write('tracing the statements of one completion...\n');
    const traced = await traceStatements(client, database.url, organizationId, memberIds, pool);

    const rawProject = await seedProject(client, memberIds[0], organizationId, memberIds, BACKLOG);
    const httpProject = await seedProject(client, memberIds[0], organizationId, memberIds, BACKLOG);
    await client.query('VACUUM ANALYZE');

    const secret = randomBytes(48).toString('base64url');
    const atlasLog = join(RESULTS_DIR, 'tasks-atlas.log');
    await rm(atlasLog, { force: true });
    if (PROFILE) await rm(PROFILE_DIR, { recursive: true, force: true });
    atlas = await startAtlas({ databaseUrl: database.url, secret }, atlasLog, PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []);
    const server = atlas;
    const tokens = new Map(memberIds.map((id) => [id, accessToken(secret, id)]));
    const paths: Path[] = [
      {
        name: 'HTTP `POST /projects/tasks/{id}/complete`',
        ...httpProject,
        claimed: [],
        complete: httpCompleter(atlas.url, tokens),
        cpuMs: () => server.cpuMs(),
        runs: [],
      },
      {
        name: 'raw pg, same transaction',
        ...rawProject,
        claimed: [],
        complete: rawCompleter(pool),
        cpuMs: async () => {
          const usage = process.cpuUsage();
          return (usage.user + usage.system) / 1000;
        },
        runs: [],
      },
    ];
    const loadBefore = loadAverage();
    const profileWindows: { fromUs: number; toUs: number }[] = [];
    const nowUs = () => Number(process.hrtime.bigint() / 1000n);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const path of paths) {
        process.stderr.write(`round ${round}/${ROUNDS}: ${path.name}\n`);
        const fromUs = nowUs();
        path.runs.push(await drive(path, memberIds, SECONDS));
        if (path === paths[0]) profileWindows.push({ fromUs, toUs: nowUs() });
      }
    }
    const loadAfter = loadAverage();
    if (PROFILE) {
      await atlas.stop();
      await writeProfileSummary(profileWindows);
    }
    const [http, raw] = paths;
    const httpDuplicates = await duplicatesIn(client, http);
    const rawDuplicates = await duplicatesIn(client, raw);
    const ratio = median(http.runs.map((r, i) => r.rate / raw.runs[i].rate));
    const p99Ratio = median(http.runs.map((r, i) => r.p99 / raw.runs[i].p99));
    const total = (path: Path) => path.runs.reduce((n, r) => n + r.completions, 0);
    const written = [
      `Atlas: ${await writtenPerCompletion(client, http.projectId, total(http))}`,
      `raw pg: ${await writtenPerCompletion(client, raw.projectId, total(raw))}`,
    ];
    const kinds = (statements: string[]) => statements.map((s) => `\`${statementKind(s)}\``).join(', ');
    const text = `Machine: ${machineInfo()}; load average ${loadBefore} before, ${loadAfter} after (other work on the machine).
Command: \`npm run bench -- tasks\`. PostgreSQL 15 local; Atlas is \`node dist/src/main.js\` in its own process
(\`NODE_ENV=production\`, info logs to a file, pool of 10); raw pg runs in the bench process with a pool of 10.
${CLIENTS} members each complete their task, then the next one the response hands them, against a backlog of
${BACKLOG.toLocaleString('en')} To Do tasks in 10 epics × 10 stories per path; ${ROUNDS} rounds of ${SECONDS} s alternating
the paths. Raw pg runs the same transaction statement for statement: the access check with the account check (active,
session version) and the lock,
completion and claim (\`FOR UPDATE SKIP LOCKED\`, blocked tasks skipped) in one statement, activity rows with the
\`task_updated\` outbox rows (the task JSON), watchers, the notification with its outbox row. Rows written per completion:
${written.join('; ')}.

Statements per completion (round trips, traced on pg's client in an app booted in the bench process; median of
${TRACED_COMPLETIONS}): Atlas ${traced.atlas.median}, raw pg ${traced.anchor.median}. Atlas sent: ${kinds(traced.atlas.statements)}.

| path | completions | per second (median) | per second per round | p50 ms | p99 ms | CPU ms per completion | duplicates | errors |
|---|---|---|---|---|---|---|---|---|
${row(http, httpDuplicates)}
${row(raw, rawDuplicates)}

| goal | result | |
|---|---|---|
| HTTP ≥ 0.6 × raw | ${ratio.toFixed(2)}× | ${verdict(ratio >= 0.6)} |
| HTTP p99 ≤ 2 × raw's p99 | ${p99Ratio.toFixed(2)}× | ${verdict(p99Ratio <= 2)} |
| 0 duplicates | ${httpDuplicates} | ${verdict(httpDuplicates === 0)} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Task completion', text);
  } finally {
    await atlas?.stop();
    await pool.end();
    await client.end();
    await database.drop();
  }
}
