import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipListeners, MembershipRemoval } from '../organizations';
import { ProjectsService } from '../projects';
import { TasksRepository } from './tasks.repository';

/** A member who leaves an organization keeps no open task of its projects, in the same transaction. */
@Injectable()
export class TaskMembership implements OnModuleInit {
  constructor(
    private readonly membership: MembershipListeners,
    private readonly projects: ProjectsService,
    private readonly repository: TasksRepository,
  ) {}

  onModuleInit(): void {
    this.membership.register(async (removals) => {
      for (const removal of removals) await this.unassignOpenTasks(removal);
    });
  }

  private async unassignOpenTasks({ organizationId, userId, actorId, reason }: MembershipRemoval): Promise<void> {
    const tasks = await this.repository.lockOpenTasksOf(await this.projects.idsOfOrganization(organizationId), userId);
    await this.repository.updateMany(tasks, () => ({ assigneeId: null }), { actorId, reason });
  }
}
