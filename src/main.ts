import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { reportBootFailure } from './boot-failure';
import { EmbeddedDatabase } from './database/embedded-postgres';
import { EmbeddedDatabaseLifecycle } from './database/embedded-lifecycle';
import { installGracefulShutdown } from './graceful-shutdown';
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
  await app.init();
  installGracefulShutdown(app, runtime.config.shutdownTimeoutMs);
  const logger = new Logger('Bootstrap');
  logger.debug({ environment: runtime.environment }, 'configuration');
  runtime.warnings.forEach((warning) => logger.warn(warning));
  if (runtime.migrations.length > 0) logger.log(`applied migrations: ${runtime.migrations.join(', ')}`);
  await app.listen(runtime.config.port, runtime.config.host);
  logger.log(`Atlas listening on ${await app.getUrl()} (docs at /docs)`);
}

bootstrap().catch(async (error: unknown) => {
  reportBootFailure(error);
  await embedded?.stop().catch((stopError: unknown) => reportBootFailure(new Error(`could not stop PostgreSQL: ${String(stopError)}`)));
  process.exit(1);
});
