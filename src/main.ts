import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { reportBootFailure, reportShutdownFailure } from './boot-failure';
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
  const logger = new Logger('Bootstrap');
  exitAfterClosingOnSignal(app, logger);
  logger.debug({ environment: runtime.environment }, 'configuration');
  runtime.warnings.forEach((warning) => logger.warn(warning));
  if (runtime.migrations.length > 0) logger.log(`applied migrations: ${runtime.migrations.join(', ')}`);
  await app.listen(runtime.config.port, runtime.config.host);
  logger.log(`Atlas listening on ${await app.getUrl()} (docs at /docs)`);
}

/**
 * SIGTERM or SIGINT closes the application (HTTP, sockets, dispatcher, connections, then the embedded
 * database) and exits 0. Nest's own shutdown hooks re-raise the signal once closed, which a container's
 * PID 1 ignores: the exit would then wait for every timer to run out (an abandoned Socket.IO
 * handshake's ping timeout, say) and the container would be killed instead of stopping.
 */
function exitAfterClosingOnSignal(app: NestExpressApplication, logger: Logger): void {
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    signals.forEach((s) => process.removeListener(s, onSignal));
    logger.log(`${signal} received: shutting down`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        reportShutdownFailure(error);
        process.exit(1);
      },
    );
  };
  signals.forEach((signal) => process.on(signal, onSignal));
}

bootstrap().catch(async (error: unknown) => {
  reportBootFailure(error);
  await embedded?.stop().catch((stopError: unknown) => reportBootFailure(new Error(`could not stop PostgreSQL: ${String(stopError)}`)));
  process.exit(1);
});
