import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { ensureDatabase, runMigrations } from '../src/database/migrate';
import { progressBar } from '../src/common/cli/progress-bar';

/**
 * Fills a migrated database with volume for benchmarks: users in one organization, projects with
 * epics and stories, tasks spread over them, comments on the tasks, and notifications (by default all
 * for the first, "bench", user). Every insert is set-based (INSERT ... SELECT generate_series) in batches.
 * With `--words`, task titles and descriptions and comment bodies are made of words drawn from a
 * vocabulary with a skewed (Zipf-like) frequency, as real text is, so full-text search has work to do.
 *
 *   npm run seed -- --notifications 1000000 --tasks 100000 [--comments N] [--words] [--users N]
 *                   [--projects N] [--spread-notifications] [--database-url URL]
 */

export interface SeedOptions {
  users: number;
  projects: number;
  tasks: number;
  notifications: number;
  /** Comments, spread round-robin over the seeded tasks (needs tasks). */
  comments?: number;
  /** Worded titles, descriptions and comment bodies (see SEED_VOCABULARY). */
  words?: boolean;
  /** Spread notifications over every seeded user instead of giving them all to the bench user. */
  spreadNotifications?: boolean;
  epicsPerProject?: number;
  storiesPerEpic?: number;
  batchSize?: number;
}

export interface SeedResult {
  bench_user_id: number;
  user_ids: number[];
  organization_id: string;
  project_ids: string[];
  tasks: number;
  comments: number;
  notifications: number;
}

export type SeedProgress = (stage: string, done: number, total: number) => void;

const DEFAULT_BATCH = 50_000;

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'zu', 'be', 'da', 'fe', 'gi', 'ho', 'ju', 'ki', 'la', 'mo', 'nu', 'pe'];
const VOCABULARY_SIZE = 20 * 20 + 20 * 20 * 20;
/** Spreads ranks over the word list (coprime with the size, so a bijection). */
const RANK_STRIDE = 2477;

function wordAt(k: number): string {
  const s = (i: number) => SYLLABLES[i];
  if (k < 400) return s(Math.floor(k / 20)) + s(k % 20);
  const j = k - 400;
  return s(Math.floor(j / 400)) + s(Math.floor(j / 20) % 20) + s(j % 20);
}

/**
 * 8,400 made-up words (every two- and three-syllable combination) by frequency rank: the word of rank
 * r is drawn with a probability that falls with r (see wordsSql), so a few are common and most are
 * rare. Some words are prefixes of others ("kalo", "kalomi"), as in real text.
 */
export const SEED_VOCABULARY: readonly string[] = Array.from({ length: VOCABULARY_SIZE }, (_, rank) => wordAt((rank * RANK_STRIDE) % VOCABULARY_SIZE));

/**
 * SQL for `count` words of row `g` (an integer expression): ranks are drawn by a hash of (row,
 * position) skewed toward 0 (power 2.5), and each word is spelled from its syllables, the same
 * mapping as SEED_VOCABULARY (an array lookup by rank would cost a walk through 8,400 elements).
 */
function wordsSql(g: string, count: number, salt: number): string {
  const syllables = `(ARRAY[${SYLLABLES.map((x) => `'${x}'`).join(', ')}])`;
  // float8 arithmetic: numeric power() is a hundred times slower.
  const rank = `floor(${VOCABULARY_SIZE} * power(((hashint4(${g} * 64 + i + ${salt}) & 2147483647) % 1000003)::float8 / 1000003, 2.5))::int`;
  return `(SELECT string_agg(CASE WHEN k < 400 THEN ${syllables}[1 + k / 20] || ${syllables}[1 + k % 20]
                                 ELSE ${syllables}[1 + (k - 400) / 400] || ${syllables}[1 + ((k - 400) / 20) % 20] || ${syllables}[1 + (k - 400) % 20] END, ' ')
             FROM generate_series(1, ${count}) i, LATERAL (SELECT (${rank} * ${RANK_STRIDE}) % ${VOCABULARY_SIZE} AS k) w)`;
}

async function inBatches(total: number, size: number, stage: string, progress: SeedProgress, insert: (from: number, to: number) => Promise<void>) {
  progress(stage, 0, total);
  for (let from = 1; from <= total; from += size) {
    const to = Math.min(total, from + size - 1);
    await insert(from, to);
    progress(stage, to, total);
  }
}

