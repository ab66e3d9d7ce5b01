import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ImportReportJson } from '../../../src/import/report';

export interface ImportRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The report, when the run printed one as JSON. */
  report?: ImportReportJson;
}

const ROOT = join(__dirname, '..', '..', '..');

/** Runs `npm run import:original -- <args>` as a child process, as an operator would. */
export function runImportCli(args: string[]): Promise<ImportRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    const child = spawn('npm', ['run', '-s', 'import:original', '--', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const run: ImportRun = { code, stdout, stderr };
      if (code === 0 && args.includes('--json')) run.report = JSON.parse(stdout) as ImportReportJson;
      resolve(run);
    });
  });
}
