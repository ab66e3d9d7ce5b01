import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { FieldError, NotFoundError, ValidationFailedError } from '../../common/errors';
import { mapPage, Page } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { TaskQueries, TasksRepository, TaskStatus } from '../tasks';
import { daysBetween } from './calendar';
import {
  CompleteSprintDto,
  CompleteSprintResponseDto,
  CreateSprintDto,
  ListSprintsQuery,
  SprintDto,
  SprintTasksDto,
  SprintTasksResponseDto,
  UpdateSprintDto,
} from './dto/sprint.dto';
import { Sprint } from './entities/sprint.entity';
import { SprintClock } from './sprint-clock';
import { toSprintJson } from './sprint.json';
import { SprintStatus } from './sprint-status';
import { InvalidSprintTransitionError, SprintCompletedError } from './sprints.errors';
import { SprintPatch, SprintsRepository } from './sprints.repository';

const MAX_SPRINT_DAYS = 365;

function checkDates(startDate: string, endDate: string): void {
  const length = daysBetween(startDate, endDate);
  if (length < 0) throw new ValidationFailedError([{ field: 'end_date', message: 'end_date must not be before start_date' }]);
  if (length > MAX_SPRINT_DAYS) {
    throw new ValidationFailedError([{ field: 'end_date', message: `a sprint lasts at most ${MAX_SPRINT_DAYS + 1} days` }]);
  }
}

function requireOpen(sprint: Sprint): void {
  if (sprint.status === SprintStatus.COMPLETED) throw new SprintCompletedError(sprint.id);
}

/**
 * Sprints and their lifecycle: planned -> active -> completed. Any project member creates, edits and
 * plans sprints and moves tasks; start, complete and delete take the project owner or an
 * organization owner or manager. Tasks move through the task write path, whose listener records the
 * sprint history in the same transaction.
 */
