import { Agent, request } from 'node:http';
import { Client, Pool, PoolClient } from 'pg';
import { AccessTokenService } from '../src/common/auth';
import { Rooms } from '../src/common/realtime';
import { writeLatestRun, bootApp, createBenchDatabase, machineInfo, percentile, utcDate } from './support';

const CLIENTS = 32;
const DURATION_MS = 15_000;
const BACKLOG = 60_000;

interface Completion {
  ms: number;
  next: string | null;
}

interface RunResult {
  completions: number;
  seconds: number;
  p50: number;
  p99: number;
  claimed: string[];
  errors: number;
}


/** One project, `CLIENTS` members each holding one In Progress task, and a long To Do backlog. */
async function seedProject(client: Client, ownerId: number, organizationId: string, memberIds: number[]) {
  const { rows: [{ id: projectId }] } = await client.query<{ id: string }>(
    `INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, 'bench') RETURNING id`,
    [organizationId, ownerId],
  );
  await client.query(
    `WITH e AS (INSERT INTO epics (project_id, name, "order") SELECT $1, 'epic ' || g, g FROM generate_series(1, 10) g RETURNING id, "order"),
          s AS (INSERT INTO stories (project_id, epic_id, name, "order") SELECT $1, e.id, 'story ' || g, g FROM e, generate_series(1, 10) g RETURNING id)
     INSERT INTO tasks (project_id, story_id, title, "order")
     SELECT $1, (SELECT id FROM s ORDER BY id OFFSET (g % 100) LIMIT 1), 'backlog ' || g, g FROM generate_series(1, $2::int) g`,
    [projectId, BACKLOG],
  );
  const current = new Map<number, string>();
  for (const memberId of memberIds) {
    const { rows: [{ id }] } = await client.query<{ id: string }>(
      `INSERT INTO tasks (project_id, title, status, assignee_id) VALUES ($1, 'current', 'In Progress', $2) RETURNING id`,
      [projectId, memberId],
    );
    current.set(memberId, id);
  }
  await client.query('VACUUM ANALYZE tasks');
  return { projectId, current };
}

