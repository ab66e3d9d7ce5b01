import { DataSource } from 'typeorm';

/**
 * A digest of every row of every table (migrations excepted): equal digests mean nothing was
 * inserted, updated or deleted between two readings.
 */
export async function databaseState(db: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await db.query(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
  );
  const select = tables
    .map(({ name }) => `(SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) FROM ${name} t) AS "${name}"`)
    .join(', ');
  const [row]: Record<string, string>[] = await db.query(`SELECT ${select}`);
  return row;
}

/** `databaseState` once the outbox dispatcher has delivered every committed row (it updates them). */
export async function settledDatabaseState(db: DataSource, deadlineMs = 15_000): Promise<Record<string, string>> {
  const until = Date.now() + deadlineMs;
  while ((await db.query(`SELECT 1 FROM outbox_events WHERE delivered_at IS NULL LIMIT 1`)).length > 0) {
    if (Date.now() > until) throw new Error('the outbox did not drain');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return databaseState(db);
}
