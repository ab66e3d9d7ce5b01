import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ensureDatabase, runMigrations } from '../src/database/migrate';
import { adminQuery } from './support/test-database';
import { TEST_ENV, withDatabase } from './support/test-database-env';

/** Several instances starting together on a server that has no Atlas database yet. */
describe('database preparation at boot, by several instances at once', () => {
  const created: string[] = [];
  const freshName = () => {
    const name = `atlas_boot_${randomBytes(6).toString('hex')}`;
    created.push(name);
    return name;
  };
  const urlOf = (name: string) => withDatabase(process.env[TEST_ENV.adminUrl] ?? '', name);

  async function queryIn<T>(name: string, sql: string): Promise<T[]> {
    const client = new Client({ connectionString: urlOf(name) });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('creates the database once, and every instance goes on', async () => {
    const name = freshName();

    const results = await Promise.allSettled(Array.from({ length: 6 }, () => ensureDatabase(urlOf(name))));

    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(await adminQuery('SELECT datname FROM pg_database WHERE datname = $1', [name])).toEqual([{ datname: name }]);
  });

  it('applies each migration once: one instance migrates, the others find nothing to do', async () => {
    const name = freshName();
    await ensureDatabase(urlOf(name));

    const applied = await Promise.all(Array.from({ length: 3 }, () => runMigrations(urlOf(name))));

    const migrating = applied.filter((names) => names.length > 0);
    expect(migrating).toHaveLength(1);
    expect(applied.filter((names) => names.length === 0)).toHaveLength(2);
    const recorded = await queryIn<{ name: string }>(name, 'SELECT name FROM migrations ORDER BY id');
    expect(recorded.map((row) => row.name)).toEqual(migrating[0]);
  });
});
