import { DataSource, EntityManager } from 'typeorm';

/**
 * Deletes in batches, each in its own short transaction that first takes
 * `pg_try_advisory_xact_lock(hashtext(lockName))`, so that one instance sweeps at a time and no batch
 * holds many row locks for long. `deleteBatch` deletes at most `batchSize` rows and returns how many.
 * Returns the rows deleted, or null when another instance held the lock from the start.
 */
export async function sweepInBatches(
  dataSource: DataSource,
  lockName: string,
  batchSize: number,
  deleteBatch: (manager: EntityManager) => Promise<number>,
  shouldStop: () => boolean = () => false,
): Promise<number | null> {
  let deleted = 0;
  for (;;) {
    const batch = await dataSource.transaction(async (manager) => {
      const [{ locked }]: { locked: boolean }[] = await manager.query(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [lockName],
      );
      return locked ? deleteBatch(manager) : null;
    });
    if (batch === null) return deleted > 0 ? deleted : null;
    deleted += batch;
    if (batch < batchSize || shouldStop()) return deleted;
  }
}
