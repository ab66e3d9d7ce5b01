import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

/** Any constant shared by every instance: all of them serialise on it while migrating. */
const MIGRATION_LOCK_KEY = 7_311_001;

/**
 * Runs pending migrations while holding a session advisory lock, so that several instances
 * starting together migrate once and the others wait, then find nothing to do.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, 2), entities: [] });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const dataSource = new DataSource({ type: 'postgres', url: admin.toString() });
  await dataSource.initialize();
  try {
    const exists: unknown[] = await dataSource.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.length === 0) {
      await dataSource.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another instance created it between our check and our CREATE: 42P04 once it has committed,
        // 23505 (on pg_database's name index) while both CREATEs are in flight.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await dataSource.destroy();
  }
}
