import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessPolicy } from '../access';
import { PlanService, toPlanItemJson } from '../projects';
import { EpicTreeDto, TreeTaskDto } from './dto/board.dto';
import { Task } from './entities/task.entity';

/** Groups in one pass, keeping the input order within each group. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The board: a project's epic -> story -> task tree, composed from the plan and the tasks. */
@Injectable()
export class BoardService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly plan: PlanService,
  ) {}

  /** Three queries whatever the size of the tree. */
  async tree(userId: number, projectId: string): Promise<EpicTreeDto[]> {
    await this.access.project(userId, projectId);
    const [{ epics, stories }, tasks] = await Promise.all([this.plan.outline(projectId), this.storyTasks(projectId)]);
    const storiesByEpic = groupBy(stories, (story) => story.epicId);
    const tasksByStory = groupBy(tasks, (task) => task.story_id);
    return epics.map((epic) => ({
      ...toPlanItemJson(epic),
      stories: (storiesByEpic.get(epic.id) ?? []).map((story) => ({
        ...toPlanItemJson(story),
        tasks: (tasksByStory.get(story.id) ?? []).map(({ id, title, status, assignee_id, progress_percentage }) => ({
          id,
          title,
          status,
          assignee_id,
          progress_percentage,
        })),
      })),
    }));
  }

  /** Tasks of a project's stories in board order within each story. */
  private async storyTasks(projectId: string): Promise<(TreeTaskDto & { story_id: string })[]> {
    return this.txHost.tx
      .getRepository(Task)
      .createQueryBuilder('t')
      .select([
        't.id AS id',
        't.story_id AS story_id',
        't.title AS title',
        't.status AS status',
        't.assignee_id AS assignee_id',
        't.progress_percentage AS progress_percentage',
      ])
      .where('t.project_id = :projectId AND t.story_id IS NOT NULL', { projectId })
      .orderBy('t.order', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getRawMany();
  }
}