async function seedUsers(client: Client, count: number): Promise<{ userIds: number[]; organizationId: string }> {
  const prefix = `seed_${randomBytes(4).toString('hex')}`;
  const users = await client.query<{ id: number }>(
    `INSERT INTO users (username, email, password_hash)
     SELECT $1 || '_' || g, $1 || '_' || g || '@example.test', 'not-a-login-account' FROM generate_series(1, $2) g
     RETURNING id`,
    [prefix, count],
  );
  const userIds = users.rows.map((r) => r.id).sort((a, b) => a - b);
  const org = await client.query<{ id: string }>(`INSERT INTO organizations (name, owner_id) VALUES ($1, $2) RETURNING id`, [
    `${prefix}'s Team`,
    userIds[0],
  ]);
  const organizationId = org.rows[0].id;
  await client.query(
    `INSERT INTO organization_members (organization_id, user_id, role)
     SELECT $1, u, CASE WHEN u = $3 THEN 'owner' ELSE 'developer' END::organization_role FROM unnest($2::int[]) u`,
    [organizationId, userIds, userIds[0]],
  );
  return { userIds, organizationId };
}

async function seedProjects(client: Client, organizationId: string, ownerId: number, options: Required<SeedOptions>): Promise<string[]> {
  const projects = await client.query<{ id: string }>(
    `INSERT INTO projects (organization_id, owner_id, name, description)
     SELECT $1, $2, 'Project ' || g, 'Seeded project ' || g FROM generate_series(1, $3) g RETURNING id`,
    [organizationId, ownerId, options.projects],
  );
  const projectIds = projects.rows.map((r) => r.id);
  // Epic and story orders run against creation order so that the claim query has to sort by them.
  await client.query(
    `INSERT INTO epics (project_id, name, "order")
     SELECT p, 'Epic ' || g, $3 - g FROM unnest($1::uuid[]) p, generate_series(1, $2) g`,
    [projectIds, options.epicsPerProject, options.epicsPerProject],
  );
  await client.query(
    `INSERT INTO stories (epic_id, project_id, name, "order")
     SELECT e.id, e.project_id, e.name || ' / Story ' || g, $3 - g
     FROM epics e, generate_series(1, $2) g WHERE e.project_id = ANY($1::uuid[])`,
    [projectIds, options.storiesPerEpic, options.storiesPerEpic],
  );
  return projectIds;
}

/** Tasks spread round-robin over projects; four in five belong to a story; mixed statuses, due dates, progress. */
async function seedTasks(client: Client, projectIds: string[], userIds: number[], options: Required<SeedOptions>, progress: SeedProgress) {
  const storiesPerProject = options.epicsPerProject * options.storiesPerEpic;
  const title = options.words ? `'Task ' || t.g || ' ' || ${wordsSql('t.g', 4, 0)}` : `'Task ' || t.g`;
  const description = options.words ? wordsSql('t.g', 12, 8) : 'NULL';
  await inBatches(options.tasks, options.batchSize, 'tasks', progress, async (from, to) => {
    await client.query(
      `WITH st AS (
         SELECT id, project_id, (row_number() OVER (PARTITION BY project_id ORDER BY id) - 1)::int AS n
         FROM stories WHERE project_id = ANY($3::uuid[])
       ), t AS (
         SELECT g, ($3::uuid[])[1 + g % $5] AS project_id, g % 20 AS bucket FROM generate_series($1::int, $2::int) g
       )
       INSERT INTO tasks (project_id, story_id, title, description, status, assignee_id, due_date, estimate_hours,
                          progress_percentage, priority, "order", created_at)
       SELECT t.project_id,
              CASE WHEN (t.g / 20) % 5 = 0 THEN NULL ELSE st.id END,
              ${title},
              ${description},
              (CASE WHEN t.bucket < 12 THEN 'To Do' WHEN t.bucket < 17 THEN 'In Progress' ELSE 'Done' END)::task_status,
              CASE WHEN t.bucket < 6 THEN NULL ELSE ($4::int[])[1 + t.g % array_length($4::int[], 1)] END,
              CASE WHEN t.g % 7 = 0 THEN NULL ELSE now() + ((t.g % 70) - 10) * interval '1 day' END,
              (t.g % 40) / 2.0,
              CASE WHEN t.bucket < 12 THEN 0 WHEN t.bucket < 17 THEN (t.g * 7) % 100 ELSE 100 END,
              t.g % 5,
              (t.g * 31) % 1000,
              now() - t.g * interval '1 second'
       FROM t LEFT JOIN st ON st.project_id = t.project_id AND st.n = (t.g / $5) % $6`,
      [from, to, projectIds, userIds, projectIds.length, storiesPerProject],
    );
  });
}

