/** Calendar days as `YYYY-MM-DD` strings, always in UTC. */
const DAY_MS = 86_400_000;

export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** `to - from` in whole days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The first instant after the day: history up to the end of `day` is `at < endOf(day)`. */
export function endOf(day: string): Date {
  return new Date(Date.parse(`${addDays(day, 1)}T00:00:00Z`));
}

export function minDay(a: string, b: string): string {
  return a <= b ? a : b;
}
