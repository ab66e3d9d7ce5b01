import { TaskDto } from './dto/task.dto';
import { Task } from './entities/task.entity';

/** `labelIds`: the task's label ids, read for a whole page at once (see TaskViews). */
export function toTaskJson(task: Task, labelIds: readonly string[]): TaskDto {
  return {
    id: task.id,
    project_id: task.projectId,
    story_id: task.storyId,
    title: task.title,
    description: task.description,
    status: task.status,
    assignee_id: task.assigneeId,
    due_date: task.dueDate ? task.dueDate.toISOString() : null,
    estimate_hours: task.estimateHours,
    progress_percentage: task.progressPercentage,
    risk_level: task.riskLevel,
    risk_score: task.riskScore,
    priority: task.priority,
    order: task.order,
    is_blocked: task.openBlockerCount > 0,
    sprint_id: task.sprintId,
    story_points: task.storyPoints,
    created_at: task.createdAt.toISOString(),
    updated_at: task.updatedAt.toISOString(),
    label_ids: [...labelIds],
  };
}
