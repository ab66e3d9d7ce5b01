import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { applyRoutePrefix } from '../src/app.setup';
import { AppConfig, validateEnvironment } from '../src/config';

/**
 * The application's module graph in preview mode: the controllers' metadata without connecting to anything.
 * The configuration is the default one (the limits a document reports are the defaults).
 */
export async function createPreviewApp(): Promise<{ app: NestExpressApplication; config: AppConfig }> {
  const env = validateEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const config = new AppConfig(env, {
    databaseUrl: 'postgresql://unused@127.0.0.1:1/unused',
    embeddedDatabase: false,
    jwtSecret: 'x'.repeat(32),
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  applyRoutePrefix(app);
  return { app, config };
}

/** Writes a generated document, or with `--check` fails when the committed file differs. */
export function writeOrCheck(file: string, name: string, content: string, regenerate: string): void {
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== content) {
      process.stderr.write(`${name} is out of date: run \`${regenerate}\` and commit the result\n`);
      process.exit(1);
    }
    process.stdout.write(`${name} is current\n`);
  } else {
    writeFileSync(file, content);
    process.stdout.write(`wrote ${file}\n`);
  }
}

export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
