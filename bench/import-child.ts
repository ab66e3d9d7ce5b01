import { importOriginal } from '../src/import/importer';

/**
 * One import in a process of its own, so its peak memory is its own: prints
 * `{ms, maxRssMiB, peakHeapMiB, peakLiveHeapMiB, baselineHeapMiB, rows}` as JSON (the baseline: loaded code,
 * before importing; live: the heap right after a full collection). Arguments: <original URL> <Atlas URL>.
 */
async function main(): Promise<void> {
  const [from, databaseUrl] = process.argv.slice(2);
  const baselineHeap = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let peakLive = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
  // What stays reachable: a full collection every 2 s, then a reading (run with --expose-gc).
  const collect = global.gc;
  const live = collect
    ? setInterval(() => {
        collect();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
      }, 2_000)
    : undefined;
  const started = process.hrtime.bigint();
  const report = await importOriginal({ from, databaseUrl, dryRun: false });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  clearInterval(live);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const tables = report.toJSON().tables;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      peakHeapMiB: peakHeap / 1024 / 1024,
      baselineHeapMiB: baselineHeap / 1024 / 1024,
      peakLiveHeapMiB: peakLive / 1024 / 1024,
      rows: Object.values(tables).reduce((sum, t) => sum + t.read, 0),
      tables,
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
