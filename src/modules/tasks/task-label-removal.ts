import { Injectable, OnModuleInit } from '@nestjs/common';
import { LabelRemoval, LabelRemovalListeners } from '../labels';
import { TaskLabels } from './task-labels';
import { TasksRepository } from './tasks.repository';

/** A deleted label comes off its tasks through the write path, so each task's history records it. */
@Injectable()
export class TaskLabelRemoval implements OnModuleInit {
  constructor(
    private readonly removals: LabelRemovalListeners,
    private readonly labels: TaskLabels,
    private readonly repository: TasksRepository,
  ) {}

  onModuleInit(): void {
    this.removals.register(async (removals) => {
      for (const removal of removals) await this.takeOff(removal);
    });
  }

  private async takeOff({ labelId, name, actorId }: LabelRemoval): Promise<void> {
    const tasks = await this.repository.lockMany(await this.labels.taskIdsWith(labelId));
    // Read after the locks: a concurrent write of these tasks has committed by now.
    const current = await this.labels.idsOf(tasks.map((task) => task.id));
    await this.repository.updateMany(
      tasks,
      (task) => ({ labelIds: (current.get(task.id) ?? []).filter((id) => id !== labelId) }),
      { actorId, reason: `label "${name}" deleted` },
    );
  }
}
