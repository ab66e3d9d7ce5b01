// Regenerates the client's generated sources from the server's definitions:
//   src/schema.d.ts      from openapi.json (openapi-typescript)
//   src/socket-events.ts from src/modules/realtime/socket-events.ts (the gateway's event map, copied)
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

async function socketEvents() {
  const source = await readFile(join(repoRoot, 'src/modules/realtime/socket-events.ts'), 'utf8');
  return `// Copied from src/modules/realtime/socket-events.ts by \`npm run generate -w client\`; do not edit.\n\n${source}`;
}

const outputs = [
  ['src/schema.d.ts', await schemaTypes()],
  ['src/socket-events.ts', await socketEvents()],
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
