/** A statement and its parameters (`$1`... numbered within it). */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Independent writes of one unit of work (inserts into different tables, none reading another's rows)
 * as the data-modifying CTEs of one statement: one round trip instead of one each. Each part keeps its
 * own order (`ORDER BY` in its insert); parameters are renumbered after the ones before.
 */
export function combinedWrites(parts: readonly (Statement | null)[]): Statement | null {
  const present = parts.filter((part): part is Statement => part !== null);
  if (present.length <= 1) return present[0] ?? null;
  const params: unknown[] = [];
  const ctes = present.map((part, i) => {
    const offset = params.length;
    params.push(...part.params);
    return `w${i} AS (${part.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  return { sql: `WITH ${ctes.join(', ')} SELECT 1`, params };
}
