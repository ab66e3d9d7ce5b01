import { join } from 'node:path';
import { buildOpenApiDocument } from '../src/app.setup';
import { createPreviewApp, runScript, writeOrCheck } from './preview-app';

/** Writes openapi.json from the controllers' metadata (`--check`: fails when the committed file differs). */
runScript(async () => {
  const { app } = await createPreviewApp();
  const document = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  writeOrCheck(join(__dirname, '..', 'openapi.json'), 'openapi.json', document, 'npm run openapi');
  await app.close();
});
