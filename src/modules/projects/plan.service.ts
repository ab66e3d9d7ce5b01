import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessPolicy } from '../access';
import { storyIdsInBoardOrderSql } from './board-order';
import { CreatePlanItemDto, PlanItemDto, UpdatePlanItemDto } from './dto/project.dto';
import { Epic } from './entities/epic.entity';
import { Story } from './entities/story.entity';

export function toPlanItemJson(item: Epic | Story): PlanItemDto {
  return { id: item.id, name: item.name, description: item.description, order: item.order };
}

function changesOf(input: UpdatePlanItemDto): Partial<Epic & Story> {
  const changes: Partial<Epic & Story> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.description !== undefined) changes.description = input.description;
  if (input.order !== undefined) changes.order = input.order;
  return changes;
}

const BOARD_ORDER = { order: 'ASC', createdAt: 'ASC', id: 'ASC' } as const;

/** Epics and stories: the plan of a project (its tasks' board is built by the tasks module). */
@Injectable()
export class PlanService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
  ) {}

  private get epics() {
    return this.txHost.tx.getRepository(Epic);
  }

  private get stories() {
    return this.txHost.tx.getRepository(Story);
  }

  /** The project's epics and its stories, each in board order (two queries); the caller checks access. */
  async outline(projectId: string): Promise<{ epics: Epic[]; stories: Story[] }> {
    const [epics, stories] = await Promise.all([
      this.epics.find({ where: { projectId }, order: BOARD_ORDER }),
      this.stories.find({ where: { projectId }, order: BOARD_ORDER }),
    ]);
    return { epics, stories };
  }

  /** Ids of the project's stories in board order: epic order, then story order (ties by creation, id). */
  async storyIdsInBoardOrder(projectId: string): Promise<string[]> {
    const [row]: { ids: string[] }[] = await this.txHost.tx.query(`SELECT ${storyIdsInBoardOrderSql('$1')} AS ids`, [projectId]);
    return row.ids;
  }

  async storyBelongsTo(storyId: string, projectId: string): Promise<boolean> {
    return this.stories.existsBy({ id: storyId, projectId });
  }

  /**
   * The order after the project's last epic, for appending. Joins the caller's transaction and holds an
   * advisory lock on the project's epic order until it ends, so two appends cannot start at the same order.
   */
  async nextEpicOrder(projectId: string): Promise<number> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`epic-order:${projectId}`]);
    const row = await this.epics
      .createQueryBuilder('e')
      .select('MAX(e."order")', 'last')
      .where('e.project_id = :projectId', { projectId })
      .getRawOne<{ last: number | null }>();
    return row?.last == null ? 0 : row.last + 1;
  }

  @Transactional()
  async createEpic(userId: number, projectId: string, input: CreatePlanItemDto): Promise<PlanItemDto> {
    await this.access.project(userId, projectId);
    const epic = await this.epics.save({
      projectId,
      name: input.name,
      description: input.description ?? null,
      order: input.order ?? 0,
    });
    return toPlanItemJson(epic);
  }

  @Transactional()
  async createStory(userId: number, epicId: string, input: CreatePlanItemDto): Promise<PlanItemDto> {
    const access = await this.access.epic(userId, epicId);
    const story = await this.stories.save({
      epicId,
      projectId: access.projectId,
      name: input.name,
      description: input.description ?? null,
      order: input.order ?? 0,
    });
    return toPlanItemJson(story);
  }

  @Transactional()
  async updateEpic(userId: number, epicId: string, input: UpdatePlanItemDto): Promise<PlanItemDto> {
    await this.access.epic(userId, epicId);
    const changes = changesOf(input);
    if (Object.keys(changes).length > 0) await this.epics.update(epicId, changes);
    return toPlanItemJson(await this.epics.findOneByOrFail({ id: epicId }));
  }

  @Transactional()
  async updateStory(userId: number, storyId: string, input: UpdatePlanItemDto): Promise<PlanItemDto> {
    await this.access.story(userId, storyId);
    const changes = changesOf(input);
    if (Object.keys(changes).length > 0) await this.stories.update(storyId, changes);
    return toPlanItemJson(await this.stories.findOneByOrFail({ id: storyId }));
  }

  /** Deleting an epic deletes its stories; their tasks stay in the project without a story. */
  @Transactional()
  async removeEpic(userId: number, epicId: string): Promise<void> {
    this.access.requireManager(await this.access.epic(userId, epicId), 'delete an epic');
    await this.epics.delete(epicId);
  }

  @Transactional()
  async removeStory(userId: number, storyId: string): Promise<void> {
    this.access.requireManager(await this.access.story(userId, storyId), 'delete a story');
    await this.stories.delete(storyId);
  }
}
