import { join, resolve } from 'node:path';
import { AppConfig, ConfigurationError, resolveJwtSecret, validateEnvironment } from './config';
import { redactSensitive } from './config/sensitive';
import { EmbeddedDatabase } from './database/embedded-postgres';
import { ensureDatabase, runMigrations } from './database/migrate';

export interface Runtime {
  config: AppConfig;
  /** The validated environment with sensitive values replaced, for the boot log. */
  environment: Record<string, unknown>;
  embedded?: EmbeddedDatabase;
  warnings: string[];
  migrations: string[];
}

const EMBEDDED_DATABASE_NAME = 'atlas';

/**
 * Validates the environment, brings up the database (embedded when DATABASE_URL is unset) and
 * migrates it. Configuration errors surface as ConfigurationError with a one-line message.
 */
export async function prepareRuntime(rawEnv: NodeJS.ProcessEnv, log: (m: string) => void): Promise<Runtime> {
  const env = validateEnvironment(rawEnv);
  const dataDir = resolve(env.DATA_DIR);
  const embeddedDatabase = !env.DATABASE_URL;
  if (embeddedDatabase && env.NODE_ENV === 'production') {
    throw new ConfigurationError('Invalid configuration: DATABASE_URL is required when NODE_ENV=production');
  }
  // Before the development secret is written to DATA_DIR: an install without embedded-postgres stops here.
  if (embeddedDatabase) await EmbeddedDatabase.ensureInstalled();
  const jwt = await resolveJwtSecret(env, { embeddedDatabase, secretFile: join(dataDir, 'jwt-secret') });
  const warnings = jwt.warning ? [jwt.warning] : [];

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    log(`starting embedded PostgreSQL in ${join(dataDir, 'postgres')} on port ${env.EMBEDDED_POSTGRES_PORT}`);
    embedded = await EmbeddedDatabase.start({
      directory: join(dataDir, 'postgres'),
      port: env.EMBEDDED_POSTGRES_PORT,
      onLog: log,
      onServerLog: ['debug', 'trace'].includes(env.LOG_LEVEL) ? log : undefined,
    });
    databaseUrl = embedded.url(EMBEDDED_DATABASE_NAME);
  }
  try {
    await ensureDatabase(databaseUrl);
    const migrations = await runMigrations(databaseUrl);
    const config = new AppConfig(env, { databaseUrl, embeddedDatabase, jwtSecret: jwt.secret });
    return { config, environment: redactSensitive(env), embedded, warnings, migrations };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
