import { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { prepareRuntime } from '../../src/runtime';
import { installResponseValidation } from './openapi-responses';
import { createTestDatabase, TestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-key-that-is-at-least-32-bytes-long!';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  url: string;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  imports?: ModuleMetadata['imports'];
  /** Reuse a database (e.g. for a second instance); otherwise a fresh clone of the template. */
  database?: TestDatabase;
}

/** Boots the real application (production bootstrap and configureApp) on a random port. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const ownsDatabase = !options.database;
  try {
    const runtime = await prepareRuntime(
      {
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
        JWT_SECRET_KEY: TEST_JWT_SECRET,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '20',
        RISK_SCAN_ENABLED: 'false',
        ...options.env,
      },
      () => undefined,
    );
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime.config, options.imports), {
      bodyParser: false,
      bufferLogs: true,
    });
    // Ahead of the app's own middleware, so the answers it gives before routing are checked too.
    const responseValidation = installResponseValidation(app);
    configureApp(app);
    await app.init();
    responseValidation.activate();
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    return {
      app,
      url,
      database,
      http: request(app.getHttpServer()),
      close: async () => {
        await app.close();
        if (ownsDatabase) await database.drop();
      },
    };
  } catch (error) {
    if (ownsDatabase) await database.drop();
    throw error;
  }
}
