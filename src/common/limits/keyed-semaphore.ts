/** Thrown by `acquire` when the key already has `maxQueue` waiters. */
export class QueueFullError extends Error {}

interface Slot {
  active: number;
  waiting: (() => void)[];
}

/**
 * At most `limit` holders per key at once, at most `maxQueue` waiting (first come, first served).
 * A key's entry exists only while it has holders or waiters, so memory follows current load.
 */
export class KeyedSemaphore<K> {
  private readonly slots = new Map<K, Slot>();

  constructor(
    private readonly limit: number,
    private readonly maxQueue: number,
  ) {}

  /** Resolves with a release function (call it exactly once). */
  async acquire(key: K): Promise<() => void> {
    const free = this.tryAcquire(key);
    if (free) return free;
    const slot = this.slots.get(key)!;
    if (slot.waiting.length >= this.maxQueue) throw new QueueFullError();
    await new Promise<void>((resolve) => slot.waiting.push(resolve));
    return this.releaser(key, slot);
  }

  /**
   * A release function when a slot is free now, else undefined (nothing is queued). A free slot means
   * nobody waits (waiters exist only while every slot is taken), so taking it keeps the queue's order.
   */
  tryAcquire(key: K): (() => void) | undefined {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      this.slots.set(key, slot);
    }
    if (slot.active >= this.limit) return undefined;
    slot.active += 1;
    return this.releaser(key, slot);
  }

  private releaser(key: K, slot: Slot): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(key, slot);
    };
  }

  /** Keys currently tracked (for diagnostics and tests). */
  get size(): number {
    return this.slots.size;
  }

  private release(key: K, slot: Slot): void {
    const next = slot.waiting.shift();
    // The slot passes straight to the next waiter; `active` is unchanged.
    if (next) return next();
    slot.active -= 1;
    if (slot.active === 0) this.slots.delete(key);
  }
}
