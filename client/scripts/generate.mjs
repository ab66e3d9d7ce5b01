// Regenerates the client's generated sources from the server's definitions:
//   src/schema.d.ts      from openapi.json (openapi-typescript)
//   src/server-events.ts from src/common/realtime/server-events.ts (the gateway's event map, copied; its
//                        ProblemDetails taken from the generated schema)
// With --check, writes nothing and fails when a generated file is not current.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const clientRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(clientRoot, '..');
const check = process.argv.includes('--check');

async function schemaTypes() {
  const document = JSON.parse(await readFile(join(repoRoot, 'openapi.json'), 'utf8'));
  const ast = await openapiTS(document, { alphabetize: true });
  return `// Generated from openapi.json by \`npm run generate -w client\`; do not edit.\n\n${astToString(ast)}`;
}

const PROBLEM_IMPORT = "import type { ProblemDetails } from '../errors/problem-details';";

async function serverEvents() {
  const source = await readFile(join(repoRoot, 'src/common/realtime/server-events.ts'), 'utf8');
  if (!source.includes(PROBLEM_IMPORT)) throw new Error(`src/common/realtime/server-events.ts no longer starts with: ${PROBLEM_IMPORT}`);
  const bound = source.replace(
    PROBLEM_IMPORT,
    "import type { components } from './schema.js';\n\ntype ProblemDetails = components['schemas']['ProblemDetails'];",
  );
  return `// Copied from src/common/realtime/server-events.ts by \`npm run generate -w client\`; do not edit.\n\n${bound}`;
}

const outputs = [
  ['src/schema.d.ts', await schemaTypes()],
  ['src/server-events.ts', await serverEvents()],
];
const stale = [];
for (const [file, content] of outputs) {
  const path = join(clientRoot, file);
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current === content) continue;
  if (check) stale.push(file);
  else await writeFile(path, content);
}
if (stale.length > 0) {
  console.error(`client/${stale.join(', client/')} not current: run \`npm run generate -w client\` and commit the result`);
  process.exit(1);
}
console.log(check ? 'client generated sources are current' : 'client generated sources written');
