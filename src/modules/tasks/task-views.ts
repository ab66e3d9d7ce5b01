import { Injectable } from '@nestjs/common';
import { TaskDto } from './dto/task.dto';
import { Task } from './entities/task.entity';
import { TaskLabels } from './task-labels';
import { toTaskJson } from './task.json';

/** Task JSON for any number of tasks, with their label ids read in one query. */
@Injectable()
export class TaskViews {
  constructor(private readonly labels: TaskLabels) {}

  async one(task: Task): Promise<TaskDto> {
    const [json] = await this.many([task]);
    return json;
  }

  async many(tasks: readonly Task[]): Promise<TaskDto[]> {
    const labelIds = await this.labels.idsOf(tasks.map((task) => task.id));
    return tasks.map((task) => toTaskJson(task, labelIds.get(task.id) ?? []));
  }
}
