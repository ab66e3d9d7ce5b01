import { join } from 'node:path';
import { buildOpenApiDocument } from '../src/app.setup';
import { buildAsyncApiDocument, protocolModelClasses } from './asyncapi/document';
import { createPreviewApp, runScript, writeOrCheck } from './preview-app';

/**
 * Writes asyncapi.json, the AsyncAPI 3 document of the Socket.IO protocol, from the protocol's models and the
 * OpenAPI generator's schemas of them (`--check`: fails when the committed file differs).
 */
runScript(async () => {
  const { app, config } = await createPreviewApp();
  const openapi = buildOpenApiDocument(app, protocolModelClasses());
  const document = `${JSON.stringify(buildAsyncApiDocument(openapi, config.limits), null, 2)}\n`;
  writeOrCheck(join(__dirname, '..', 'asyncapi.json'), 'asyncapi.json', document, 'npm run asyncapi');
  await app.close();
});
