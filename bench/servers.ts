import { ChildProcess, spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../test/support/ports';

export const ROOT = join(__dirname, '..');
const CLOCK_TICKS_PER_SECOND = 100;

export interface ServerSpec {
  label: string;
  /** Arguments after `node`, relative to the repository root. */
  args: string[];
  env: Record<string, string>;
  /** Answers 200 once the server is ready. */
  readyPath: string;
  /** stdout and stderr go here (a file), else nowhere. */
  logFile?: string;
  /** Extra node options, e.g. `--cpu-prof`. */
  nodeOptions?: string[];
}

export interface RunningServer {
  label: string;
  url: string;
  pid: number;
  /** Resident set size in bytes, from /proc. */
  rss(): Promise<number>;
  /** CPU time (user + system) used so far, in milliseconds, from /proc. */
  cpuMs(): Promise<number>;
  /** SIGTERM, then waits for the exit (SIGKILL after 30 s). */
  stop(): Promise<void>;
}

/** Status of GET url, or undefined when nothing answers. */
export function status(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

export async function waitFor200(url: string, child: ChildProcess, deadlineMs = 120_000, intervalMs = 25): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited before ${url} answered`);
    if ((await status(url)) === 200) return;
    await sleep(intervalMs);
  }
  throw new Error(`${url} did not answer 200 within ${deadlineMs} ms`);
}

/** Starts `node <args>` with only the given environment (plus PATH and HOME) on a free port. */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const port = await freePort();
  const fd = spec.logFile ? openSync(spec.logFile, 'a') : 'ignore';
  const child = spawn(process.execPath, [...(spec.nodeOptions ?? []), ...spec.args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...spec.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', fd, fd],
  });
  if (typeof fd === 'number') closeSync(fd);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor200(`${url}${spec.readyPath}`, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${spec.label}: ${(error as Error).message}${spec.logFile ? ` (output in ${spec.logFile})` : ''}`);
  }
  return {
    label: spec.label,
    url,
    pid: child.pid!,
    rss: async () => {
      const statusText = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/^VmRSS:\s+(\d+) kB/m.exec(statusText)?.[1] ?? NaN) * 1024;
    },
    cpuMs: async () => {
      const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Plain TypeScript entry points (the anchors) run through ts-node without type checking. */
export const TS_NODE = ['-r', 'ts-node/register/transpile-only'];
