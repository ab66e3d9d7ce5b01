import { PoolClient } from 'pg';
import { DataSource, MigrationExecutor, QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.options';
import { EnumTable } from './normalise';

/** Any constant: two imports into one Atlas database never run at the same time. */
const IMPORT_LOCK_KEY = 7_311_010;

/**
 * The Atlas database, written in one transaction. Ids of the original are translated through
 * `import_id_map`; users (a small table) are also kept in memory, since every other table refers to them.
 */
export class AtlasTarget {
  private readonly users = new Map<string, number>();
  private limits = new Map<string, number>();
  private enums = new Map<string, string[]>();

  private constructor(
    private readonly dataSource: DataSource,
    private readonly runner: QueryRunner,
    private readonly client: PoolClient,
  ) {}

  /** Opens the transaction; a dry run applies pending migrations inside it, so they roll back too. */
  static async open(url: string, options: { migrateInTransaction: boolean }): Promise<AtlasTarget> {
    const dataSource = new DataSource({ ...dataSourceOptions(url, 1), entities: [] });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await runner.startTransaction();
      const target = new AtlasTarget(dataSource, runner, client);
      const [{ locked }] = await target.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [IMPORT_LOCK_KEY]);
      if (!locked) throw new Error('another import into this Atlas database is running');
      if (options.migrateInTransaction) {
        const executor = new MigrationExecutor(dataSource, runner);
        executor.transaction = 'all';
        await executor.executePendingMigrations();
      }
      await target.loadSchemaFacts();
      await target.loadUserMap();
      return target;
    } catch (error) {
      await runner.release();
      await dataSource.destroy();
      throw error;
    }
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(sql, params)).rows as T[];
  }

  async finish(commit: boolean): Promise<void> {
    try {
      if (commit) await this.runner.commitTransaction();
      else await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
      await this.dataSource.destroy();
    }
  }

  async abandon(): Promise<void> {
    try {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
      await this.dataSource.destroy();
    }
  }

  /** Character limits and enum labels come from the schema itself, so columns and values added later count. */
  private async loadSchemaFacts(): Promise<void> {
    const limits = await this.query<{ key: string; max: number }>(
      `SELECT table_name || '.' || column_name AS key, character_maximum_length AS max
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND character_maximum_length IS NOT NULL`,
    );
    this.limits = new Map(limits.map((l) => [l.key, l.max]));
    const labels = await this.query<{ type: string; labels: string[] }>(
      `SELECT t.typname AS type, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
         JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = current_schema()
        GROUP BY t.typname`,
    );
    this.enums = new Map(labels.map((l) => [l.type, l.labels]));
  }

  limit(table: string, column: string): number {
    const max = this.limits.get(`${table}.${column}`);
    if (max === undefined) throw new Error(`the Atlas schema has no length limit for ${table}.${column}`);
    return max;
  }

  enumTable(type: string, nullDefault: string | null = null): EnumTable {
    const labels = this.enums.get(type);
    if (!labels) throw new Error(`the Atlas schema has no enum ${type}`);
    return new EnumTable(labels, nullDefault);
  }

  private async loadUserMap(): Promise<void> {
    const rows = await this.query<{ source_id: string; atlas_id: string }>(
      `SELECT source_id, atlas_id FROM import_id_map WHERE source_table = 'users'`,
    );
    for (const row of rows) this.users.set(row.source_id, Number(row.atlas_id));
  }

  /** The Atlas id of an original user (imported in this run or an earlier one). */
  user(sourceId: number | string | null): number | null {
    if (sourceId === null) return null;
    return this.users.get(String(sourceId)) ?? null;
  }

  rememberUser(sourceId: string, atlasId: number): void {
    this.users.set(sourceId, atlasId);
  }

  /** The source ids of `table` that an earlier run (or this one) already mapped. */
  async alreadyMapped(table: string, sourceIds: string[]): Promise<Set<string>> {
    const rows = await this.query<{ source_id: string }>(
      `SELECT source_id FROM import_id_map WHERE source_table = $1 AND source_id = ANY($2::text[])`,
      [table, sourceIds],
    );
    return new Set(rows.map((r) => r.source_id));
  }

  /** Maps of original ids to Atlas ids, for the ids given. */
  async mapped(table: string, sourceIds: (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(sourceIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows = await this.query<{ source_id: string; atlas_id: string }>(
      `SELECT source_id, atlas_id FROM import_id_map WHERE source_table = $1 AND source_id = ANY($2::text[])`,
      [table, ids],
    );
    return new Map(rows.map((r) => [r.source_id, r.atlas_id]));
  }

  async remember(table: string, sourceIds: string[], atlasIds: string[]): Promise<void> {
    if (sourceIds.length === 0) return;
    await this.query(
      `INSERT INTO import_id_map (source_table, source_id, atlas_id)
       SELECT $1, s, a FROM unnest($2::text[], $3::text[]) AS x(s, a)`,
      [table, sourceIds, atlasIds],
    );
  }

  /** Of the candidate UUIDs, those already used by a row of `table` (such an id is replaced by a new one). */
  async takenUuids(table: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.query<{ id: string }>(`SELECT id::text AS id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }
}
