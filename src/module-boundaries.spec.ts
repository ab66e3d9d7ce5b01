import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Writes `files` into a throw-away project and runs the repository's dependency-cruiser rules over its src/. */
async function cruise(files: Record<string, string>): Promise<Violation[]> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-depcruise-'));
  try {
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022' } }));
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    const { stdout } = await promisify(execFile)(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd: dir })
      // depcruise exits non-zero when it finds errors; the report is on stdout either way.
      .catch((error: { stdout?: string }) => {
        if (typeof error.stdout !== 'string' || error.stdout === '') throw error;
        return { stdout: error.stdout };
      });
    return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Two modules that reach each other through their index files; no single file is on a cycle. */
const MUTUAL = {
  'src/modules/alpha/index.ts': "export { alphaName } from './alpha-name';\n",
  'src/modules/alpha/alpha-name.ts': "export const alphaName = 'alpha';\n",
  'src/modules/alpha/uses-beta.ts': "import { betaName } from '../beta';\nexport const fromAlpha = betaName;\n",
  'src/modules/beta/index.ts': "export { betaName } from './beta-name';\n",
  'src/modules/beta/beta-name.ts': "export const betaName = 'beta';\n",
  'src/modules/beta/uses-alpha.ts': "import { alphaName } from '../alpha';\nexport const fromBeta = alphaName;\n",
};

describe('module boundaries (dependency-cruiser rules of npm run lint)', () => {
  it('fail on two modules that depend on each other, though no file is on a cycle', async () => {
    const violations = await cruise(MUTUAL);
    expect(violations.map((v) => v.rule.name)).toContain('no-module-cycle');
    expect(violations.map((v) => v.rule.name)).not.toContain('no-circular');
    expect(violations.find((v) => v.rule.name === 'no-module-cycle')).toMatchObject({
      from: expect.stringMatching(/^src\/modules\/(alpha|beta)$/),
    });
  }, 30_000);

  it('pass when the dependency goes one way only', async () => {
    const oneWay = { ...MUTUAL, 'src/modules/beta/uses-alpha.ts': 'export const fromBeta = 1;\n' };
    expect(await cruise(oneWay)).toEqual([]);
  }, 30_000);
});
