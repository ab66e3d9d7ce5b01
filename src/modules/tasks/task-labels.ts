import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** A task's label set before and after a write (sorted ids). */
export interface LabelChange {
  before: string[];
  after: string[];
}

/** The sorted, duplicate-free form in which label sets are stored, compared, shown and recorded. */
export function labelSet(labelIds: readonly string[]): string[] {
  return [...new Set(labelIds.map((id) => id.toLowerCase()))].sort();
}

/**
 * The label ids of the task the SQL expression `task` names, as a jsonb array in the order `idsOf`
 * gives them (uuid order is the order of their lowercase text).
 */
export function labelIdsJsonSql(task: string): string {
  return `to_jsonb(ARRAY(SELECT tl.label_id FROM task_labels tl WHERE tl.task_id = ${task} ORDER BY tl.label_id))`;
}

/**
 * The `task_labels` rows. Reads serve the task JSON (one query for any number of tasks); the write
 * is called only by `TasksRepository`, on tasks the caller has locked.
 */
@Injectable()
export class TaskLabels {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Label ids per task (sorted); tasks without labels are absent from the map. */
  async idsOf(taskIds: readonly string[]): Promise<Map<string, string[]>> {
    if (taskIds.length === 0) return new Map();
    const rows: { task_id: string; label_ids: string[] }[] = await this.txHost.tx.query(
      `SELECT task_id, array_agg(label_id ORDER BY label_id) AS label_ids
         FROM task_labels WHERE task_id = ANY($1::uuid[]) GROUP BY task_id`,
      [taskIds],
    );
    return new Map(rows.map((row) => [row.task_id, row.label_ids]));
  }

  async taskIdsWith(labelId: string): Promise<string[]> {
    const rows: { task_id: string }[] = await this.txHost.tx.query(
      'SELECT task_id FROM task_labels WHERE label_id = $1 ORDER BY task_id',
      [labelId],
    );
    return rows.map((row) => row.task_id);
  }

  /**
   * Sets the label set of each given task (two statements whatever their number: the removed pairs,
   * then the added ones). Returns the tasks whose set changed.
   */
  async replace(targets: ReadonlyMap<string, readonly string[]>): Promise<Map<string, LabelChange>> {
    if (targets.size === 0) return new Map();
    const current = await this.idsOf([...targets.keys()]);
    const changes = new Map<string, LabelChange>();
    const removed: [string, string][] = [];
    const added: [string, string][] = [];
    for (const [taskId, wanted] of targets) {
      const before = current.get(taskId) ?? [];
      const after = labelSet(wanted);
      if (before.join() === after.join()) continue;
      changes.set(taskId, { before, after });
      removed.push(...before.filter((id) => !after.includes(id)).map((id): [string, string] => [taskId, id]));
      added.push(...after.filter((id) => !before.includes(id)).map((id): [string, string] => [taskId, id]));
    }
    if (removed.length > 0) {
      await this.txHost.tx.query(
        `DELETE FROM task_labels tl USING unnest($1::uuid[], $2::uuid[]) AS r(task_id, label_id)
          WHERE tl.task_id = r.task_id AND tl.label_id = r.label_id`,
        [removed.map((pair) => pair[0]), removed.map((pair) => pair[1])],
      );
    }
    if (added.length > 0) {
      await this.txHost.tx.query(
        `INSERT INTO task_labels (task_id, label_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [added.map((pair) => pair[0]), added.map((pair) => pair[1])],
      );
    }
    return changes;
  }
}