/** Comment g goes to the (1 + g mod tasks)-th task, by a user of the organization. */
async function seedComments(client: Client, userIds: number[], options: Required<SeedOptions>, progress: SeedProgress) {
  if (options.comments === 0) return;
  await client.query(
    `CREATE TEMP TABLE seed_tasks AS SELECT (row_number() OVER (ORDER BY id))::int AS n, id, project_id FROM tasks`,
  );
  await client.query('CREATE UNIQUE INDEX ON seed_tasks (n)');
  const [{ count }] = (await client.query<{ count: number }>('SELECT count(*)::int AS count FROM seed_tasks')).rows;
  if (count === 0) throw new Error('--comments needs tasks to comment on');
  const body = options.words ? wordsSql('g', 10, 32) : `'Seeded comment ' || g`;
  await inBatches(options.comments, options.batchSize, 'comments', progress, async (from, to) => {
    await client.query(
      `INSERT INTO comments (task_id, project_id, author_id, body, created_at)
       SELECT t.id, t.project_id, ($3::int[])[1 + g % array_length($3::int[], 1)], ${body}, now() - g * interval '1 second'
         FROM generate_series($1::int, $2::int) g JOIN seed_tasks t ON t.n = 1 + g % $4`,
      [from, to, userIds, count],
    );
  });
  await client.query('DROP TABLE seed_tasks');
}

/** Distinct created_at one second apart, newest first by g; about a third already read. */
async function seedNotifications(client: Client, userIds: number[], options: Required<SeedOptions>, progress: SeedProgress) {
  const recipients = options.spreadNotifications ? userIds : [userIds[0]];
  await inBatches(options.notifications, options.batchSize, 'notifications', progress, async (from, to) => {
    await client.query(
      `INSERT INTO notifications (user_id, type, title, message, link, read, read_at, created_at)
       SELECT ($3::int[])[1 + g % array_length($3::int[], 1)],
              (enum_range(NULL::notification_type))[1 + g % 7],
              'Notification ' || g,
              'Seeded notification number ' || g || ' for benchmarks',
              CASE WHEN g % 2 = 0 THEN '/tasks/' || g END,
              g % 3 = 0,
              CASE WHEN g % 3 = 0 THEN now() - g * interval '1 second' + interval '1 minute' END,
              now() - g * interval '1 second'
       FROM generate_series($1::int, $2::int) g`,
      [from, to, recipients],
    );
  });
}

export async function seedDatabase(url: string, input: SeedOptions, progress: SeedProgress = () => undefined): Promise<SeedResult> {
  const options: Required<SeedOptions> = {
    spreadNotifications: false,
    comments: 0,
    words: false,
    epicsPerProject: 5,
    storiesPerEpic: 4,
    batchSize: DEFAULT_BATCH,
    ...input,
  };
  if (options.users < 1 || options.projects < 1) throw new Error('--users and --projects must be at least 1');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { userIds, organizationId } = await seedUsers(client, options.users);
    const projectIds = await seedProjects(client, organizationId, userIds[0], options);
    await seedTasks(client, projectIds, userIds, options, progress);
    await seedComments(client, userIds, options, progress);
    await seedNotifications(client, userIds, options, progress);
    // Fresh statistics and visibility map, so that measurements right after seeding do not race autovacuum.
    await client.query(
      'VACUUM ANALYZE users, organizations, organization_members, projects, epics, stories, tasks, comments, notifications, notification_counters',
    );
    return {
      bench_user_id: userIds[0],
      user_ids: userIds,
      organization_id: organizationId,
      project_ids: projectIds,
      tasks: options.tasks,
      comments: options.comments,
      notifications: options.notifications,
    };
  } finally {
    await client.end();
  }
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      notifications: { type: 'string' },
      tasks: { type: 'string' },
      comments: { type: 'string' },
      words: { type: 'boolean' },
      users: { type: 'string' },
      projects: { type: 'string' },
      'spread-notifications': { type: 'boolean' },
      'database-url': { type: 'string' },
    },
  });
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL or pass --database-url');
  await ensureDatabase(url);
  await runMigrations(url);
  const result = await seedDatabase(
    url,
    {
      notifications: count(values.notifications, 'notifications', 0),
      tasks: count(values.tasks, 'tasks', 0),
      comments: count(values.comments, 'comments', 0),
      words: values.words ?? false,
      users: count(values.users, 'users', 10),
      projects: count(values.projects, 'projects', 10),
      spreadNotifications: values['spread-notifications'] ?? false,
    },
    progressBar,
  );
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`\nseed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
