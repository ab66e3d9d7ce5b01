import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadAverage } from './load';
import { ensureBuild, notificationFixture, RESULTS_DIR, startAtlas } from './request-path.bench';
import { machineInfo, writeLatestRun } from './support';

const MINUTES = Number(process.env.BENCH_MEMORY_MINUTES ?? 10);
const SAMPLE_EVERY_MS = 5_000;
const FIRST_MINUTE_MS = 60_000;
const CONNECTIONS = 10;

const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);

/**
 * `npm run bench -- memory` (BENCH_MEMORY_MINUTES, default 10): the notification page under
 * autocannon load (10 connections) for the whole duration; the server's RSS is sampled every 5 s.
 * Goal: RSS at the end ≤ 1.2 × RSS after the first minute.
 */
export async function runMemoryBench(): Promise<void> {
  ensureBuild();
  const fixture = await notificationFixture();
  try {
    const atlas = await startAtlas({ databaseUrl: fixture.database.url, secret: fixture.secret }, join(RESULTS_DIR, 'memory-atlas.log'));
    const loadBefore = loadAverage();
    const durationMs = MINUTES * 60_000;
    const samples: { atMs: number; rss: number }[] = [{ atMs: 0, rss: await atlas.rss() }];
    const started = Date.now();
    const run = autocannon({
      url: `${atlas.url}/api/v1/notifications`,
      headers: fixture.auth,
      connections: CONNECTIONS,
      duration: durationMs / 1000,
    });
    let done = false;
    const finished = run.then((result) => {
      done = true;
      return result;
    });
    while (!done) {
      await Promise.race([sleep(SAMPLE_EVERY_MS), finished]);
      samples.push({ atMs: Date.now() - started, rss: await atlas.rss() });
    }
    const result = await finished;
    await atlas.stop();

    await writeFile(join(RESULTS_DIR, 'memory-samples.json'), `${JSON.stringify(samples)}\n`);
    const afterFirstMinute = samples.find((s) => s.atMs >= FIRST_MINUTE_MS) ?? samples[samples.length - 1];
    const last = samples[samples.length - 1];
    const peak = Math.max(...samples.map((s) => s.rss));
    // RSS swings with V8's old-generation cycle (it grows, then a mark-compact drops it again), so each minute
    // is summarised by its lowest sample (the floor after a collection, which a leak raises), mean and highest.
    const minutes = Array.from({ length: MINUTES }, (_, i) => {
      const window = samples.filter((s) => s.atMs > i * 60_000 && s.atMs <= (i + 1) * 60_000).map((s) => s.rss);
      return { floor: Math.min(...window), mean: window.reduce((a, b) => a + b, 0) / window.length, high: Math.max(...window) };
    });
    const first = minutes[0];
    const lastMinute = minutes[minutes.length - 1];
    const ratio = lastMinute.floor / first.floor;
    const text = `Machine: ${machineInfo()}; load average ${loadBefore} before, ${loadAverage()} after (other work on the machine).
Command: \`npm run bench -- memory\` (\`BENCH_MEMORY_MINUTES=${MINUTES}\`): Atlas (\`node dist/src/main.js\`, production, info logs to a file)
serving the first notification page of one user (20 notifications) to autocannon, ${CONNECTIONS} connections, for ${MINUTES} min;
RSS read from \`/proc/<pid>/status\` every ${SAMPLE_EVERY_MS / 1000} s. ${result.requests.total.toLocaleString('en-US')} requests,
${result.errors + result.timeouts + result.non2xx} errors or non-2xx, ${result.requests.average.toFixed(0)} req/s on average.

RSS at the start ${mib(samples[0].rss)} MiB, after 1 min ${mib(afterFirstMinute.rss)} MiB, at the end ${mib(last.rss)} MiB, peak ${mib(peak)} MiB.

| minute | ${minutes.map((_, i) => i + 1).join(' | ')} |
|---|${minutes.map(() => '---|').join('')}
| lowest RSS sample (MiB) | ${minutes.map((m) => mib(m.floor)).join(' | ')} |
| mean (MiB) | ${minutes.map((m) => mib(m.mean)).join(' | ')} |
| highest (MiB) | ${minutes.map((m) => mib(m.high)).join(' | ')} |

| goal | result | |
|---|---|---|
| RSS after ${MINUTES} min ≤ 1.2 × RSS after the first minute (lowest sample of the last minute over that of the first) | ${ratio.toFixed(2)}× (mean ${(lastMinute.mean / first.mean).toFixed(2)}×, highest ${(lastMinute.high / first.high).toFixed(2)}×, single samples at 1 min and at the end ${(last.rss / afterFirstMinute.rss).toFixed(2)}×) | ${ratio <= 1.2 ? 'met' : '**missed**'} |
`;
    process.stdout.write(`${text}\n`);
    await writeLatestRun('Memory under the notification load', text);
  } finally {
    await fixture.database.drop();
  }
}
