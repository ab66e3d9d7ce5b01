import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { adminQuery } from '../test-database';
import { TEST_ENV, withDatabase } from '../test-database-env';

const SCHEMA = readFileSync(join(__dirname, 'schema.sql'), 'utf8');

export interface OriginalDatabase {
  url: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** An empty database on the test server with the original Atlas's tables (its ORM's create_all). */
export async function createOriginalDatabase(name: string): Promise<OriginalDatabase> {
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = withDatabase(process.env[TEST_ENV.adminUrl]!, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(SCHEMA);
  return {
    url,
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    drop: async () => {
      await client.end();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
