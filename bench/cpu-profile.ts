/** Reads a V8 `.cpuprofile` (from `node --cpu-prof`) into self and inclusive shares of the busy time. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  percent: number;
}

export interface ProfileSummary {
  busyMs: number;
  /** Self time per function (`name (where)`). */
  functions: Share[];
  /** Self time per package (`node_modules/<pkg>`), `node` internals, the app's own code, GC. */
  packages: Share[];
  /** Time with the package anywhere on the stack. */
  inclusivePackages: Share[];
  /** Time with a function of that name anywhere on the stack. */
  inclusiveFunctions: Share[];
}

const NOT_BUSY = new Set(['(idle)', '(program)', '(root)']);

function where(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  const own = /\/(dist\/)?(src|bench)\/(.+)$/.exec(url);
  return own ? `app ${own[2]}/${own[3].replace(/\.js$/, '.ts')}` : url;
}

function top(counts: Map<string, number>, total: number, limit: number): Share[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, n]) => ({ name, percent: (100 * n) / total }));
}

/** Samples taken between `fromUs` and `toUs` (monotonic clock, as process.hrtime) only, when given. */
export function summarizeProfile(profile: CpuProfile, window?: { fromUs: number; toUs: number }, limit = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  const inclusivePackages = new Map<string, number>();
  const inclusiveFunctions = new Map<string, number>();
  let busyUs = 0;
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i];
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (window && (time < window.fromUs || time > window.toUs)) return;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName || '(anonymous)';
    if (NOT_BUSY.has(name)) return;
    busyUs += delta;
    const place = name === '(garbage collector)' ? 'GC' : where(node.callFrame.url);
    const label = `${name} (${place}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''})`;
    self.set(label, (self.get(label) ?? 0) + delta);
    packages.set(place, (packages.get(place) ?? 0) + delta);
    const seenPackages = new Set<string>();
    const seenFunctions = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url) seenPackages.add(where(frame.url));
      if (frame.functionName) seenFunctions.add(`${frame.functionName} (${where(frame.url)})`);
    }
    for (const p of seenPackages) inclusivePackages.set(p, (inclusivePackages.get(p) ?? 0) + delta);
    for (const f of seenFunctions) inclusiveFunctions.set(f, (inclusiveFunctions.get(f) ?? 0) + delta);
  });
  return {
    busyMs: busyUs / 1000,
    functions: top(self, busyUs, limit),
    packages: top(packages, busyUs, limit),
    inclusivePackages: top(inclusivePackages, busyUs, limit),
    inclusiveFunctions: top(inclusiveFunctions, busyUs, 60),
  };
}

export function shareTable(title: string, shares: Share[]): string {
  return `| ${title} | % of busy time |\n|---|---|\n${shares.map((s) => `| ${s.name.replace(/\|/g, '\\|')} | ${s.percent.toFixed(1)} |`).join('\n')}`;
}
