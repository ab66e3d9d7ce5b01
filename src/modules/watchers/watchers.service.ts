import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { ActivityAction, ActivityLog } from '../activity';
import { WatcherDto } from './dto/watcher.dto';
import { Watcher } from './entities/watcher.entity';
import { Subject, subjectAccess, subjectColumn, subjectIdType, subjectRef } from './subject';

export interface NewWatcher {
  subjectId: string | number;
  projectId: string;
  userId: number;
}

/**
 * Who watches a task or an issue. The creator, the assignee and every commenter are added
 * automatically (by the change listeners and the comment use case); members may also watch and
 * unwatch explicitly, which is recorded in the subject's history.
 */
@Injectable()
export class WatchersService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly activity: ActivityLog,
  ) {}

  @Transactional()
  async watch(userId: number, subject: Subject): Promise<void> {
    const { projectId } = await subjectAccess(this.access, userId, subject);
    const added = await this.add(subject, projectId, [userId]);
    if (added.length > 0) await this.record(subject, projectId, userId, ActivityAction.WATCHED);
  }

  @Transactional()
  async unwatch(userId: number, subject: Subject): Promise<void> {
    const { projectId } = await subjectAccess(this.access, userId, subject);
    const column = subjectColumn(subject);
    const [removed]: [unknown[], number] = await this.txHost.tx.query(
      `DELETE FROM watchers WHERE ${column} = $1 AND user_id = $2 RETURNING id`,
      [subject.id, userId],
    );
    if (removed.length > 0) await this.record(subject, projectId, userId, ActivityAction.UNWATCHED);
  }

  /** Oldest watcher first. */
  async list(userId: number, subject: Subject, query: PageQueryDto): Promise<Page<WatcherDto>> {
    await subjectAccess(this.access, userId, subject);
    const column = subjectColumn(subject);
    const builder = this.txHost.tx
      .getRepository(Watcher)
      .createQueryBuilder('w')
      .innerJoinAndSelect('w.user', 'user')
      .where(`w.${column} = :subjectId`, { subjectId: subject.id });
    const page = await this.paginator.paginate(builder, query, {
      scope: `watchers:${column}:${subject.id}`,
      direction: 'ASC',
      columns: [
        { column: 'w.created_at', value: (w) => w.createdAt },
        { column: 'w.id', value: (w) => w.id },
      ],
    });
    return mapPage(page, (w) => ({ user_id: w.userId, username: w.user.username }));
  }

  /** Adds watchers to one subject (existing ones are kept); returns the users that were added. */
  async add(subject: Subject, projectId: string, userIds: readonly number[]): Promise<number[]> {
    const added = await this.addMany(subject.type, userIds.map((userId) => ({ subjectId: subject.id, projectId, userId })));
    return added.map((row) => row.userId);
  }

  /** Adds watchers to any number of subjects of one kind in one statement; returns the rows added. */
  async addMany(type: Subject['type'], entries: readonly NewWatcher[]): Promise<NewWatcher[]> {
    if (entries.length === 0) return [];
    const column = subjectColumn({ type });
    const rows: { subject_id: string; project_id: string; user_id: number }[] = await this.txHost.tx.query(
      `INSERT INTO watchers (${column}, project_id, user_id)
       SELECT DISTINCT s, p, u FROM unnest($1::${subjectIdType({ type })}[], $2::uuid[], $3::int[]) AS e(s, p, u)
       ON CONFLICT (${column}, user_id) WHERE ${column} IS NOT NULL DO NOTHING
       RETURNING ${column}::text AS subject_id, project_id, user_id`,
      [entries.map((e) => e.subjectId), entries.map((e) => e.projectId), entries.map((e) => e.userId)],
    );
    return rows.map((row) => ({
      subjectId: type === 'task' ? row.subject_id : Number(row.subject_id),
      projectId: row.project_id,
      userId: row.user_id,
    }));
  }

  /**
   * `addMany(type, entries)` and then `watchersOf(type, ids)` in one statement: the watchers listed
   * include the ones just added.
   */
  async addManyAndList(type: Subject['type'], entries: readonly NewWatcher[], ids: readonly (string | number)[]): Promise<Map<string, number[]>> {
    if (entries.length === 0) return this.watchersOf(type, ids);
    if (ids.length === 0) {
      await this.addMany(type, entries);
      return new Map();
    }
    const column = subjectColumn({ type });
    const idType = subjectIdType({ type });
    // The outer query reads the watchers as they were before the statement, so the added rows are
    // joined in from the insert's RETURNING (never both: the insert skips existing pairs).
    const rows: { subject: string; user_ids: number[] }[] = await this.txHost.tx.query(
      `WITH added AS (
         INSERT INTO watchers (${column}, project_id, user_id)
         SELECT DISTINCT s, p, u FROM unnest($1::${idType}[], $2::uuid[], $3::int[]) AS e(s, p, u)
         ON CONFLICT (${column}, user_id) WHERE ${column} IS NOT NULL DO NOTHING
         RETURNING ${column} AS subject, user_id
       )
       SELECT subject::text AS subject, array_agg(user_id ORDER BY user_id) AS user_ids
         FROM (SELECT ${column} AS subject, user_id FROM watchers WHERE ${column} = ANY($4::${idType}[])
               UNION ALL
               SELECT subject, user_id FROM added WHERE subject = ANY($4::${idType}[])) w
        GROUP BY subject`,
      [entries.map((e) => e.subjectId), entries.map((e) => e.projectId), entries.map((e) => e.userId), ids],
    );
    return new Map(rows.map((row) => [row.subject, row.user_ids]));
  }

  /** The watchers of each subject of one kind, in one query. */
  async watchersOf(type: Subject['type'], ids: readonly (string | number)[]): Promise<Map<string, number[]>> {
    if (ids.length === 0) return new Map();
    const column = subjectColumn({ type });
    const rows: { subject: string; user_ids: number[] }[] = await this.txHost.tx.query(
      `SELECT ${column}::text AS subject, array_agg(user_id ORDER BY user_id) AS user_ids
         FROM watchers WHERE ${column} = ANY($1::${subjectIdType({ type })}[]) GROUP BY ${column}`,
      [ids],
    );
    return new Map(rows.map((row) => [row.subject, row.user_ids]));
  }

  /** A member who left an organization stops watching everything in its projects. */
  async removeFromProjects(userId: number, projectIds: readonly string[]): Promise<void> {
    if (projectIds.length === 0) return;
    await this.txHost.tx.query('DELETE FROM watchers WHERE user_id = $1 AND project_id = ANY($2::uuid[])', [userId, projectIds]);
  }

  private async record(subject: Subject, projectId: string, userId: number, action: ActivityAction): Promise<void> {
    await this.activity.record([{ ...subjectRef(subject), projectId, actorId: userId, action }]);
  }
}
