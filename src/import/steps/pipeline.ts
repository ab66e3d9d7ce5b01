import { randomUUID } from 'node:crypto';
import { ImportReport } from '../report';
import { SourceReader } from '../source';
import { AtlasTarget } from '../target';
import { asUuid, fitText } from '../normalise';

export type Progress = (stage: string, done: number, total: number) => void;

export interface StepContext {
  source: SourceReader;
  target: AtlasTarget;
  report: ImportReport;
  batchSize: number;
  progress: Progress;
  /** Atlas ids of the accounts this run created (not those merged into existing accounts). */
  createdUserIds: number[];
}

/**
 * Streams one original table: counts what was read, skips rows an earlier run imported (import_id_map),
 * and hands the rest to `handle` one batch at a time.
 */
export async function streamTable<Row extends { id: string }>(
  ctx: StepContext,
  table: string,
  sql: string,
  handle: (rows: Row[]) => Promise<void>,
): Promise<void> {
  const counts = ctx.report.counts(table);
  const total = await ctx.source.count(table);
  let done = 0;
  ctx.progress(table, 0, total);
  await ctx.source.forEachBatch<Row>(sql, ctx.batchSize, async (rows) => {
    counts.read += rows.length;
    const seen = await ctx.target.alreadyMapped(table, rows.map((r) => r.id));
    counts.already_imported += seen.size;
    const fresh = rows.filter((r) => !seen.has(r.id));
    if (fresh.length > 0) await handle(fresh);
    done += rows.length;
    ctx.progress(table, Math.min(done, total), total);
  });
  if (done < total) ctx.progress(table, total, total);
}

export interface Column {
  name: string;
  /** The SQL type each text value is cast to. */
  type: string;
  /** A SQL expression for every row instead of a value (such a column takes no place in the rows). */
  sql?: string;
}

/**
 * One multi-row INSERT from parallel arrays (`unnest`), with an explicit column list so that columns added
 * to Atlas later (nullable or with defaults) take their defaults. Values travel as text and are cast.
 */
export async function insertRows(
  target: AtlasTarget,
  table: string,
  columns: Column[],
  rows: unknown[][],
  suffix = '',
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const valued = columns.filter((c) => c.sql === undefined);
  const arrays = valued.map((_, i) => rows.map((row) => row[i] ?? null));
  let next = 0;
  const selects = columns.map((c) => c.sql ?? `c${next++}::${c.type}`).join(', ');
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const unnest = valued.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = valued.map((_, i) => `c${i}`).join(', ');
  return target.query(`INSERT INTO ${table} (${names}) SELECT ${selects} FROM unnest(${unnest}) AS x(${aliases}) ${suffix}`, arrays);
}

/**
 * Inserts rows and records each one's original id in import_id_map, in one statement. `ids` are the Atlas ids
 * (UUIDs chosen by the caller); without them the table's serial sequence numbers the rows.
 */
export async function insertMapped(
  ctx: StepContext,
  sourceTable: string,
  table: string,
  columns: Column[],
  rows: { sourceId: string; values: unknown[] }[],
  ids?: string[],
): Promise<void> {
  if (rows.length === 0) return;
  const valued = columns.filter((c) => c.sql === undefined);
  const arrays = [rows.map((r) => r.sourceId), ...(ids ? [ids] : []), ...valued.map((_, i) => rows.map((r) => r.values[i] ?? null))];
  const aliases = ['source_id', ...(ids ? ['given_id'] : []), ...valued.map((_, i) => `c${i}`)].join(', ');
  const unnest = arrays.map((_, i) => `$${i + 2}::text[]`).join(', ');
  const idSql = ids ? 'x.given_id::uuid' : `nextval(pg_get_serial_sequence('${table}', 'id'))`;
  let next = 0;
  const selects = columns.map((c) => c.sql ?? `c${next++}::${c.type}`).join(', ');
  const names = ['id', ...columns.map((c) => c.name)].map((n) => `"${n}"`).join(', ');
  await ctx.target.query(
    `WITH x AS MATERIALIZED (SELECT ${idSql} AS atlas_id, x.* FROM unnest(${unnest}) AS x(${aliases})),
          ins AS (INSERT INTO ${table} (${names}) SELECT atlas_id, ${selects} FROM x)
     INSERT INTO import_id_map (source_table, source_id, atlas_id) SELECT $1, source_id, atlas_id::text FROM x`,
    [sourceTable, ...arrays],
  );
}

/** Keeps the original's UUID as the Atlas id when it is one and free; otherwise a new one (reported). */
export async function chooseUuids(ctx: StepContext, table: string, atlasTable: string, sourceIds: string[]): Promise<string[]> {
  const candidates = sourceIds.map(asUuid);
  const taken = await ctx.target.takenUuids(atlasTable, candidates.filter((c): c is string => c !== null));
  return candidates.map((candidate, i) => {
    if (candidate !== null && !taken.has(candidate)) return candidate;
    ctx.report.adjust(table, sourceIds[i], 'given a new id (the original id is not a UUID or is already used in Atlas)');
    return randomUUID();
  });
}

/** A text cut to its Atlas column's length (reported); a required one that is empty gets `fallback`. */
export function textFor(
  ctx: StepContext,
  table: string,
  id: string,
  value: string | null,
  limit: { table: string; column: string },
  fallback?: string,
): string | null {
  let text = value;
  if (fallback !== undefined && (text === null || text.trim() === '')) {
    ctx.report.adjust(table, id, `empty ${limit.column}: set to "${fallback}"`);
    text = fallback;
  }
  if (text === null) return null;
  const fitted = fitText(text, ctx.target.limit(limit.table, limit.column));
  if (fitted.cut) ctx.report.adjust(table, id, `${limit.column} longer than Atlas allows: cut`);
  return fitted.text;
}
