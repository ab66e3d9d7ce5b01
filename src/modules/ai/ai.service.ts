import { Inject, Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { OrganizationContext } from '../../common/organization-context';
import { AccessPolicy } from '../access';
import { PlanService, ProjectDto, ProjectsService } from '../projects';
import { BoardService, EpicTreeDto, TasksService } from '../tasks';
import { AiRateLimit } from './ai-rate-limit';
import { AiNotConfiguredError } from './ai.errors';
import { DiscoveredProjectDto } from './dto/ai.dto';
import type { Plan } from './plan.schema';
import { PLANNER, type PlanDraft, type Planner } from './planner.port';

/**
 * Drafts plans through the planner port and applies them through the same services as the manual
 * create routes, so every epic, story and task is written exactly as those routes write it. The provider
 * is called outside any transaction; writing the plan is one transaction, and the tree is read after it
 * commits (its three queries run in parallel, which one transaction's connection cannot do).
 */
@Injectable()
export class AiService {
  constructor(
    @Inject(PLANNER) private readonly planner: Planner | null,
    private readonly rateLimit: AiRateLimit,
    private readonly access: AccessPolicy,
    private readonly projects: ProjectsService,
    private readonly plans: PlanService,
    private readonly tasks: TasksService,
    private readonly board: BoardService,
    private readonly context: OrganizationContext,
  ) {}

  /** A draft: nothing is written. */
  async draft(userId: number, description: string): Promise<PlanDraft> {
    if (!this.planner) throw new AiNotConfiguredError();
    await this.rateLimit.consume(userId);
    return this.planner.draft(description);
  }

  /** Appends the plan after the project's existing epics, all or nothing; answers the tree as committed. */
  async apply(userId: number, projectId: string, plan: Plan): Promise<EpicTreeDto[]> {
    await this.applyInTransaction(userId, projectId, plan);
    return this.board.tree(userId, projectId);
  }

  /**
   * Drafts a plan from the message, then creates a project from it in one transaction. The organization
   * is resolved first, so a bad X-Organization-Id is answered before the provider is asked.
   */
  async discover(userId: number, message: string): Promise<DiscoveredProjectDto> {
    await this.context.current(userId);
    const { plan } = await this.draft(userId, message);
    const project = await this.createProject(userId, plan);
    return { project, epics: await this.board.tree(userId, project.id) };
  }

  @Transactional()
  private async applyInTransaction(userId: number, projectId: string, plan: Plan): Promise<void> {
    this.access.requireManager(await this.access.project(userId, projectId), 'apply a plan');
    await this.append(userId, projectId, plan);
  }

  @Transactional()
  private async createProject(userId: number, plan: Plan): Promise<ProjectDto> {
    const project = await this.projects.create(userId, { name: plan.name, description: plan.description || null });
    await this.append(userId, project.id, plan);
    return project;
  }

  private async append(userId: number, projectId: string, plan: Plan): Promise<void> {
    const firstOrder = await this.plans.nextEpicOrder(projectId);
    for (const [e, epic] of plan.epics.entries()) {
      const { id: epicId } = await this.plans.createEpic(userId, projectId, {
        name: epic.name,
        description: epic.description || null,
        order: firstOrder + e,
      });
      for (const [s, story] of epic.stories.entries()) {
        const { id: storyId } = await this.plans.createStory(userId, epicId, {
          name: story.name,
          description: story.description || null,
          order: s,
        });
        for (const [t, task] of story.tasks.entries()) {
          await this.tasks.create(userId, projectId, {
            title: task.title,
            description: task.description || undefined,
            story_id: storyId,
            estimate_hours: task.estimate_hours ?? undefined,
            story_points: task.story_points,
            order: t,
          });
        }
      }
    }
  }
}
