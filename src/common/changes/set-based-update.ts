/** A stored column that a write may change. */
export interface WritableColumn<T> {
  key: keyof T & string;
  /** SQL column name (quoted where it is a keyword). */
  column: string;
  /** SQL type of the column, for the typed arrays of a set-based write. */
  type: string;
}

/**
 * `UPDATE <table> ... FROM unnest(<one array per column>)`: any number of rows, each with its own
 * values, in one statement. `$1` is the id array (of `idType`); returns `id, updated_at`.
 */
export function setBasedUpdateSql<T>(table: string, idType: string, columns: readonly WritableColumn<T>[]): string {
  return `
  UPDATE ${table} x SET ${columns.map((c, i) => `${c.column} = v.c${i}`).join(', ')}, updated_at = now()
    FROM unnest($1::${idType}[], ${columns.map((c, i) => `$${i + 2}::${c.type}[]`).join(', ')})
         AS v(id, ${columns.map((_, i) => `c${i}`).join(', ')})
   WHERE x.id = v.id
  RETURNING x.id, x.updated_at`;
}

export function setBasedUpdateParams<T extends { id: unknown }>(rows: readonly T[], columns: readonly WritableColumn<T>[]): unknown[] {
  return [rows.map((row) => row.id), ...columns.map((c) => rows.map((row) => row[c.key]))];
}
