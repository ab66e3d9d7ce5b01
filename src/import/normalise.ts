/**
 * How free text of the original becomes Atlas's enums: values are compared with case, spaces, dashes and
 * underscores ignored ('in progress', 'IN_PROGRESS' and 'In  Progress' are all `In Progress`). A NULL takes
 * the original's own default. Anything else is not guessed: the row is rejected, or for roles, see below.
 */
export function enumKey(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

export class EnumTable {
  private readonly byKey = new Map<string, string>();

  constructor(
    readonly labels: readonly string[],
    /** What the original's ORM wrote when the application gave nothing. */
    readonly nullDefault: string | null = null,
  ) {
    for (const label of labels) this.byKey.set(enumKey(label), label);
  }

  /** The Atlas label, or null when the value matches none. */
  normalise(value: string | null): string | null {
    if (value === null) return this.nullDefault;
    return this.byKey.get(enumKey(value)) ?? null;
  }

  describe(): string {
    return this.labels.join(', ');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The original's UUID strings are kept as Atlas ids when they are UUIDs (links keep working). */
export function asUuid(value: string): string | null {
  const trimmed = value.trim();
  return UUID.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** Cuts a text to `max` characters (code points, as PostgreSQL counts them). */
export function fitText(value: string, max: number): { text: string; cut: boolean } {
  if (value.length <= max) return { text: value, cut: false };
  const points = Array.from(value);
  if (points.length <= max) return { text: value, cut: false };
  return { text: points.slice(0, max).join(''), cut: true };
}

const BCRYPT = /^\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}$/;

export function isBcryptHash(value: string): boolean {
  return BCRYPT.test(value);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
