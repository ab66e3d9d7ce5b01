import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

export const ASYNCAPI_DOCUMENT_PATH = '/docs/asyncapi.json';

/** The committed asyncapi.json, from the sources (`src/asyncapi/`) or from the compiled server (`dist/src/asyncapi/`). */
export function asyncApiDocumentFile(): string | undefined {
  return [resolve(__dirname, '..', '..', 'asyncapi.json'), resolve(__dirname, '..', '..', '..', 'asyncapi.json')].find((file) =>
    existsSync(file),
  );
}

/** Serves the AsyncAPI document of the Socket.IO protocol at /docs/asyncapi.json, public like /docs. */
export function serveAsyncApiDocument(app: NestExpressApplication, file = asyncApiDocumentFile()): void {
  if (!file) {
    new Logger('AsyncApi').warn(`no asyncapi.json beside the server: ${ASYNCAPI_DOCUMENT_PATH} is not served`);
    return;
  }
  const document = readFileSync(file);
  app.use(ASYNCAPI_DOCUMENT_PATH, (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/json').send(document);
  });
}
