/**
 * `npm run bench -- <name> [<name>...]` runs the named benchmarks (all of them when none is named).
 * Each replaces its latest run in BENCHMARKS.md (earlier runs are in git history).
 */
const BENCHMARKS: Record<string, () => Promise<void>> = {
  notifications: async () => (await import('./notifications.bench')).runNotificationsBench(),
  risk: async () => (await import('./risk.bench')).runRiskBench(),
  tasks: async () => (await import('./tasks.bench')).runTasksBench(),
  realtime: async () => (await import('./realtime.bench')).runRealtimeBench(),
  'ai-apply': async () => (await import('./ai-apply.bench')).runAiApplyBench(),
  import: async () => (await import('./import.bench')).runImportBench(),
  flood: async () => (await import('./flood.bench')).runFloodBench(),
  sprints: async () => (await import('./sprints.bench')).runSprintsBench(),
  search: async () => (await import('./search.bench')).runSearchBench(),
  activity: async () => (await import('./activity.bench')).runActivityBench(),
  profile: async () => (await import('./profile.bench')).runProfileBench(),
  memory: async () => (await import('./memory.bench')).runMemoryBench(),
  startup: async () => (await import('./startup.bench')).runStartupBench(),
  'request-path': async () => (await import('./request-path.bench')).runRequestPathBench(),
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    throw new Error(`unknown benchmark ${unknown.join(', ')}; available: ${Object.keys(BENCHMARKS).join(', ')}`);
  }
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    process.stderr.write(`== ${name}\n`);
    await BENCHMARKS[name]();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
