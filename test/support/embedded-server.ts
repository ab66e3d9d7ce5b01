import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { EmbeddedDatabase } from '../../src/database/embedded-postgres';

/**
 * Run as a script: starts an embedded PostgreSQL in `argv[2]` on port `argv[3]`, prints its superuser
 * URL, and stops it on SIGTERM. Jest's module sandbox cannot load the ESM embedded-postgres package,
 * so tests that need a server of their own (to freeze it) run it in a child process.
 */
async function main(): Promise<void> {
  const server = await EmbeddedDatabase.start({ directory: process.argv[2], port: Number(process.argv[3]) });
  process.stdout.write(`${server.url('postgres')}\n`);
  process.once('SIGTERM', () => {
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  });
}

export interface OwnServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the script above and resolves with the server's URL once it accepts connections. */
export function startOwnServer(directory: string, port: number): Promise<OwnServer> {
  const child: ChildProcess = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, directory, String(port)], {
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the embedded server script exited with ${code}`)));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const line = output.split('\n').find((l) => l.startsWith('postgresql://'));
      if (!line) return;
      resolve({
        url: line,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
