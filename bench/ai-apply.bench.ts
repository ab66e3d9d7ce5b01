import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { AccessTokenService } from '../src/common/auth';
import type { Plan } from '../src/modules/ai';
import { makePlan } from '../test/support/plans';
import { bootApp, createBenchDatabase, machineInfo, writeLatestRun } from './support';

const HEADING = 'AI plan apply';
/** The largest plan whose apply body fits the 1 MB limit with these texts (20 × 20 × 30 is 1.1 MB). */
const SHAPE = { epics: 20, stories: 20, tasks: 20 };
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post<T>(url: string, token: string, body: unknown): Promise<T> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => (res.statusCode === 201 ? resolve(JSON.parse(text) as T) : reject(new Error(`${url}: HTTP ${res.statusCode} ${text}`))));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The anchor: the same plan written by a client through the manual create routes, one request per item. */
async function createByHand(base: string, token: string, projectId: string, plan: Plan): Promise<void> {
  for (const [e, epic] of plan.epics.entries()) {
    const { id: epicId } = await post<{ id: string }>(`${base}/projects/${projectId}/epics`, token, {
      name: epic.name,
      description: epic.description,
      order: e,
    });
    for (const [s, story] of epic.stories.entries()) {
      const { id: storyId } = await post<{ id: string }>(`${base}/epics/${epicId}/stories`, token, {
        name: story.name,
        description: story.description,
        order: s,
      });
      for (const [t, task] of story.tasks.entries()) {
        await post(`${base}/projects/${projectId}/tasks`, token, {
          title: task.title,
          ...(task.description ? { description: task.description } : {}),
          ...(task.estimate_hours === null ? {} : { estimate_hours: task.estimate_hours }),
          story_id: storyId,
          order: t,
        });
      }
    }
  }
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Replaces this benchmark's section of BENCHMARKS.md: it keeps the latest run only. */
export async function runAiApplyBench(): Promise<void> {
  const database = await createBenchDatabase();
  const client = new Client({ connectionString: database.url });
  let app: Awaited<ReturnType<typeof bootApp>>['app'] | undefined;
  try {
    await client.connect();
    const { rows: [{ id: userId }] } = await client.query<{ id: number }>(
      `INSERT INTO users (username, email, password_hash) VALUES ('bench', 'bench@example.test', 'x') RETURNING id`,
    );
    const { rows: [{ id: organizationId }] } = await client.query<{ id: string }>(
      `INSERT INTO organizations (name, owner_id) VALUES ('bench', $1) RETURNING id`,
      [userId],
    );
    await client.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [organizationId, userId]);
    const newProject = async (name: string) =>
      (await client.query<{ id: string }>(`INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, $3) RETURNING id`, [organizationId, userId, name]))
        .rows[0].id;
    ({ app } = await bootApp(database.url));
    const base = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/api/v1`;
    const token = app.get(AccessTokenService).sign(userId);
    const plan = makePlan(SHAPE);
    const tasks = SHAPE.epics * SHAPE.stories * SHAPE.tasks;
    const load = loadavg().map((l) => l.toFixed(2)).join(' ');

    // Warm up both paths on a small plan first.
    const warm = makePlan({ epics: 2, stories: 2, tasks: 5 });
    await post(`${base}/projects/${await newProject('warm apply')}/plan/apply`, token, { plan: warm });
    await createByHand(base, token, await newProject('warm by hand'), warm);

    process.stderr.write(`apply of ${tasks} tasks...\n`);
    const applyProject = await newProject('apply');
    const applySeconds = await timed(() => post(`${base}/projects/${applyProject}/plan/apply`, token, { plan }));
    process.stderr.write(`by hand, ${tasks + SHAPE.epics * (SHAPE.stories + 1)} requests...\n`);
    const handProject = await newProject('by hand');
    const handSeconds = await timed(() => createByHand(base, token, handProject, plan));
    const ratio = applySeconds / handSeconds;

    await writeLatestRun(HEADING, `Machine: ${machineInfo()}; load average ${load} when it started (other work was running on the machine, so
the figures are noisy). PostgreSQL 15, the app (\`NODE_ENV=production\`, pool of 10) and the client on the same
machine. \`npm run bench -- ai-apply\` applies a plan of ${SHAPE.epics} epics × ${SHAPE.stories} stories ×
${SHAPE.tasks} tasks = ${tasks.toLocaleString('en')} tasks (the largest shape whose body fits the 1 MB limit with short texts) with one \`POST /projects/{id}/plan/apply\`; the anchor is the same plan
created by a client through the manual create routes, one request per epic, story and task, in sequence.
Both write every task through \`TasksService.create\` (risk, \`task_updated\` outbox row).

| path | seconds | tasks per second |
|---|---|---|
| one \`plan/apply\` (one transaction) | ${applySeconds.toFixed(1)} | ${(tasks / applySeconds).toFixed(0)} |
| create routes by hand (${(tasks + SHAPE.epics * (SHAPE.stories + 1)).toLocaleString('en')} requests) | ${handSeconds.toFixed(1)} | ${(tasks / handSeconds).toFixed(0)} |

| goal | result | |
|---|---|---|
| apply ≤ 0.5 × by hand | ${ratio.toFixed(2)}× | ${ratio <= 0.5 ? 'met' : '**missed**'} |
`);
    process.stderr.write(`apply ${applySeconds.toFixed(1)} s, by hand ${handSeconds.toFixed(1)} s (${ratio.toFixed(2)}×)\n`);
  } finally {
    await client.end();
    await app?.close();
    await database.drop();
  }
}
