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

/**
 * ChangeListeners over entity changes where a listener may name the fields it reacts to: it is then
 * called only with the changes that touch one of them (a creation or deletion touches every field),
 * and a writer whose changes can touch only other fields may skip preparing them (`wants`), as the
 * risk scan does for its set-based rescoring.
 */
export class FieldChangeListeners<C extends { changedFields: readonly F[] }, F> extends ChangeListeners<C> {
  /** The fields of each listener registered with fields; null for one that reacts to every change. */
  private readonly interests: (ReadonlySet<F> | null)[] = [];

  override register(listener: ChangeListener<C>): void {
    this.interests.push(null);
    super.register(listener);
  }

  registerFor(fields: readonly F[], listener: ChangeListener<C>): void {
    const interest = new Set(fields);
    this.interests.push(interest);
    super.register(async (changes) => {
      const relevant = changes.filter((change) => change.changedFields.some((field) => interest.has(field)));
      if (relevant.length > 0) await listener(relevant);
    });
  }

  /** Would any listener be called for changes of (only) these fields? */
  wants(fields: readonly F[]): boolean {
    return this.interests.some((interest) => interest === null || fields.some((field) => interest.has(field)));
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
