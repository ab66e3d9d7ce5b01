import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { NotFoundError, ValidationFailedError } from '../../common/errors';
import { AccessPolicy } from '../access';
import { PlannableTask, TaskQueries, TasksRepository, TaskStatus } from '../tasks';
import { PlanSprintDto, SprintPlanDto } from './dto/sprint.dto';
import { SprintReportsService } from './sprint-reports.service';
import { SprintStatus } from './sprint-status';
import { SprintCompletedError } from './sprints.errors';
import { SprintsRepository } from './sprints.repository';

/**
 * Capacity planning: walk the backlog in board order (epic, story, task order; tasks without a story
 * last), skipping blocked, Done and unestimated tasks, and take every task that still fits in what is
 * left of the capacity (the points already in the sprint count against it); a task too big for what
 * is left is skipped, and the walk stops when nothing is left.
 */
@Injectable()
export class SprintPlanningService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly sprints: SprintsRepository,
    private readonly reports: SprintReportsService,
    private readonly taskQueries: TaskQueries,
    private readonly tasks: TasksRepository,
  ) {}

  /** Dry run by default (plain reads); with `apply` the selection joins the sprint in the same transaction. */
  async plan(userId: number, sprintId: string, input: PlanSprintDto): Promise<SprintPlanDto> {
    return input.apply ? this.planAndApply(userId, sprintId, input) : this.planned(userId, sprintId, input);
  }

  @Transactional()
  private async planAndApply(userId: number, sprintId: string, input: PlanSprintDto): Promise<SprintPlanDto> {
    return this.planned(userId, sprintId, input);
  }

  private async planned(userId: number, sprintId: string, input: PlanSprintDto): Promise<SprintPlanDto> {
    await this.access.sprint(userId, sprintId);
    const [sprint] = input.apply ? await this.sprints.lockShared([sprintId]) : [await this.sprints.get(sprintId)];
    if (!sprint) throw new NotFoundError('Sprint', sprintId);
    if (sprint.status === SprintStatus.COMPLETED) throw new SprintCompletedError(sprintId);
    const capacity = input.capacity_points ?? (await this.reports.velocityOf(sprint.projectId)).average_completed_points;
    if (capacity === null) {
      throw new ValidationFailedError([
        { field: 'capacity_points', message: 'is required: the project has no completed sprint to take a velocity from' },
      ]);
    }
    const { scope } = await this.taskQueries.pointsInSprint(sprintId);
    let selected = await this.select(sprint.projectId, capacity - scope);
    if (input.apply && selected.length > 0) selected = await this.add(sprintId, selected, userId);
    return {
      capacity_points: capacity,
      selected: selected.map((task) => ({ id: task.id, title: task.title, story_points: task.storyPoints })),
      total_points: selected.reduce((sum, task) => sum + task.storyPoints, 0),
    };
  }

  private async select(projectId: string, available: number): Promise<PlannableTask[]> {
    const selected: PlannableTask[] = [];
    let left = available;
    if (left <= 0) return selected;
    for await (const task of this.taskQueries.plannableInBoardOrder(projectId, () => Math.floor(left))) {
      if (task.storyPoints > left) continue;
      selected.push(task);
      left -= task.storyPoints;
      if (left <= 0) break;
    }
    return selected;
  }

  /**
   * Locks the selection and adds what is still plannable as it was read; a task that changed in the
   * meantime (estimated anew, completed, blocked, planned elsewhere) is left out rather than overfill.
   */
  private async add(sprintId: string, selected: PlannableTask[], userId: number): Promise<PlannableTask[]> {
    const locked = new Map((await this.tasks.lockMany(selected.map((t) => t.id))).map((task) => [task.id, task]));
    const still = selected.filter((s) => {
      const task = locked.get(s.id);
      return task && task.sprintId === null && task.status !== TaskStatus.DONE && task.openBlockerCount === 0 && task.storyPoints === s.storyPoints;
    });
    await this.tasks.updateMany(
      still.map((s) => locked.get(s.id)!),
      () => ({ sprintId }),
      { actorId: userId },
    );
    if (still.length > 0) await this.sprints.updated(await this.sprints.get(sprintId));
    return still;
  }
}
