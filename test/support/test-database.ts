import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_ENV, withDatabase } from './test-database-env';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env[TEST_ENV.adminUrl];
  if (!url) {
    throw new Error(
      'no test database: the jest global setup did not run (ATLAS_TEST_ADMIN_URL unset). A spec that needs the database ' +
        'belongs to the e2e project; jest.config.ts puts a spec under src there when it imports test-app, test-database or fixtures from test/support',
    );
  }
  return url;
}

export async function adminQuery<T = unknown>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEST_ENV.template];
  const name = `atlas_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