@Injectable()
export class SprintsService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly sprints: SprintsRepository,
    private readonly tasks: TasksRepository,
    private readonly taskQueries: TaskQueries,
    private readonly clock: SprintClock,
  ) {}

  @Transactional()
  async create(userId: number, projectId: string, input: CreateSprintDto): Promise<SprintDto> {
    await this.access.project(userId, projectId);
    checkDates(input.start_date, input.end_date);
    const sprint = await this.sprints.insert(
      Object.assign(new Sprint(), {
        projectId,
        name: input.name,
        goal: input.goal ?? null,
        status: SprintStatus.PLANNED,
        startDate: input.start_date,
        endDate: input.end_date,
        startedAt: null,
        completedAt: null,
        committedPoints: null,
        completedPoints: null,
      }),
    );
    return toSprintJson(sprint);
  }

  async list(userId: number, projectId: string, query: ListSprintsQuery): Promise<Page<SprintDto>> {
    await this.access.project(userId, projectId);
    return mapPage(await this.sprints.page(projectId, query), toSprintJson);
  }

  async get(userId: number, sprintId: string): Promise<SprintDto> {
    await this.access.sprint(userId, sprintId);
    return toSprintJson(await this.sprints.get(sprintId));
  }

  @Transactional()
  async update(userId: number, sprintId: string, input: UpdateSprintDto): Promise<SprintDto> {
    await this.access.sprint(userId, sprintId);
    const sprint = await this.sprints.lock(sprintId);
    requireOpen(sprint);
    const patch: SprintPatch = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.goal !== undefined) patch.goal = input.goal;
    if (input.start_date !== undefined) patch.startDate = input.start_date;
    if (input.end_date !== undefined) patch.endDate = input.end_date;
    checkDates(patch.startDate ?? sprint.startDate, patch.endDate ?? sprint.endDate);
    if (Object.keys(patch).length === 0) return toSprintJson(sprint);
    return toSprintJson(await this.sprints.update(sprint, patch));
  }

  /** Only a planned sprint; its tasks go back to the backlog (recorded on each task) and its history goes with it. */
  @Transactional()
  async remove(userId: number, sprintId: string): Promise<void> {
    this.access.requireManager(await this.access.sprint(userId, sprintId), 'delete a sprint');
    const sprint = await this.sprints.lock(sprintId);
    if (sprint.status !== SprintStatus.PLANNED) throw new InvalidSprintTransitionError(sprintId, sprint.status, 'deleted', SprintStatus.PLANNED);
    const tasks = await this.tasks.lockInSprint(sprintId);
    await this.tasks.updateMany(tasks, () => ({ sprintId: null }), { actorId: userId, reason: `sprint ${sprintId} was deleted` });
    await this.sprints.delete(sprint);
  }

  /** planned -> active; the database lets one sprint per project be active (409 for a second). */
  @Transactional()
  async start(userId: number, sprintId: string): Promise<SprintDto> {
    this.access.requireManager(await this.access.sprint(userId, sprintId), 'start a sprint');
    const sprint = await this.sprints.lock(sprintId);
    if (sprint.status !== SprintStatus.PLANNED) throw new InvalidSprintTransitionError(sprintId, sprint.status, 'started', SprintStatus.PLANNED);
    const { scope } = await this.taskQueries.pointsInSprint(sprintId);
    const started = await this.sprints.update(sprint, { status: SprintStatus.ACTIVE, startedAt: this.clock.now(), committedPoints: scope });
    return toSprintJson(started);
  }

  /**
   * active -> completed, in one transaction: the sprint's tasks are locked, its completed points are
   * those of its Done tasks, and the unfinished ones move to the backlog or to a planned sprint of the
   * same project. The sprint is marked completed before they move, so its own history keeps the work
   * that was left (the carry-over is recorded as scope added to the target sprint only).
   */
  @Transactional()
  async complete(userId: number, sprintId: string, input: CompleteSprintDto): Promise<CompleteSprintResponseDto> {
    this.access.requireManager(await this.access.sprint(userId, sprintId), 'complete a sprint');
    const sprint = await this.sprints.lock(sprintId);
    if (sprint.status !== SprintStatus.ACTIVE) {
      throw new InvalidSprintTransitionError(sprintId, sprint.status, 'completed', SprintStatus.ACTIVE);
    }
    const target = await this.carryOverTarget(sprint, input.carry_over_to);
    const tasks = await this.tasks.lockInSprint(sprintId);
    const unfinished = tasks.filter((task) => task.status !== TaskStatus.DONE);
    const completedPoints = tasks.filter((task) => task.status === TaskStatus.DONE).reduce((sum, task) => sum + (task.storyPoints ?? 0), 0);
    const completed = await this.sprints.update(sprint, {
      status: SprintStatus.COMPLETED,
      completedAt: this.clock.now(),
      completedPoints,
    });
    await this.tasks.updateMany(unfinished, () => ({ sprintId: target }), {
      actorId: userId,
      reason: `carried over from sprint ${sprintId}`,
    });
    if (target !== null && unfinished.length > 0) await this.sprints.updated(await this.sprints.get(target));
    return { sprint: toSprintJson(completed), carried_over: unfinished.map((task) => task.id) };
  }

  /**
   * All or nothing: every id must be a task of the sprint's project that is not Done (an id the caller
   * cannot see reads exactly like one that does not exist); tasks already in the sprint stay.
   */
  @Transactional()
  async addTasks(userId: number, sprintId: string, input: SprintTasksDto): Promise<SprintTasksResponseDto> {
    await this.access.sprint(userId, sprintId);
    const [sprint] = await this.sprints.lockShared([sprintId]);
    if (!sprint) throw new NotFoundError('Sprint', sprintId);
    requireOpen(sprint);
    const taskIds = input.task_ids.map((id) => id.toLowerCase());
    const tasks = new Map((await this.tasks.lockMany(taskIds)).map((task) => [task.id, task]));
    const errors: FieldError[] = [];
    taskIds.forEach((taskId, index) => {
      const task = tasks.get(taskId);
      if (!task || task.projectId !== sprint.projectId) {
        errors.push({ field: `task_ids[${index}]`, message: `task ${taskId} was not found in the sprint's project` });
      } else if (task.status === TaskStatus.DONE) {
        errors.push({ field: `task_ids[${index}]`, message: `task ${taskId} is Done` });
      }
    });
    if (errors.length > 0) throw new ValidationFailedError(errors, 'Nothing was added');
    const moving = taskIds.map((id) => tasks.get(id)!).filter((task) => task.sprintId !== sprintId);
    await this.tasks.updateMany(moving, () => ({ sprintId }), { actorId: userId });
    if (moving.length > 0) await this.sprints.updated(sprint);
    return { sprint: toSprintJson(sprint), task_ids: taskIds };
  }

  /** Back to the backlog. A task that is not in this sprint is a 404. */
  @Transactional()
  async removeTask(userId: number, sprintId: string, taskId: string): Promise<void> {
    await this.access.sprint(userId, sprintId);
    const [sprint] = await this.sprints.lockShared([sprintId]);
    if (!sprint) throw new NotFoundError('Sprint', sprintId);
    requireOpen(sprint);
    const [task] = await this.tasks.lockMany([taskId]);
    if (!task || task.sprintId !== sprintId) throw new NotFoundError('Task', taskId);
    await this.tasks.update(task, { sprintId: null }, { actorId: userId });
    await this.sprints.updated(sprint);
  }

  /** The carry-over target: null for the backlog, else a planned sprint of the same project (422 otherwise). */
  private async carryOverTarget(sprint: Sprint, carryOverTo: string | null | undefined): Promise<string | null> {
    if (!carryOverTo || carryOverTo === 'backlog') return null;
    const targetId = carryOverTo.toLowerCase();
    const [target] = await this.sprints.lockShared([targetId]);
    if (!target || target.projectId !== sprint.projectId || target.status !== SprintStatus.PLANNED || target.id === sprint.id) {
      throw new ValidationFailedError([{ field: 'carry_over_to', message: 'must be backlog or a planned sprint of the same project' }]);
    }
    return target.id;
  }
}
