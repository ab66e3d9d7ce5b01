import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { ChangeContext, changedFields, setBasedUpdateParams, setBasedUpdateSql } from '../../common/changes';
import { NotFoundError } from '../../common/errors';
import { combinedWrites } from '../../common/sql';
import { PendingUser, UserLookup } from '../../common/auth';
import { AccessPolicy, ProjectAccess } from '../access';
import { ActivityAction, ActivityEntry, ActivityLog, activityText, fieldEntries } from '../activity';
import { assignClaimedCte, claimNextCtes } from './claim-queries';
import { Task } from './entities/task.entity';
import { riskLevelSql, RISK_SCORE_SQL } from './risk-sql';
import { applyRisk, HIGH_RISK_THRESHOLD, MEDIUM_RISK_THRESHOLD } from './risk-scoring';
import { TASK_COLUMNS, TASK_FIELDS, TASK_RECORDED_FIELDS, TaskField, taskRowSql } from './task-columns';
import { TaskChange, TaskChangeListeners, TaskWriteChecks } from './task-changes';
import { RiskLevel, TaskStatus } from './task-enums';
import { TaskEvents } from './task-events';
import { LabelChange, TaskLabels } from './task-labels';

/** What a use case may set; risk is derived by the write itself. */
export type TaskPatch = Partial<Pick<Task, Exclude<TaskField, 'riskLevel' | 'riskScore'>>> & {
  /** The task's whole label set (labels of its project, checked by the caller). */
  labelIds?: readonly string[];
};

export interface TaskWriteContext extends ChangeContext {
  /** The blocker issue whose link or resolution changes `openBlockerCount`: recorded as blocker activity. */
  blockerIssueId?: number;
}

/** A high-risk task with an assignee, as the risk scan scored it: who its alert is owed to. */
export interface HighRiskTask {
  id: string;
  title: string;
  assigneeId: number;
  score: number;
}

/** One batch of the risk scan. */
export interface RescoredBatch {
  scanned: number;
  changed: number;
  high: number;
  medium: number;
  /** The keyset cursor of the next batch, or null when this batch reached the end. */
  next: string | null;
  highRiskAssigned: HighRiskTask[];
}

const UPDATE_SQL = setBasedUpdateSql('tasks', 'uuid', TASK_COLUMNS);
/** UPDATE_SQL's parameters: the ids, then one array per column. */
const UPDATE_PARAMS = TASK_COLUMNS.length + 1;

const LOCK_SQL = `SELECT ${taskRowSql('t')} FROM tasks t WHERE t.id = $1 FOR UPDATE`;
const ACCESSIBLE_ROW_SQL = taskRowSql('x');

/**
 * One statement for a completion: UPDATE_SQL on the written rows, and the claim of the next task of
 * the project (claim-queries.ts) assigned to its new assignee. One row per written row, each with the
 * claimed row's columns as they were before (all null when nothing was claimable) and what its
 * assignment set.
 */
const UPDATE_AND_CLAIM_SQL = `
  WITH RECURSIVE written AS (${UPDATE_SQL}),
  ${claimNextCtes(`$${UPDATE_PARAMS + 1}::uuid`, `$${UPDATE_PARAMS + 2}::uuid`)},
  ${assignClaimedCte(`$${UPDATE_PARAMS + 3}::int`, `$${UPDATE_PARAMS + 4}`)}
  SELECT w.id AS written_id, w.updated_at AS written_updated_at,
         a.updated_at AS assigned_updated_at, a.risk_score AS assigned_risk_score, a.risk_level AS assigned_risk_level, c.*
    FROM written w LEFT JOIN claimed c ON true LEFT JOIN assigned a ON a.id = c.id`;

/** The next task to claim for `assigneeId` after a completion, recorded with `context` (its reason). */
export interface ClaimRequest {
  assigneeId: number;
  context: TaskWriteContext;
}

/** A write prepared in memory: the rows as they will be, their changes, the label sets to store. */
interface PreparedWrite {
  afters: Task[];
  changes: TaskChange[];
  labelTargets: Map<string, readonly string[]>;
}

