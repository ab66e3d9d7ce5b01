import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { applyRoutePrefix, buildOpenApiDocument } from '../src/app.setup';
import { AppConfig, validateEnvironment } from '../src/config';

/**
 * Writes openapi.json from the controllers' metadata (`--check`: fails when the committed file
 * differs). Preview mode builds the module graph without connecting to anything.
 */
async function main(): Promise<void> {
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
  const document = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  const file = join(__dirname, '..', 'openapi.json');
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8');
    if (committed !== document) {
      process.stderr.write('openapi.json is out of date: run `npm run openapi` and commit the result\n');
      process.exit(1);
    }
    process.stdout.write('openapi.json is current\n');
  } else {
    writeFileSync(file, document);
    process.stdout.write(`wrote ${file}\n`);
  }
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
