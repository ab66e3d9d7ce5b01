import { Rooms } from '../../common/realtime';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { isUniqueViolation, NotFoundError } from '../../common/errors';
import { Page, Paginator } from '../../common/pagination';
import { OutboxService } from '../outbox';
import { ListSprintsQuery } from './dto/sprint.dto';
import { Sprint } from './entities/sprint.entity';
import { toSprintJson } from './sprint.json';
import { SprintStatus } from './sprint-status';
import { SprintAlreadyActiveError } from './sprints.errors';

export type SprintPatch = Partial<
  Pick<Sprint, 'name' | 'goal' | 'status' | 'startDate' | 'endDate' | 'startedAt' | 'completedAt' | 'committedPoints' | 'completedPoints'>
>;

const ONE_ACTIVE_INDEX = 'uq_sprints_one_active';

/**
 * The one write path of `sprints`: every insert, update and delete queues `sprint_updated` (or
 * `sprint_deleted`) to the project room in the caller's transaction. Lifecycle changes lock the row
 * `FOR NO KEY UPDATE` (task writes that reference the sprint keep working meanwhile); scope changes
 * lock it `FOR SHARE`, so a sprint cannot complete or be deleted under a task being moved into it.
 */
@Injectable()
export class SprintsRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly paginator: Paginator,
    private readonly outbox: OutboxService,
  ) {}

  private get sprints() {
    return this.txHost.tx.getRepository(Sprint);
  }

  // Reads

  async get(sprintId: string): Promise<Sprint> {
    const sprint = await this.sprints.findOneBy({ id: sprintId });
    if (!sprint) throw new NotFoundError('Sprint', sprintId);
    return sprint;
  }

  /** Locks the sprint for a lifecycle change (`FOR NO KEY UPDATE`). */
  async lock(sprintId: string): Promise<Sprint> {
    const sprint = await this.sprints.createQueryBuilder('s').setLock('for_no_key_update').where('s.id = :sprintId', { sprintId }).getOne();
    if (!sprint) throw new NotFoundError('Sprint', sprintId);
    return sprint;
  }

  /** Share-locks the sprints that exist among `sprintIds` (in id order) while tasks move into them. */
  async lockShared(sprintIds: readonly string[]): Promise<Sprint[]> {
    if (sprintIds.length === 0) return [];
    return this.sprints
      .createQueryBuilder('s')
      .setLock('pessimistic_read')
      .where({ id: In([...sprintIds]) })
      .orderBy('s.id')
      .getMany();
  }

  /** Which of the given sprints are completed (no lock: history only skips sprints whose numbers are final). */
  async completedAmong(sprintIds: readonly string[]): Promise<Set<string>> {
    if (sprintIds.length === 0) return new Set();
    const rows = await this.sprints.find({ select: { id: true }, where: { id: In([...sprintIds]), status: SprintStatus.COMPLETED } });
    return new Set(rows.map((row) => row.id));
  }

  async page(projectId: string, query: ListSprintsQuery): Promise<Page<Sprint>> {
    const builder = this.sprints.createQueryBuilder('s').where('s.project_id = :projectId', { projectId });
    if (query.status) builder.andWhere('s.status = :status', { status: query.status });
    return this.paginator.paginate(builder, query, {
      scope: `sprints:${projectId}:${query.status ?? ''}`,
      direction: 'DESC',
      columns: [
        { column: 's.created_at', value: (s) => s.createdAt },
        { column: 's.id', value: (s) => s.id },
      ],
    });
  }

  /** The project's last `limit` completed sprints, newest first (`ix_sprints_project_completed`). */
  async lastCompleted(projectId: string, limit: number): Promise<Sprint[]> {
    return this.sprints
      .createQueryBuilder('s')
      .where('s.project_id = :projectId AND s.status = :completed', { projectId, completed: SprintStatus.COMPLETED })
      .orderBy('s.completed_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Active sprints, of the given projects or of all. */
  async active(projectIds: readonly string[] | null): Promise<Sprint[]> {
    const builder = this.sprints.createQueryBuilder('s').where('s.status = :active', { active: SprintStatus.ACTIVE });
    if (projectIds) builder.andWhere('s.project_id = ANY(:projectIds)', { projectIds });
    return builder.orderBy('s.id').getMany();
  }

  // Writes

  async insert(draft: Sprint): Promise<Sprint> {
    const saved = await this.sprints.save(draft);
    await this.updated(saved);
    return saved;
  }

  /** Applies a patch to a locked sprint. Starting a second active sprint of a project is a 409. */
  async update(locked: Sprint, patch: SprintPatch): Promise<Sprint> {
    let rows: { updated_at: Date }[];
    try {
      const result = await this.sprints
        .createQueryBuilder()
        .update(Sprint)
        .set(patch)
        .where('id = :id', { id: locked.id })
        .returning('updated_at')
        .execute();
      rows = result.raw as { updated_at: Date }[];
    } catch (error) {
      if (isUniqueViolation(error, ONE_ACTIVE_INDEX)) throw new SprintAlreadyActiveError(locked.projectId);
      throw error;
    }
    const saved = Object.assign(new Sprint(), locked, patch, { updatedAt: rows[0].updated_at });
    await this.updated(saved);
    return saved;
  }

  async delete(locked: Sprint): Promise<void> {
    await this.sprints.delete(locked.id);
    await this.outbox.enqueue({ room: Rooms.project(locked.projectId), event: 'sprint_deleted', payload: { id: locked.id, project_id: locked.projectId } });
  }

  /** `sprint_updated` for a sprint whose scope changed (its row did not). */
  async updated(sprint: Sprint): Promise<void> {
    await this.outbox.enqueue({ room: Rooms.project(sprint.projectId), event: 'sprint_updated', payload: { ...toSprintJson(sprint) } });
  }
}