/** A change and the context it was written in. */
interface RecordedChange {
  change: TaskChange;
  context: TaskWriteContext;
}

/**
 * One batch of the risk scan, set-based: score the next active tasks after the keyset cursor (`scope`),
 * then lock (FOR NO KEY UPDATE SKIP LOCKED) only the rows that need it, those whose stored risk differs
 * from their score and the high-risk ones with an assignee (whose alert goes to the newest assignee),
 * and update the changed ones. A locked row is scored again in its newest version (a task completed
 * meanwhile is no longer active); a row another transaction holds is skipped (every write of a task
 * recomputes its risk itself) and not counted as scanned. Answers the batch's counts on every row (always
 * at least one) with the locked rows the scan needs: high-risk tasks with an assignee and, when `$5`,
 * every changed row with its risk before (for listeners that follow risk).
 */
const RESCORE_BATCH_SQL = `
  WITH scope AS (
    SELECT s.*, (s.risk_score <> s.score OR s.risk_level <> ${riskLevelSql('s.score')}
                 OR (s.score >= ${HIGH_RISK_THRESHOLD} AND s.assignee_id IS NOT NULL)) AS needs_lock
      FROM (SELECT t.id, t.assignee_id, t.risk_score, t.risk_level, (${RISK_SCORE_SQL})::smallint AS score
              FROM tasks t
             WHERE t.status <> 'Done' AND t.id > $2::uuid AND ($4::uuid[] IS NULL OR t.project_id = ANY($4::uuid[]))
             ORDER BY t.id
             LIMIT $3) s
  ), locked AS (
    SELECT t.id, t.title, t.assignee_id, t.risk_score, t.risk_level, (${RISK_SCORE_SQL})::smallint AS score
      FROM tasks t
     WHERE t.status <> 'Done' AND t.id IN (SELECT id FROM scope WHERE needs_lock)
       FOR NO KEY UPDATE OF t SKIP LOCKED
  ), updated AS (
    UPDATE tasks t SET risk_score = l.score, risk_level = ${riskLevelSql('l.score')}
      FROM locked l
     WHERE t.id = l.id AND (t.risk_score <> l.score OR t.risk_level <> ${riskLevelSql('l.score')})
    RETURNING t.id
  ), scanned AS (
    -- Rows that needed the lock and did not get it are skipped, as if they had not been scanned.
    SELECT coalesce(l.score, s.score) AS score
      FROM scope s LEFT JOIN locked l ON l.id = s.id
     WHERE l.id IS NOT NULL OR NOT s.needs_lock
  ), summary AS (
    SELECT count(*)::int AS scanned, (SELECT count(*)::int FROM updated) AS changed,
           (count(*) FILTER (WHERE score >= ${HIGH_RISK_THRESHOLD}))::int AS high,
           (count(*) FILTER (WHERE score >= ${MEDIUM_RISK_THRESHOLD} AND score < ${HIGH_RISK_THRESHOLD}))::int AS medium,
           (SELECT count(*)::int FROM scope) AS window_size,
           (SELECT id FROM scope ORDER BY id DESC LIMIT 1) AS last_id
      FROM scanned
  )
  SELECT s.*, r.id, r.title, r.assignee_id, r.score, r.risk_score AS old_score, r.risk_level AS old_level, r.changed_row
    FROM summary s
    LEFT JOIN (
      SELECT l.*, (u.id IS NOT NULL) AS changed_row FROM locked l LEFT JOIN updated u ON u.id = l.id
       WHERE (l.score >= ${HIGH_RISK_THRESHOLD} AND l.assignee_id IS NOT NULL) OR ($5::boolean AND u.id IS NOT NULL)
    ) r ON true
   ORDER BY r.id`;

/** The risk columns a rescoring writes. */
const RISK_FIELDS: readonly TaskField[] = ['riskScore', 'riskLevel'];

type RawRow = Record<string, unknown>;

