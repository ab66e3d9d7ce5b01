import { QueryFailedError } from 'typeorm';

/** True when `error` is a foreign-key violation (23503) raised by a write to `table`. */
export function isForeignKeyViolation(error: unknown, table: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; table?: string };
  return driverError.code === '23503' && driverError.table === table;
}

/** True when `error` is a unique violation (23505) of the named constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
