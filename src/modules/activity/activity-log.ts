import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { Statement } from '../../common/sql';
import { ActivityAction } from './activity-action';
import { ActivityDto } from './dto/activity.dto';
import { Activity } from './entities/activity.entity';

/** One row to record: about a task or an issue (exactly one of `taskId`, `issueId`; neither for a deletion). */
export interface ActivityEntry {
  taskId?: string;
  issueId?: number;
  projectId: string;
  /** null for the system (e.g. the risk scan). */
  actorId: number | null;
  action: ActivityAction;
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
  reason?: string | null;
}

/** A task's status transition as recorded. */
export interface StatusTransition {
  taskId: string;
  actorId: number | null;
  status: string;
  at: Date;
}

export function toActivityJson(activity: Activity): ActivityDto {
  return {
    id: Number(activity.id),
    actor_id: activity.actorId,
    actor_username: activity.actor?.username ?? null,
    action: activity.action,
    field: activity.field,
    old_value: activity.oldValue,
    new_value: activity.newValue,
    reason: activity.reason,
    created_at: activity.createdAt.toISOString(),
  };
}

/**
 * The history of tasks and issues. Rows are written by the owning module's write path, in the
 * caller's transaction, so a change and its record commit or roll back together.
 */
@Injectable()
export class ActivityLog {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly paginator: Paginator,
  ) {}

  /** Any number of rows in one statement; ids (and so the reading order) follow the given order. */
  async record(entries: readonly ActivityEntry[]): Promise<void> {
    const statement = this.insertStatement(entries);
    if (statement) await this.txHost.tx.query(statement.sql, statement.params);
  }

  /** `record` as a statement, for a writer that sends it with its other writes (see combinedWrites); null for no rows. */
  insertStatement(entries: readonly ActivityEntry[]): Statement | null {
    if (entries.length === 0) return null;
    const column = <T>(pick: (entry: ActivityEntry) => T) => entries.map(pick);
    return {
      sql: `INSERT INTO activities (task_id, issue_id, project_id, actor_id, action, field, old_value, new_value, reason)
       SELECT task_id, issue_id, project_id, actor_id, action, field, old_value, new_value, reason
         FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
              WITH ORDINALITY AS a(task_id, issue_id, project_id, actor_id, action, field, old_value, new_value, reason, n)
        ORDER BY n`,
      params: [
        column((e) => e.taskId ?? null),
        column((e) => e.issueId ?? null),
        column((e) => e.projectId),
        column((e) => e.actorId),
        column((e) => e.action),
        column((e) => e.field ?? null),
        column((e) => e.oldValue ?? null),
        column((e) => e.newValue ?? null),
        column((e) => e.reason ?? null),
      ],
    };
  }

  /** A task's history, oldest first (keyset on `(created_at, id)`). The caller checks access. */
  async taskPage(taskId: string, page: PageQueryDto): Promise<Page<ActivityDto>> {
    return this.page('task_id', taskId, page);
  }

  /** An issue's history, oldest first. The caller checks access. */
  async issuePage(issueId: number, page: PageQueryDto): Promise<Page<ActivityDto>> {
    return this.page('issue_id', issueId, page);
  }

  /**
   * The last status transition of each of the project's tasks at or after `since` (who made it and
   * when), read through the `(project_id, created_at, id)` index.
   */
  async lastStatusTransitionsSince(projectId: string, since: Date): Promise<StatusTransition[]> {
    return this.txHost.tx.query(
      `SELECT DISTINCT ON (a.task_id) a.task_id AS "taskId", a.actor_id AS "actorId", a.new_value AS status, a.created_at AS "at"
         FROM activities a
        WHERE a.project_id = $1 AND a.created_at >= $2 AND a.action = $3 AND a.task_id IS NOT NULL
        ORDER BY a.task_id, a.created_at DESC, a.id DESC`,
      [projectId, since, ActivityAction.STATUS_CHANGED],
    );
  }

  private async page(column: 'task_id' | 'issue_id', subjectId: string | number, page: PageQueryDto): Promise<Page<ActivityDto>> {
    const query = this.txHost.tx
      .getRepository(Activity)
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.actor', 'actor')
      .where(`a.${column} = :subjectId`, { subjectId });
    const rows = await this.paginator.paginate(
      query,
      page,
      {
        scope: `activity:${column}:${subjectId}`,
        direction: 'ASC',
        columns: [
          { column: 'a.created_at', value: (a) => a.createdAt },
          { column: 'a.id', value: (a) => a.id },
        ],
      },
      // A plain count (an index-only scan of the subject's rows), not the builder's COUNT(DISTINCT) over the join.
      { total: () => this.count(column, subjectId) },
    );
    return mapPage(rows, toActivityJson);
  }

  private async count(column: 'task_id' | 'issue_id', subjectId: string | number): Promise<number> {
    const [{ n }]: { n: number }[] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM activities WHERE ${column} = $1`, [subjectId]);
    return n;
  }
}
