import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shareTable, summarizeProfile } from './cpu-profile';
import { load, loadAverage } from './load';
import { ensureBuild, notificationFixture, RESULTS_DIR, startAtlas } from './request-path.bench';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUTES: Record<string, string> = { root: '/', notifications: '/api/v1/notifications' };

/**
 * `npm run bench -- profile` (BENCH_ROUTE=root|notifications): Atlas under `node --cpu-prof` and
 * autocannon load (10 connections); writes the profile (open it in Chrome DevTools or speedscope for
 * the flame graph) and a summary of the samples taken during the load only.
 */
export async function runProfileBench(): Promise<void> {
  const route = process.env.BENCH_ROUTE ?? 'root';
  const path = ROUTES[route];
  if (!path) throw new Error(`BENCH_ROUTE must be one of ${Object.keys(ROUTES).join(', ')}`);
  ensureBuild();
  const dir = join(RESULTS_DIR, `profile-${route}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(RESULTS_DIR, { recursive: true });
  const fixture = await notificationFixture();
  try {
    const atlas = await startAtlas({ databaseUrl: fixture.database.url, secret: fixture.secret }, join(RESULTS_DIR, `profile-${route}.log`), [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
    ]);
    const headers = route === 'root' ? {} : fixture.auth;
    await load(`${atlas.url}${path}`, headers, 2);
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    const result = await load(`${atlas.url}${path}`, headers, SECONDS);
    const toUs = Number(process.hrtime.bigint() / 1000n);
    await atlas.stop();
    const [file] = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
    const summary = summarizeProfile(JSON.parse(await readFile(join(dir, file), 'utf8')), { fromUs, toUs });
    const text = [
      `GET ${path} under load: ${result.rps.toFixed(0)} req/s, load average ${loadAverage()}; ${summary.busyMs.toFixed(0)} ms busy in ${SECONDS} s.`,
      `Profile: ${join(dir, file)}`,
      shareTable('self time by package', summary.packages),
      shareTable('time with the package on the stack', summary.inclusivePackages),
      shareTable('self time by function', summary.functions),
      shareTable('time with the function on the stack', summary.inclusiveFunctions),
    ].join('\n\n');
    await writeFile(join(RESULTS_DIR, `profile-${route}.md`), `${text}\n`);
    process.stdout.write(`${text}\n`);
  } finally {
    await fixture.database.drop();
  }
}
