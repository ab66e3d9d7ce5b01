import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigurationError } from './config';
import { EmbeddedDatabase } from './database/embedded-postgres';
import { EmbeddedDatabaseLifecycle } from './database/embedded-lifecycle';
import { prepareRuntime } from './runtime';

let embedded: EmbeddedDatabase | undefined;

async function bootstrap(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const runtime = await prepareRuntime(process.env, (message) => process.stdout.write(`${message}\n`));
  embedded = runtime.embedded;
  const extra = runtime.embedded
    ? [
        {
          module: class EmbeddedDatabaseModule {},
          providers: [{ provide: EmbeddedDatabase, useValue: runtime.embedded }, EmbeddedDatabaseLifecycle],
        },
      ]
    : [];
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime.config, extra), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  // process.exit at the end of the shutdown (not a re-raised signal) emits 'exit', which flushes the log buffer.
  app.enableShutdownHooks([], { useProcessExit: true });
  const logger = new Logger('Bootstrap');
  logger.debug({ environment: runtime.environment }, 'configuration');
  runtime.warnings.forEach((warning) => logger.warn(warning));
  if (runtime.migrations.length > 0) logger.log(`applied migrations: ${runtime.migrations.join(', ')}`);
  await app.listen(runtime.config.port, runtime.config.host);
  logger.log(`Atlas listening on ${await app.getUrl()} (docs at /docs)`);
}

bootstrap().catch(async (error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Atlas failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  await embedded?.stop().catch((stopError: unknown) => process.stderr.write(`could not stop PostgreSQL: ${String(stopError)}\n`));
  process.exit(1);
});
