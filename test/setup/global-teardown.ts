import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { TEST_ENV } from '../support/test-database-env';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  if (adminUrl && template) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const embedded = globalThis.__ATLAS_EMBEDDED_PG__;
  if (embedded) {
    await embedded.server.stop();
    await rm(embedded.directory, { recursive: true, force: true });
    globalThis.__ATLAS_EMBEDDED_PG__ = undefined;
  }
}