/** Each worker completes its task, then the next one it was given, until time is up. */
async function drive(workers: number[], current: Map<number, string>, complete: (userId: number, taskId: string) => Promise<Completion>): Promise<RunResult> {
  const samples: number[] = [];
  const claimed: string[] = [];
  let errors = 0;
  const deadline = Date.now() + DURATION_MS;
  const started = process.hrtime.bigint();
  await Promise.all(
    workers.map(async (userId) => {
      let taskId: string | null = current.get(userId)!;
      while (taskId && Date.now() < deadline) {
        try {
          const result = await complete(userId, taskId);
          samples.push(result.ms);
          if (result.next) claimed.push(result.next);
          taskId = result.next;
        } catch {
          errors += 1;
          taskId = null;
        }
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort((a, b) => a - b);
  return { completions: samples.length, seconds, p50: percentile(samples, 50), p99: percentile(samples, 99), claimed, errors };
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

/** The claim as hand-written statements: the stories with claimable tasks in board order, then one probe per story. */
async function rawClaim(client: PoolClient, projectId: string, exceptId: string): Promise<{ id: string; title: string } | undefined> {
  const { rows: stories } = await client.query<{ id: string }>(
    `SELECT s.id FROM stories s JOIN epics e ON e.id = s.epic_id
      WHERE s.project_id = $1
        AND EXISTS (SELECT 1 FROM tasks t WHERE t.story_id = s.id AND t.status = 'To Do' AND t.assignee_id IS NULL)
      ORDER BY e."order", e.created_at, e.id, s."order", s.created_at, s.id`,
    [projectId],
  );
  const probe = (where: string, param: string) =>
    client.query<{ id: string; title: string }>(
      `SELECT id, title FROM tasks WHERE ${where} AND status = 'To Do' AND assignee_id IS NULL AND id <> $2
        ORDER BY "order", created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [param, exceptId],
    );
  for (const story of stories) {
    const { rows: [claimed] } = await probe('story_id = $1', story.id);
    if (claimed) return claimed;
  }
  return (await probe('project_id = $1 AND story_id IS NULL', projectId)).rows[0];
}

/** The same transaction written by hand with raw pg: the floor the HTTP path is compared with. */
function rawCompleter(pool: Pool) {
  return async (userId: number, taskId: string): Promise<Completion> => {
    const start = process.hrtime.bigint();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: [task] } = await client.query<{ project_id: string; status: string }>(
        'SELECT project_id, status FROM tasks WHERE id = $1 FOR UPDATE',
        [taskId],
      );
      if (!task || task.status === 'Done') throw new Error('not completable');
      await client.query(`UPDATE tasks SET status = 'Done', progress_percentage = 100, updated_at = now() WHERE id = $1`, [taskId]);
      await client.query(
        `INSERT INTO activities (task_id, project_id, actor_id, action, field, old_value, new_value)
         VALUES ($1, $2, $3, 'status_changed', 'status', 'In Progress', 'Done'), ($1, $2, $3, 'updated', 'progress_percentage', '0', '100')`,
        [taskId, task.project_id, userId],
      );
      await client.query(`INSERT INTO outbox_events (room, event, payload) VALUES ($1, 'task_updated', $2)`, [Rooms.project(task.project_id), JSON.stringify({ id: taskId })]);
      const next = await rawClaim(client, task.project_id, taskId);
      if (next) {
        await client.query(`UPDATE tasks SET status = 'In Progress', assignee_id = $2, updated_at = now() WHERE id = $1`, [next.id, userId]);
        await client.query(
          `INSERT INTO activities (task_id, project_id, actor_id, action, field, old_value, new_value, reason)
           VALUES ($1, $2, $3, 'status_changed', 'status', 'To Do', 'In Progress', $4), ($1, $2, $3, 'assigned', 'assignee_id', NULL, $3::text, $4)`,
          [next.id, task.project_id, userId, `auto-assigned after completing task ${taskId}`],
        );
        await client.query(`INSERT INTO outbox_events (room, event, payload) VALUES ($1, 'task_updated', $2)`, [Rooms.project(task.project_id), JSON.stringify({ id: next.id })]);
        await client.query(
          `INSERT INTO notifications (user_id, type, title, message, link) VALUES ($1, 'task_assigned', 'Task assigned to you', $2, $3)`,
          [userId, `You were assigned "${next.title}"`, `/api/v1/projects/tasks/${next.id}`],
        );
      }
      await client.query('COMMIT');
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, next: next?.id ?? null };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

async function duplicatesIn(client: Client, projectId: string, claimed: string[]): Promise<number> {
  const inResponses = claimed.length - new Set(claimed).size;
  const { rows: [{ n }] } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT assignee_id FROM tasks WHERE project_id = $1 AND status = 'In Progress'
       GROUP BY assignee_id HAVING count(*) > 1) d`,
    [projectId],
  );
  return inResponses + n;
}

export async function runTasksBench(): Promise<void> {
  const database = await createBenchDatabase();
  const client = new Client({ connectionString: database.url });
  const pool = new Pool({ connectionString: database.url, max: 10 });
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
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
    ({ app } = await bootApp(database.url));
    const { url } = { url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
    const tokens = new Map(memberIds.map((id) => [id, app!.get(AccessTokenService).sign(id)]));

    process.stderr.write('raw pg...\n');
    const rawProject = await seedProject(client, memberIds[0], organizationId, memberIds);
    const raw = await drive(memberIds, rawProject.current, rawCompleter(pool));
    const rawDuplicates = await duplicatesIn(client, rawProject.projectId, raw.claimed);

    process.stderr.write('HTTP...\n');
    const httpProject = await seedProject(client, memberIds[0], organizationId, memberIds);
    const http = await drive(memberIds, httpProject.current, httpCompleter(url, tokens));
    const httpDuplicates = await duplicatesIn(client, httpProject.projectId, http.claimed);

    const rawRate = raw.completions / raw.seconds;
    const httpRate = http.completions / http.seconds;
    const row = (name: string, r: RunResult, rate: number, duplicates: number) =>
      `| ${name} | ${r.completions} | ${rate.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${duplicates} | ${r.errors} |`;
    await writeLatestRun(
      'Task completion',
      `### Run of ${utcDate()}

Machine: ${machineInfo()}. PostgreSQL 15, the app (\`NODE_ENV=production\`, pool of 10) and the load generator on the
same machine. ${CLIENTS} members each complete their task, then the next one the response hands them, for ${DURATION_MS / 1000} s,
against a backlog of ${BACKLOG.toLocaleString('en')} To Do tasks in 10 epics × 10 stories. Raw pg runs the same transaction
(lock, Done, outbox row, the claim queries with \`FOR UPDATE SKIP LOCKED\`, assign, outbox row, notification, activity rows)
with a pool of 10.

| path | completions | per second | p50 ms | p99 ms | duplicates | errors |
|---|---|---|---|---|---|---|
${row('HTTP `POST /projects/tasks/{id}/complete`', http, httpRate, httpDuplicates)}
${row('raw pg, same transaction', raw, rawRate, rawDuplicates)}

| goal | result | |
|---|---|---|
| HTTP ≥ 0.5 × raw | ${(httpRate / rawRate).toFixed(2)}× | ${httpRate >= 0.5 * rawRate ? 'met' : '**missed**'} |
| 0 duplicates | ${httpDuplicates} | ${httpDuplicates === 0 ? 'met' : '**missed**'} |
| p99 ≤ 50 ms | ${http.p99.toFixed(1)} ms | ${http.p99 <= 50 ? 'met' : '**missed**'} |
`,
    );
    process.stderr.write(`HTTP ${httpRate.toFixed(0)}/s p99 ${http.p99.toFixed(1)} ms; raw ${rawRate.toFixed(0)}/s p99 ${raw.p99.toFixed(1)} ms\n`);
  } finally {
    await pool.end();
    await client.end();
    await app?.close();
    await database.drop();
  }
}
