import { Injectable, OnModuleInit } from '@nestjs/common';
import { FieldError, ValidationFailedError } from '../../common/errors';
import { TaskChange, TaskStatus, TaskWriteChecks } from '../tasks';
import { SprintStatus } from './sprint-status';
import { SprintsRepository } from './sprints.repository';

/**
 * Every write that moves a task into a sprint (create, PATCH, scope add, carry-over) must name a
 * planned or active sprint of the task's project, and the task must not be Done: otherwise a 422 on
 * `sprint_id` and nothing is written. The target sprint stays share-locked until commit, so it
 * cannot complete or be deleted under the move.
 */
@Injectable()
export class SprintMoveRules implements OnModuleInit {
  constructor(
    private readonly checks: TaskWriteChecks,
    private readonly sprints: SprintsRepository,
  ) {}

  onModuleInit(): void {
    this.checks.register((changes) => this.check(changes));
  }

  private async check(changes: readonly TaskChange[]): Promise<void> {
    const moves = changes.filter(({ before, after }) => after !== null && after.sprintId !== null && after.sprintId !== (before?.sprintId ?? null));
    if (moves.length === 0) return;
    const sprints = new Map((await this.sprints.lockShared([...new Set(moves.map((m) => m.after!.sprintId!))])).map((s) => [s.id, s]));
    const errors: FieldError[] = [];
    for (const { after } of moves) {
      const sprint = sprints.get(after!.sprintId!);
      if (!sprint || sprint.projectId !== after!.projectId) {
        errors.push({ field: 'sprint_id', message: `sprint ${after!.sprintId} is not a sprint of the task's project` });
      } else if (sprint.status === SprintStatus.COMPLETED) {
        errors.push({ field: 'sprint_id', message: `sprint ${sprint.id} is completed` });
      } else if (after!.status === TaskStatus.DONE) {
        errors.push({ field: 'sprint_id', message: `task ${after!.id} is Done and cannot be moved into a sprint` });
      }
    }
    if (errors.length > 0) throw new ValidationFailedError(errors, 'Nothing was changed');
  }
}
