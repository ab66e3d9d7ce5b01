import { Client } from 'pg';
import Cursor from 'pg-cursor';

/**
 * The original database, read in one REPEATABLE READ READ ONLY transaction: every table is read from the
 * same snapshot while the original keeps running, and nothing can be written to it by mistake. Rows come
 * through a server-side cursor in batches, so memory holds one batch at a time.
 */
export class SourceReader {
  private constructor(private readonly client: Client) {}

  static async open(url: string): Promise<SourceReader> {
    const client = new Client({ connectionString: url, application_name: 'atlas-import' });
    await client.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    } catch (error) {
      await client.end();
      throw error;
    }
    return new SourceReader(client);
  }

  async hasTable(table: string): Promise<boolean> {
    const { rows } = await this.client.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [table]);
    return rows[0].found;
  }

  async count(table: string): Promise<number> {
    const { rows } = await this.client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(rows[0].n);
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(sql, params)).rows as T[];
  }

  /** Runs `sql` through a cursor and hands its rows to `handle` `size` at a time. */
  async forEachBatch<T>(sql: string, size: number, handle: (rows: T[]) => Promise<void>): Promise<void> {
    const cursor = this.client.query(new Cursor<T>(sql));
    try {
      for (;;) {
        const rows = await cursor.read(size);
        if (rows.length === 0) break;
        await handle(rows);
        if (rows.length < size) break;
      }
    } finally {
      await cursor.close();
    }
  }

  async close(): Promise<void> {
    try {
      await this.client.query('ROLLBACK');
    } finally {
      await this.client.end();
    }
  }
}
