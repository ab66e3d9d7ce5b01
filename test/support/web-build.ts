import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The built console; built here (client, then web) when a test runs before `npm run build`. */
export function ensureWebConsoleBuilt(): string {
  const directory = join(ROOT, 'web', 'dist');
  if (!existsSync(join(directory, 'index.html'))) {
    for (const workspace of ['client', 'web']) {
      execFileSync('npm', ['run', 'build', '-w', workspace], { cwd: ROOT, stdio: 'pipe' });
    }
  }
  return directory;
}
