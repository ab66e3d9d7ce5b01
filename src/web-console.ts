import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

export const WEB_CONSOLE_PATH = '/app';

/** The built console (`web/dist`), from the sources (`src/`) or from the compiled server (`dist/src/`). */
export function webConsoleDirectory(): string | undefined {
  return [resolve(__dirname, '..', 'web', 'dist'), resolve(__dirname, '..', '..', 'web', 'dist')].find((dir) =>
    existsSync(join(dir, 'index.html')),
  );
}

/**
 * Serves the web console at /app: its files, and index.html for every other GET under /app (the console
 * routes on the client). Its own content security policy allows only its own scripts and styles and the
 * API and socket of this origin; the API's headers are not touched.
 */
export function serveWebConsole(app: NestExpressApplication, directory = webConsoleDirectory()): void {
  if (!directory) {
    new Logger('WebConsole').warn(`no built web console (web/dist): ${WEB_CONSOLE_PATH} is not served; run npm run build`);
    return;
  }
  app.use(
    WEB_CONSOLE_PATH,
    helmet.contentSecurityPolicy({
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        imgSrc: ["'self'", 'data:', 'https:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.useStaticAssets(directory, {
    prefix: WEB_CONSOLE_PATH,
    index: 'index.html',
    // Asset names carry a content hash; index.html names the current ones, so it is always revalidated.
    setHeaders: (res: Response, path: string) =>
      res.setHeader('Cache-Control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
  });
  const index = join(directory, 'index.html');
  app.use(WEB_CONSOLE_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (error?: Error) => error && next(error));
  });
}
