import { IssueDto } from './dto/issue.dto';
import { Issue } from './entities/issue.entity';

/** Expects `reporter` and `assignee` loaded in the same query (no N+1). */
export function toIssueJson(issue: Issue): IssueDto {
  return {
    id: issue.id,
    project_id: issue.projectId,
    task_id: issue.taskId,
    title: issue.title,
    description: issue.description,
    issue_type: issue.issueType,
    priority: issue.priority,
    status: issue.status,
    reporter_id: issue.reporterId,
    reporter_username: issue.reporter.username,
    assignee_id: issue.assigneeId,
    assignee_username: issue.assignee?.username ?? null,
    resolution: issue.resolution,
    created_at: issue.createdAt.toISOString(),
    updated_at: issue.updatedAt.toISOString(),
    resolved_at: issue.resolvedAt ? issue.resolvedAt.toISOString() : null,
  };
}
