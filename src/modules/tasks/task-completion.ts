import { ProjectAccess } from '../access';
import { Task } from './entities/task.entity';
import { TaskStatus } from './task-enums';
import { TaskNotAssignedToYouError } from './tasks.errors';
import { TaskPatch } from './tasks.repository';

function ownsProject(access: ProjectAccess): boolean {
  return access.projectOwnerId === access.userId || access.organizationOwnerId === access.userId;
}

/**
 * What completing a task sets, shared by `complete` and a PATCH to Done: only the assignee (or anyone
 * while it is unassigned) or the project's owners may complete it; it becomes Done at 100% and stays
 * with its assignee, or goes to the caller when it had none.
 */
export function completionPatch(task: Task, access: ProjectAccess): TaskPatch {
  if (task.assigneeId !== null && task.assigneeId !== access.userId && !ownsProject(access)) {
    throw new TaskNotAssignedToYouError(task.id);
  }
  return { status: TaskStatus.DONE, progressPercentage: 100, assigneeId: task.assigneeId ?? access.userId };
}
