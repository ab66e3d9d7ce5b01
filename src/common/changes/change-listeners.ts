/** Who makes a change and why: every write of an aggregate carries one. */
export interface ChangeContext {
  /** The acting user, or null for the system (a scan, a cascade). */
  actorId: number | null;
  /** Why the change happened when it is not the actor's direct request, e.g. `auto-assigned after completing task <id>`. */
  reason?: string | null;
}

/** One row of an aggregate as a write changed it. */
export interface EntityChange<T, F extends keyof T = keyof T> {
  kind: 'created' | 'updated' | 'deleted';
  actorId: number | null;
  reason: string | null;
  /** null on create. */
  before: Readonly<T> | null;
  /** null on delete. */
  after: Readonly<T> | null;
  /** Fields whose value differs between before and after (every field on create and delete). */
  changedFields: F[];
}

export type ChangeListener<C> = (changes: readonly C[]) => Promise<void>;

/**
 * In-transaction hooks on an aggregate's write path. Another module registers a listener (usually in
 * `onModuleInit`); the owning module's writer calls every listener, in registration order, after each
 * write and inside its transaction, with all rows of that write at once. A listener that throws rolls
 * the whole write back, so it must only fail for a reason that should abort the change.
 */
export class ChangeListeners<C> {
  private readonly listeners: ChangeListener<C>[] = [];

  register(listener: ChangeListener<C>): void {
    this.listeners.push(listener);
  }

  async notify(changes: readonly C[]): Promise<void> {
    if (changes.length === 0) return;
    for (const listener of this.listeners) await listener(changes);
  }
}

/** Compares field by field; dates by instant. */
export function changedFields<T, F extends keyof T>(before: T, after: T, fields: readonly F[]): F[] {
  return fields.filter((field) => !sameValue(before[field], after[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
