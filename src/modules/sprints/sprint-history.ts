import { Injectable, OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TaskChange, TaskChangeListeners, TaskStatus } from '../tasks';
import { DayDelta, Totals } from './sprint-numbers';
import { SprintClock } from './sprint-clock';
import { SprintsRepository } from './sprints.repository';

/** How one task change moves one sprint's numbers. */
export interface ScopeDelta {
  sprintId: string;
  taskId: string;
  scopeDelta: number;
  doneDelta: number;
}

type TaskSide = { sprintId: string | null; storyPoints: number | null; status: TaskStatus } | null;

function contribution(task: TaskSide): { sprintId: string | null; scope: number; done: number } {
  if (!task) return { sprintId: null, scope: 0, done: 0 };
  const points = task.storyPoints ?? 0;
  return { sprintId: task.sprintId, scope: points, done: task.status === TaskStatus.DONE ? points : 0 };
}

/**
 * The sprint numbers a task change moves: a task counts its points (unestimated: 0) in its sprint's
 * scope, and in its completed points while Done. Moving between sprints is a removal from one and an
 * addition to the other; a re-estimate, a completion and a reopening are differences within one.
 */
export function scopeDeltasOf(change: TaskChange): ScopeDelta[] {
  const before = contribution(change.before);
  const after = contribution(change.after);
  const deltas: ScopeDelta[] = [];
  const push = (sprintId: string | null, scopeDelta: number, doneDelta: number) => {
    if (sprintId !== null && (scopeDelta !== 0 || doneDelta !== 0)) deltas.push({ sprintId, taskId: change.taskId, scopeDelta, doneDelta });
  };
  if (before.sprintId === after.sprintId) {
    push(after.sprintId, after.scope - before.scope, after.done - before.done);
  } else {
    push(before.sprintId, -before.scope, -before.done);
    push(after.sprintId, after.scope, after.done);
  }
  return deltas;
}

const RECORD_SQL = `
  INSERT INTO sprint_scope_changes (sprint_id, task_id, at, scope_delta, done_delta)
  SELECT sprint_id, task_id, $5, scope_delta, done_delta
    FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) AS d(sprint_id, task_id, scope_delta, done_delta)`;

/**
 * Sprint history, recorded by a task change listener in the transaction of every task write, so the
 * reports read a few hundred rows per sprint (`ix_sprint_scope_changes_sprint`) and never scan tasks.
 * A completed sprint's numbers are final: changes after its completion (a carry-over, a late reopen)
 * are not recorded against it.
 */
@Injectable()
export class SprintHistory implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly listeners: TaskChangeListeners,
    private readonly sprints: SprintsRepository,
    private readonly clock: SprintClock,
  ) {}

  onModuleInit(): void {
    // A task's sprint numbers follow only its sprint, points and status (scopeDeltasOf).
    this.listeners.registerFor(['sprintId', 'storyPoints', 'status'], (changes) => this.record(changes));
  }

  async record(changes: readonly TaskChange[]): Promise<void> {
    const deltas = changes.flatMap(scopeDeltasOf);
    if (deltas.length === 0) return;
    const completed = await this.sprints.completedAmong([...new Set(deltas.map((d) => d.sprintId))]);
    const open = deltas.filter((d) => !completed.has(d.sprintId));
    if (open.length === 0) return;
    await this.txHost.tx.query(RECORD_SQL, [
      open.map((d) => d.sprintId),
      open.map((d) => d.taskId),
      open.map((d) => d.scopeDelta),
      open.map((d) => d.doneDelta),
      this.clock.now(),
    ]);
  }

  /** The sprint's net changes per UTC day. */
  async dailyDeltas(sprintId: string): Promise<DayDelta[]> {
    return this.txHost.tx.query(
      `SELECT to_char((at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day,
              sum(scope_delta)::int AS scope, sum(done_delta)::int AS done
         FROM sprint_scope_changes WHERE sprint_id = $1
        GROUP BY 1 ORDER BY 1`,
      [sprintId],
    );
  }

  /** Each sprint's numbers from its history before the given instant, in one statement. */
  async totalsBefore(until: ReadonlyMap<string, Date>): Promise<Map<string, Totals>> {
    if (until.size === 0) return new Map();
    const rows: ({ sprintId: string } & Totals)[] = await this.txHost.tx.query(
      `SELECT s.id AS "sprintId", coalesce(sum(h.scope_delta), 0)::int AS scope, coalesce(sum(h.done_delta), 0)::int AS done
         FROM unnest($1::uuid[], $2::timestamptz[]) AS s(id, until)
         LEFT JOIN sprint_scope_changes h ON h.sprint_id = s.id AND h.at < s.until
        GROUP BY s.id`,
      [[...until.keys()], [...until.values()]],
    );
    return new Map(rows.map(({ sprintId, scope, done }) => [sprintId, { scope, done }]));
  }
}
