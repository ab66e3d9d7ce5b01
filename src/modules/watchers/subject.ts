import { AccessPolicy, ProjectAccess } from '../access';

/** What people watch and comment on: a task (UUID) or an issue (integer). */
export type Subject = { type: 'task'; id: string } | { type: 'issue'; id: number };

export const taskSubject = (id: string): Subject => ({ type: 'task', id });
export const issueSubject = (id: number): Subject => ({ type: 'issue', id });

/** The column naming the subject in tables that hold rows about tasks or issues. */
export function subjectColumn(subject: Pick<Subject, 'type'>): 'task_id' | 'issue_id' {
  return subject.type === 'task' ? 'task_id' : 'issue_id';
}

/** The SQL type of the subject's id. */
export function subjectIdType(subject: Pick<Subject, 'type'>): 'uuid' | 'int' {
  return subject.type === 'task' ? 'uuid' : 'int';
}

/** The caller's access to the subject's project; a non-member gets the subject's 404. */
export function subjectAccess(access: AccessPolicy, userId: number, subject: Subject): Promise<ProjectAccess> {
  return subject.type === 'task' ? access.task(userId, subject.id) : access.issue(userId, subject.id);
}

/** The API path of the subject, for notification links. */
export function subjectLink(subject: Subject): string {
  return subject.type === 'task' ? `/api/v1/projects/tasks/${subject.id}` : `/api/v1/issues/${subject.id}`;
}

/** `taskId` / `issueId` of an activity entry. */
export function subjectRef(subject: Subject): { taskId: string } | { issueId: number } {
  return subject.type === 'task' ? { taskId: subject.id } : { issueId: subject.id };
}
