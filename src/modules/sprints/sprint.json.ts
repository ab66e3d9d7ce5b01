import { SprintDto } from './dto/sprint.dto';
import { Sprint } from './entities/sprint.entity';

export function toSprintJson(sprint: Sprint): SprintDto {
  return {
    id: sprint.id,
    project_id: sprint.projectId,
    name: sprint.name,
    goal: sprint.goal,
    status: sprint.status,
    start_date: sprint.startDate,
    end_date: sprint.endDate,
    started_at: sprint.startedAt ? sprint.startedAt.toISOString() : null,
    completed_at: sprint.completedAt ? sprint.completedAt.toISOString() : null,
    committed_points: sprint.committedPoints,
    completed_points: sprint.completedPoints,
    created_at: sprint.createdAt.toISOString(),
    updated_at: sprint.updatedAt.toISOString(),
  };
}
