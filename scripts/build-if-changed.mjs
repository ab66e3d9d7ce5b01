// `npm start` runs this first: it builds only when the build inputs changed since the last build.
// The stamp in dist/ holds a SHA-256 over the path and content of every input file.
//   node scripts/build-if-changed.mjs           build when stale
//   node scripts/build-if-changed.mjs --stamp   record the current inputs (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const INPUT_FILES = [
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
  'package-lock.json',
  'ormconfig.ts',
  'openapi.json',
  ...['package.json', 'tsconfig.json', 'scripts/generate.mjs'].map((name) => join('client', name)),
  ...['package.json', 'tsconfig.json', 'vite.config.ts', 'index.html'].map((name) => join('web', name)),
];
const INPUT_DIRS = ['src', join('client', 'src'), join('web', 'src')];
const STAMP = join(ROOT, 'dist', '.build-stamp');
const OUTPUTS = [join(ROOT, 'dist', 'src', 'main.js'), join(ROOT, 'client', 'dist', 'index.js'), join(ROOT, 'web', 'dist', 'index.html')];

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function inputsDigest() {
  const files = [
    ...INPUT_FILES.map((name) => join(ROOT, name)).filter((file) => existsSync(file)),
    ...INPUT_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir))),
  ]
    .map((file) => relative(ROOT, file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(ROOT, file))).update('\0');
  return hash.digest('hex');
}

function recordedDigest() {
  return existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : undefined;
}

const digest = inputsDigest();
if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${digest}\n`);
} else if (OUTPUTS.every((file) => existsSync(file)) && recordedDigest() === digest) {
  process.stdout.write('build is up to date\n');
} else {
  process.stdout.write('sources changed since the last build: building\n');
  // `npm run build` builds the client, the console and the server, then records the stamp (postbuild).
  const npm = process.env.npm_execpath;
  const build = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.error) throw build.error;
  if (build.status !== 0) process.exit(build.status ?? 1);
}
