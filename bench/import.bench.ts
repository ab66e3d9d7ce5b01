import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { withDatabase } from '../test/support/test-database-env';
import { fillOriginalAtScale, OriginalSize } from './original-fill';
import { adminUrl, machineInfo, writeLatestRun } from './support';

const run = promisify(execFile);

const FULL: OriginalSize = { users: 2_000, organizations: 20, projects: 100, tasks: 100_000, notifications: 1_000_000, issues: 10_000, messages: 50_000 };
/** The anchor: the same shape at a tenth of the volume, measured in the same run. */
const TENTH: OriginalSize = { users: 200, organizations: 20, projects: 100, tasks: 10_000, notifications: 100_000, issues: 1_000, messages: 5_000 };

interface ChildResult {
  ms: number;
  maxRssMiB: number;
  peakHeapMiB: number;
  baselineHeapMiB: number;
  peakLiveHeapMiB: number;
  rows: number;
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Fills an original of `size`, imports it into an empty Atlas database in a child process, drops both. */
async function measure(size: OriginalSize): Promise<ChildResult> {
  const suffix = randomBytes(4).toString('hex');
  const originalName = `atlas_bench_original_${suffix}`;
  const atlasName = `atlas_bench_${suffix}`;
  await admin(`CREATE DATABASE ${originalName}`);
  await admin(`CREATE DATABASE ${atlasName}`);
  try {
    process.stderr.write(`filling an original with ${size.tasks} tasks and ${size.notifications} notifications...\n`);
    await fillOriginalAtScale(withDatabase(adminUrl(), originalName), size);
    process.stderr.write('importing...\n');
    const { stdout } = await run(
      process.execPath,
      ['--expose-gc', '-r', 'ts-node/register/transpile-only', join(__dirname, 'import-child.ts'), withDatabase(adminUrl(), originalName), withDatabase(adminUrl(), atlasName)],
      { cwd: join(__dirname, '..'), maxBuffer: 16 * 1024 * 1024, env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    return JSON.parse(stdout) as ChildResult;
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${originalName} WITH (FORCE)`);
    await admin(`DROP DATABASE IF EXISTS ${atlasName} WITH (FORCE)`);
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

export async function runImportBench(): Promise<void> {
  const loadBefore = uptime();
  const tenth = await measure(TENTH);
  const full = await measure(FULL);
  const rate = (r: ChildResult) => r.rows / (r.ms / 1000);
  const rssRatio = full.maxRssMiB / tenth.maxRssMiB;
  const liveRatio = full.peakLiveHeapMiB / tenth.peakLiveHeapMiB;
  const loadAfter = uptime();
  const row = (name: string, size: OriginalSize, r: ChildResult) =>
    `| ${name} | ${fmt(size.tasks)} | ${fmt(size.notifications)} | ${fmt(r.rows)} | ${fmt(r.ms / 1000, 1)} | ${fmt(rate(r))} | ${fmt(r.maxRssMiB, 1)} | ${fmt(r.peakHeapMiB, 1)} | ${fmt(r.peakLiveHeapMiB, 1)} | ${fmt(r.baselineHeapMiB, 1)} |`;
  await writeLatestRun(
    'Import from the original',
    `Machine: ${machineInfo()}. PostgreSQL (original and Atlas databases on the same server) and the importer on the
same machine, which other work was loading: \`${loadBefore}\` at the start, \`${loadAfter}\` at the end. Command: \`npm run bench -- import\`.
An original filled set-based in its own style (odd-case statuses and roles, duplicate memberships, users without
email or password), imported into an empty Atlas database by \`importOriginal\` (batches of 5,000, one
transaction) in a child process of its own; rows = rows read from the original over all tables.
Peak heap: \`heapUsed\` sampled every 50 ms (garbage not yet collected included); peak live heap: \`heapUsed\` right
after a full collection, every 2 s (what the import keeps reachable); heap before importing: the loaded code
(ts-node keeps the TypeScript compiler loaded). Max RSS is the process's \`resourceUsage().maxRSS\`.

| import | tasks | notifications | rows | seconds | rows/s | max RSS MiB | peak heap MiB | peak live heap MiB | heap before importing MiB |
|---|---|---|---|---|---|---|---|---|---|
${row('a tenth (anchor)', TENTH, tenth)}
${row('full', FULL, full)}

| goal | result | |
|---|---|---|
| memory bounded: max RSS at 10× the rows ≤ 1.5 × the anchor's | ${fmt(rssRatio, 2)}× | ${verdict(rssRatio <= 1.5)} |
| live heap at 10× the rows ≤ 1.5 × the anchor's | ${fmt(liveRatio, 2)}× | ${verdict(liveRatio <= 1.5)} |
| throughput holds at volume: full rows/s ≥ 0.7 × the anchor's | ${fmt(rate(full) / rate(tenth), 2)}× | ${verdict(rate(full) >= 0.7 * rate(tenth))} |`,
  );
  process.stderr.write(`import: ${fmt(rate(full))} rows/s, max RSS ${fmt(full.maxRssMiB, 1)} MiB (anchor ${fmt(tenth.maxRssMiB, 1)} MiB)\n`);
}