/**
 * The one write path of `tasks`. Every write, of one row or many, applies risk, writes set-based,
 * records activity rows (actor, field, old and new value as text, reason), queues `task_updated` for
 * delivery after commit and calls the registered change listeners, all in the caller's transaction.
 * Callers lock what they change (`lock`, `lockMany`, ...) and pass the locked rows; a completion claims
 * its next task in the statement that writes it (`updateAndClaimNext`).
 */
@Injectable()
export class TasksRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly users: UserLookup,
    private readonly activity: ActivityLog,
    private readonly events: TaskEvents,
    private readonly listeners: TaskChangeListeners,
    private readonly checks: TaskWriteChecks,
    private readonly labels: TaskLabels,
  ) {}

  private get tasks() {
    return this.txHost.tx.getRepository(Task);
  }

  // Reads

  async get(taskId: string): Promise<Task> {
    const task = await this.tasks.findOneBy({ id: taskId });
    if (!task) throw new NotFoundError('Task', taskId);
    return task;
  }

  async exists(taskId: string, projectId: string): Promise<boolean> {
    return this.tasks.existsBy({ id: taskId, projectId });
  }

  /** Active (not Done) tasks of a project per stored risk level. */
  async riskLevelCounts(projectId: string): Promise<Record<RiskLevel, number>> {
    const rows: { level: RiskLevel; n: number }[] = await this.tasks
      .createQueryBuilder('t')
      .select('t.risk_level', 'level')
      .addSelect('count(*)::int', 'n')
      .where('t.project_id = :projectId AND t.status <> :done', { projectId, done: TaskStatus.DONE })
      .groupBy('t.risk_level')
      .getRawMany();
    const count = (level: RiskLevel) => rows.find((row) => row.level === level)?.n ?? 0;
    return { [RiskLevel.HIGH]: count(RiskLevel.HIGH), [RiskLevel.MEDIUM]: count(RiskLevel.MEDIUM), [RiskLevel.LOW]: count(RiskLevel.LOW) };
  }

  /** The project's active high-risk tasks, riskiest and soonest due first. */
  async highRisk(projectId: string, limit: number): Promise<Task[]> {
    return this.tasks
      .createQueryBuilder('t')
      .where('t.project_id = :projectId AND t.status <> :done AND t.risk_level = :high', {
        projectId,
        done: TaskStatus.DONE,
        high: RiskLevel.HIGH,
      })
      .orderBy('t.risk_score', 'DESC')
      .addOrderBy('t.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('t.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Locks one task (`FOR UPDATE`) until the caller's transaction ends. */
  async lock(taskId: string): Promise<Task> {
    const [task] = await this.rows(LOCK_SQL, [taskId]);
    if (!task) throw new NotFoundError('Task', taskId);
    return task;
  }

  /**
   * `lock` of a task `userId` may act on, with that access (AccessPolicy.task), in one statement; for a
   * `caller` whose account check rides on it (UserCheckedByQuery), that check too, decided before
   * anything else runs.
   */
  async lockAccessible(userId: number, taskId: string, caller?: PendingUser): Promise<{ access: ProjectAccess; task: Task }> {
    const columns = caller ? `${ACCESSIBLE_ROW_SQL}, ${this.users.sessionVersionSql('$1')} AS caller_session_version` : ACCESSIBLE_ROW_SQL;
    const { access, row } = await this.access.lockedTask<RawRow>(userId, taskId, columns);
    if (caller) this.users.confirm(caller, row.caller_session_version as number | null);
    return { access, task: this.hydrate(row) };
  }

  /** Locks the tasks that exist among `taskIds`, in id order (so concurrent callers cannot deadlock). */
  async lockMany(taskIds: readonly string[]): Promise<Task[]> {
    return this.tasks
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where({ id: In([...taskIds]) })
      .orderBy('t.id')
      .getMany();
  }

  /** Locks the not-Done tasks of `assigneeId` in the given projects, in id order. */
  async lockOpenTasksOf(projectIds: readonly string[], assigneeId: number): Promise<Task[]> {
    if (projectIds.length === 0) return [];
    return this.tasks
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.project_id = ANY(:projectIds) AND t.assignee_id = :assigneeId AND t.status <> :done', {
        projectIds,
        assigneeId,
        done: TaskStatus.DONE,
      })
      .orderBy('t.id')
      .getMany();
  }

  /** Locks the tasks of a sprint, in id order. */
  async lockInSprint(sprintId: string): Promise<Task[]> {
    return this.tasks
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.sprint_id = :sprintId', { sprintId })
      .orderBy('t.id')
      .getMany();
  }

  // Writes

  /**
   * Inserts new tasks (ids and timestamps are filled in) in one statement, with the labels
   * `labelsOf` gives each (part of the creation: no separate history row).
   */
  async insert(drafts: Task[], context: TaskWriteContext, labelsOf?: (draft: Task) => readonly string[]): Promise<Task[]> {
    if (drafts.length === 0) return [];
    const now = new Date();
    for (const task of drafts) {
      task.id ??= randomUUID();
      task.sprintId ??= null;
      task.storyPoints ??= null;
      applyRisk(task, now);
    }
    const changes = drafts.map((task) => this.change('created', null, task, TASK_FIELDS, context));
    await this.checks.notify(changes);
    await this.tasks.insert(drafts);
    if (labelsOf) await this.labels.replace(new Map(drafts.map((draft) => [draft.id, labelsOf(draft)])));
    await this.recorded(changes.map((change) => ({ change, context })));
    return drafts;
  }

  /** Applies the same patch to one locked task. */
  async update(locked: Task, patch: TaskPatch, context: TaskWriteContext): Promise<Task> {
    const [saved] = await this.updateMany([locked], () => patch, context);
    return saved;
  }

  /** Applies a patch per locked task, in one UPDATE. Returns the new rows in the given order. */
  async updateMany(locked: readonly Task[], patchOf: (task: Task) => TaskPatch, context: TaskWriteContext): Promise<Task[]> {
    if (locked.length === 0) return [];
    const write = await this.prepare(locked, patchOf, context, new Date());
    const [rows]: [{ id: string; updated_at: Date }[], number] = await this.txHost.tx.query(
      UPDATE_SQL,
      setBasedUpdateParams(write.afters, TASK_COLUMNS),
    );
    stamp(write.afters, rows);
    const labelChanges = await this.labels.replace(write.labelTargets);
    await this.recorded(write.changes.map((change) => ({ change, context })), labelChanges);
    return write.afters;
  }

  /**
   * `update` of one locked task and, in the same statement, the claim of the next task of its project
   * in board order (claim-queries.ts: never a blocked task, SKIP LOCKED among concurrent completers),
   * assigned to `claim.assigneeId` as In Progress with its risk rescored. Both changes are recorded
   * together: one activity insert, one outbox insert, one call of the listeners.
   */
  async updateAndClaimNext(locked: Task, patch: TaskPatch, context: TaskWriteContext, claim: ClaimRequest): Promise<{ saved: Task; claimed: Task | null }> {
    const now = new Date();
    const write = await this.prepare([locked], () => patch, context, now);
    const rows: RawRow[] = await this.txHost.tx.query(UPDATE_AND_CLAIM_SQL, [
      ...setBasedUpdateParams(write.afters, TASK_COLUMNS),
      locked.projectId,
      locked.id,
      claim.assigneeId,
      now,
    ]);
    stamp(
      write.afters,
      rows.map((row) => ({ id: row.written_id as string, updated_at: row.written_updated_at as Date })),
    );
    const labelChanges = await this.labels.replace(write.labelTargets);
    const recorded: RecordedChange[] = write.changes.map((change) => ({ change, context }));
    let claimed: Task | null = null;
    const [row] = rows;
    if (row.id !== null) {
      const before = this.hydrate(row);
      claimed = Object.assign(new Task(), before, {
        status: TaskStatus.IN_PROGRESS,
        assigneeId: claim.assigneeId,
        riskScore: Number(row.assigned_risk_score),
        riskLevel: row.assigned_risk_level as RiskLevel,
        updatedAt: row.assigned_updated_at as Date,
      });
      const change = this.change('updated', before, claimed, changedFields(before, claimed, TASK_FIELDS), claim.context);
      // The claimed row is known only once the statement ran; a refusal still rolls everything back.
      await this.checks.notify([change]);
      recorded.push({ change, context: claim.context });
    }
    await this.recorded(recorded, labelChanges);
    return { saved: write.afters[0], claimed };
  }

  /** A blocker issue was linked (+1) or stopped blocking (-1). */
  async adjustOpenBlockers(taskId: string, delta: 1 | -1, context: TaskWriteContext): Promise<Task> {
    const task = await this.lock(taskId);
    return this.update(task, { openBlockerCount: task.openBlockerCount + delta }, context);
  }

  /** The task's own history goes with it; the deletion is recorded on the project, naming the task. */
  async delete(locked: Task, context: ChangeContext): Promise<void> {
    await this.tasks.delete(locked.id);
    await this.activity.record([
      {
        projectId: locked.projectId,
        actorId: context.actorId,
        action: ActivityAction.DELETED,
        field: 'task_id',
        oldValue: locked.id,
        reason: context.reason ?? null,
      },
    ]);
    await this.listeners.notify([this.change('deleted', locked, null, TASK_FIELDS, context)]);
  }

  /**
   * One batch of the risk scan (set-based; see RESCORE_BATCH_SQL). A rescoring changes only derived
   * columns, so it records no activity and queues no event (clients read risk on request); the
   * listeners that follow risk (none so far) still see every changed row, read whole for them.
   */
  async rescoreBatch(cursor: string, projectIds: readonly string[] | null, limit: number, now: Date): Promise<RescoredBatch> {
    const forListeners = this.listeners.wants(RISK_FIELDS);
    const raw: RawRow[] = await this.txHost.tx.query(RESCORE_BATCH_SQL, [now, cursor, limit, projectIds, forListeners]);
    const [summary] = raw;
    const rows = raw.filter((row) => row.id !== null);
    if (forListeners) await this.rescored(rows.filter((row) => row.changed_row));
    return {
      scanned: summary.scanned as number,
      changed: summary.changed as number,
      high: summary.high as number,
      medium: summary.medium as number,
      next: (summary.window_size as number) < limit ? null : (summary.last_id as string),
      highRiskAssigned: rows
        .filter((row) => (row.score as number) >= HIGH_RISK_THRESHOLD && row.assignee_id !== null)
        .map((row) => ({ id: row.id as string, title: row.title as string, assigneeId: row.assignee_id as number, score: row.score as number })),
    };
  }

  /** The listeners' changes of rescored rows: each row as it is now, and before with its old risk. */
  private async rescored(changedRows: RawRow[]): Promise<void> {
    if (changedRows.length === 0) return;
    const oldRisk = new Map(changedRows.map((row) => [row.id as string, { riskScore: row.old_score as number, riskLevel: row.old_level as RiskLevel }]));
    const current = await this.rows(`SELECT ${taskRowSql('t')} FROM tasks t WHERE t.id = ANY($1::uuid[]) ORDER BY t.id`, [[...oldRisk.keys()]]);
    const changes = current.map((after) => {
      const before = Object.assign(new Task(), after, oldRisk.get(after.id));
      return this.change('updated', before, after, changedFields(before, after, TASK_FIELDS), { actorId: null });
    });
    await this.listeners.notify(changes);
  }

  // Internals

  private change(
    kind: TaskChange['kind'],
    before: Task | null,
    after: Task | null,
    fields: readonly TaskField[],
    context: ChangeContext,
  ): TaskChange {
    const task = (after ?? before)!;
    return {
      kind,
      taskId: task.id,
      projectId: task.projectId,
      actorId: context.actorId,
      reason: context.reason ?? null,
      before,
      after,
      changedFields: [...fields],
    };
  }

  /** The rows as a patch per locked row makes them (risk applied), their changes, checked by the write checks. */
  private async prepare(locked: readonly Task[], patchOf: (task: Task) => TaskPatch, context: TaskWriteContext, now: Date): Promise<PreparedWrite> {
    const labelTargets = new Map<string, readonly string[]>();
    const afters = locked.map((before) => {
      const { labelIds, ...columns } = patchOf(before);
      if (labelIds !== undefined) labelTargets.set(before.id, labelIds);
      const after = Object.assign(new Task(), before, columns);
      applyRisk(after, now);
      return after;
    });
    const changes = locked.map((before, i) => this.change('updated', before, afters[i], changedFields(before, afters[i], TASK_FIELDS), context));
    await this.checks.notify(changes.filter((change) => change.changedFields.length > 0));
    return { afters, changes, labelTargets };
  }

  /**
   * Activity rows and `task_updated` events of one write in one statement (both inserts, for all its
   * rows), then the listeners.
   */
  private async recorded(recorded: RecordedChange[], labelChanges: ReadonlyMap<string, LabelChange> = new Map()): Promise<void> {
    const changes = recorded.map(({ change }) => change);
    const writes = combinedWrites([
      this.activity.insertStatement(
        recorded.flatMap(({ change, context }) => [...activityOf(change, context), ...labelActivityOf(change, labelChanges.get(change.taskId))]),
      ),
      this.events.updatedStatement(changes.map((change) => change.after!)),
    ]);
    if (writes) await this.txHost.tx.query(writes.sql, writes.params);
    await this.listeners.notify(changes);
  }

  private async rows(sql: string, params: unknown[]): Promise<Task[]> {
    const raw: RawRow[] = await this.txHost.tx.query(sql, params);
    return raw.map((row) => this.hydrate(row));
  }

  /** A raw `tasks` row as an entity, with the column types and transformers of the mapping. */
  private hydrate(row: RawRow): Task {
    const driver = this.txHost.tx.connection.driver;
    const task = new Task();
    for (const column of this.tasks.metadata.columns) {
      if (column.databaseName in row) {
        (task as unknown as RawRow)[column.propertyName] = driver.prepareHydratedValue(row[column.databaseName], column);
      }
    }
    return task;
  }
}

