import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabase } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/migrate';
import { freePort } from '../support/ports';
import { TEST_ENV, withDatabase } from '../support/test-database-env';

declare global {
  var __ATLAS_EMBEDDED_PG__: { server: EmbeddedDatabase; directory: string } | undefined;
}

/**
 * Starts one PostgreSQL for the whole run (embedded on a random port in a temporary folder,
 * or TEST_DATABASE_URL), migrates a template database once; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const directory = await mkdtemp(join(tmpdir(), 'atlas-test-pg-'));
    await chmod(directory, 0o755); // the server runs as the postgres user
    const server = await EmbeddedDatabase.start({ directory: join(directory, 'cluster'), port: await freePort() });
    globalThis.__ATLAS_EMBEDDED_PG__ = { server, directory };
    adminUrl = server.url('postgres');
  }
  const template = `atlas_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(adminUrl, template));
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
}
