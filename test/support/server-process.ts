import { ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const HEALTH_DEADLINE_MS = 60_000;
const STOP_DEADLINE_MS = 45_000;
export const POLL_INTERVAL_MS = 250;
const OUTPUT_EXCERPT_CHARS = 4_000;
const HEALTHY = { status: 'ok', checks: { database: 'up' } };

export type Exit = { code: number | null; signal: NodeJS.Signals | null };
export type Env = Record<string, string>;

/** The real server (`src/main.ts` through ts-node) with a clean environment and captured output. */
export class ServerProcess {
  readonly exited: Promise<Exit>;
  readonly closed: Promise<Exit>;
  private readonly child: ChildProcess;
  private stdoutText = '';
  private stderrText = '';
  private exit?: Exit;

  /**
   * `detached`: the server leads a process group of its own (as a shell's foreground job does);
   * `nodeOptions`: extra node flags before the entry point.
   */
  constructor(
    readonly label: string,
    env: Env,
    options: { detached?: boolean; nodeOptions?: string[] } = {},
  ) {
    this.child = spawn(process.execPath, [...(options.nodeOptions ?? []), '-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.detached ?? false,
    });
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.stdoutText += chunk));
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderrText += chunk));
    const settle = (event: 'exit' | 'close') =>
      new Promise<Exit>((resolve) => {
        this.child.once('error', (error) => {
          this.stderrText += `[spawn error] ${error.message}\n`;
          resolve({ code: null, signal: null });
        });
        this.child.once(event, (code: number | null, signal: NodeJS.Signals | null) => resolve({ code, signal }));
      });
    this.exited = settle('exit').then((exit) => (this.exit = exit));
    this.closed = settle('close');
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  get stderr(): string {
    return this.stderrText;
  }

  get stdout(): string {
    return this.stdoutText;
  }

  /** The JSON log lines written so far. */
  get logLines(): Record<string, unknown>[] {
    return this.stdoutText
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** Signals the whole process group (a detached server and its embedded PostgreSQL), like a terminal's Ctrl-C. */
  killGroup(signal: NodeJS.Signals): void {
    if (this.running && this.child.pid !== undefined) process.kill(-this.child.pid, signal);
  }

  /** SIGTERM, then the exit; SIGKILL and an error if it does not come before the deadline. */
  async stop(): Promise<Exit> {
    this.kill('SIGTERM');
    const exit = await Promise.race([this.exited, sleep(STOP_DEADLINE_MS, undefined, { ref: false })]);
    if (exit) return exit;
    this.kill('SIGKILL');
    await this.exited;
    throw new Error(`${this.label} did not exit within ${STOP_DEADLINE_MS} ms of SIGTERM`);
  }

  /** Polls GET /health until it answers 200 with a healthy body; fails early if the process dies. */
  async waitForHealth(port: number): Promise<void> {
    const deadline = Date.now() + HEALTH_DEADLINE_MS;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.label} exited before it was healthy`);
      try {
        const res = await getJson(`http://127.0.0.1:${port}/health`);
        if (res.status === 200 && isDeepStrictEqual(res.body, HEALTHY)) return;
        last = `${res.status} ${JSON.stringify(res.body)}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(POLL_INTERVAL_MS);
    }
    throw new Error(`${this.label}: GET /health not healthy within ${HEALTH_DEADLINE_MS} ms (last: ${last})`);
  }

  describe(): string {
    const state = this.exit ? `exited ${JSON.stringify(this.exit)}` : `running (pid ${this.child.pid})`;
    return `\n--- ${this.label}: ${state}\n--- stdout:\n${excerpt(this.stdoutText)}\n--- stderr:\n${excerpt(this.stderrText)}`;
  }
}

/** The start (boot log) and the end (last requests, shutdown) of a long output. */
function excerpt(text: string): string {
  if (text.length <= 2 * OUTPUT_EXCERPT_CHARS) return text;
  return `${text.slice(0, OUTPUT_EXCERPT_CHARS)}\n[…]\n${text.slice(-OUTPUT_EXCERPT_CHARS)}`;
}

export function getJson(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent: false, timeout: 5_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        } catch {
          resolve({ status: res.statusCode ?? 0, body: text });
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
  });
}

/** Live (non-zombie) processes with an argument inside `dir`, e.g. `postgres -D <dir>/postgres`. */
export async function processesUsing(dir: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const found: number[] = [];
  for (const pid of pids) {
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (args.some((arg) => arg === dir || arg.startsWith(`${dir}/`)) && (await isRunning(pid))) found.push(pid);
  }
  return found;
}

export async function isRunning(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