/** Sets each written row's `updatedAt` from the statement's `RETURNING id, updated_at`. */
function stamp(afters: readonly Task[], rows: readonly { id: string; updated_at: Date }[]): void {
  const updatedAt = new Map(rows.map((row) => [row.id, row.updated_at]));
  for (const after of afters) {
    const value = updatedAt.get(after.id);
    if (!value) throw new NotFoundError('Task', after.id);
    after.updatedAt = value;
  }
}

/** The row of a changed label set, recorded as the `label_ids` field of the task JSON. */
export function labelActivityOf(change: TaskChange, labels: LabelChange | undefined): ActivityEntry[] {
  if (!labels) return [];
  return [
    {
      taskId: change.taskId,
      projectId: change.projectId,
      actorId: change.actorId,
      reason: change.reason,
      action: ActivityAction.UPDATED,
      field: 'label_ids',
      oldValue: activityText(labels.before),
      newValue: activityText(labels.after),
    },
  ];
}

/** The activity rows of one task change: its creation, a row per changed recorded field, blocker links. */
export function activityOf(change: TaskChange, context: Pick<TaskWriteContext, 'blockerIssueId'>): ActivityEntry[] {
  const base = { taskId: change.taskId, projectId: change.projectId, actorId: change.actorId, reason: change.reason };
  if (change.kind === 'created') return [{ ...base, action: ActivityAction.CREATED }];
  if (change.kind !== 'updated' || !change.before || !change.after) return [];
  const { before, after } = change;
  const entries = fieldEntries(TASK_RECORDED_FIELDS, before, after, change.changedFields, base);
  if (change.changedFields.includes('openBlockerCount') && context.blockerIssueId !== undefined) {
    const linked = after.openBlockerCount > before.openBlockerCount;
    const issueId = String(context.blockerIssueId);
    entries.push({
      ...base,
      action: linked ? ActivityAction.BLOCKER_LINKED : ActivityAction.BLOCKER_RESOLVED,
      field: 'issue_id',
      oldValue: linked ? null : issueId,
      newValue: linked ? issueId : null,
    });
  }
  return entries;
}
