import { nonMembers } from './projects';
import { insertMapped, StepContext, streamTable, textFor } from './pipeline';
import { projectFacts } from './tasks';

interface SourceIssue {
  id: string;
  project_id: string;
  task_id: string | null;
  reporter_id: string;
  assignee_id: string | null;
  title: string | null;
  description: string | null;
  issue_type: string | null;
  priority: string | null;
  status: string | null;
  resolution: string | null;
  created_at: string | null;
  updated_at: string | null;
  resolved_at: string | null;
}

const ISSUES_SQL = `
  SELECT id::text AS id, project_id, task_id, reporter_id::text AS reporter_id, assignee_id::text AS assignee_id,
         title, description, issue_type, priority, status, resolution, created_at::text AS created_at,
         updated_at::text AS updated_at, resolved_at::text AS resolved_at
    FROM issues ORDER BY id`;

/**
 * Issues keep project, reporter, type, priority, status and times; a NULL type, priority or status takes the
 * original's default (blocker, medium, open). A task of another project is unlinked; an assignee who is not a
 * member of the project's organization is removed.
 */
export async function importIssues(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const types = target.enumTable('issue_type', 'blocker');
  const priorities = target.enumTable('issue_priority', 'medium');
  const statuses = target.enumTable('issue_status', 'open');
  await streamTable<SourceIssue>(ctx, 'issues', ISSUES_SQL, async (rows) => {
    const projects = await projectFacts(ctx, rows.map((r) => r.project_id));
    const tasks = await target.mapped('tasks', rows.map((r) => r.task_id));
    const taskProject = new Map(
      (
        await target.query<{ id: string; project_id: string }>(
          `SELECT id::text AS id, project_id::text AS project_id FROM tasks WHERE id = ANY($1::uuid[])`,
          [[...tasks.values()]],
        )
      ).map((r) => [r.id, r.project_id]),
    );
    const accepted: { row: SourceIssue; projectId: string; taskId: string | null; values: string[]; reporterId: number; assigneeId: number | null }[] = [];
    for (const row of rows) {
      const projectId = projects.mapped.get(row.project_id);
      const reporterId = target.user(row.reporter_id);
      if (!projectId) {
        report.reject('issues', row.id, `its project ${row.project_id} was not imported`);
        continue;
      }
      if (reporterId === null) {
        report.reject('issues', row.id, `its reporter (users ${row.reporter_id}) was not imported`);
        continue;
      }
      const type = types.normalise(row.issue_type);
      const priority = priorities.normalise(row.priority);
      const status = statuses.normalise(row.status);
      if (type === null) {
        report.reject('issues', row.id, `issue type "${row.issue_type}" is not one of ${types.describe()}`);
        continue;
      }
      if (priority === null) {
        report.reject('issues', row.id, `priority "${row.priority}" is not one of ${priorities.describe()}`);
        continue;
      }
      if (status === null) {
        report.reject('issues', row.id, `status "${row.status}" is not one of ${statuses.describe()}`);
        continue;
      }
      let taskId = row.task_id === null ? null : (tasks.get(row.task_id) ?? null);
      if (row.task_id !== null && taskId === null) {
        report.adjust('issues', row.id, 'its task was not imported: kept without a task');
      } else if (taskId !== null && taskProject.get(taskId) !== projectId) {
        report.adjust('issues', row.id, 'its task belongs to another project: kept without a task');
        taskId = null;
      }
      accepted.push({ row, projectId, taskId, values: [type, priority, status], reporterId, assigneeId: target.user(row.assignee_id) });
    }
    const assigned = accepted.filter((a) => a.assigneeId !== null);
    const outsiders = await nonMembers(ctx, assigned.map((a) => [projects.organizationOf(a.projectId), a.assigneeId!]));
    assigned.forEach((a, i) => {
      if (outsiders.has(i)) {
        report.adjust('issues', a.row.id, "its assignee is not a member of the project's organization: unassigned");
        a.assigneeId = null;
      }
    });
    const limit = (column: string) => ({ table: 'issues', column });
    await insertMapped(
      ctx,
      'issues',
      'issues',
      [
        { name: 'project_id', type: 'uuid' },
        { name: 'task_id', type: 'uuid' },
        { name: 'title', type: 'varchar' },
        { name: 'description', type: 'varchar' },
        { name: 'issue_type', type: 'issue_type' },
        { name: 'priority', type: 'issue_priority' },
        { name: 'status', type: 'issue_status' },
        { name: 'reporter_id', type: 'int' },
        { name: 'assignee_id', type: 'int' },
        { name: 'resolution', type: 'varchar' },
        { name: 'created_at', type: 'timestamptz' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'resolved_at', type: 'timestamptz' },
      ],
      accepted.map((a) => {
        const { row } = a;
        const createdAt = row.created_at ?? new Date().toISOString();
        const values = [
          a.projectId,
          a.taskId,
          textFor(ctx, 'issues', row.id, row.title, limit('title'), 'Untitled issue'),
          textFor(ctx, 'issues', row.id, row.description ?? '', limit('description')),
          ...a.values,
          a.reporterId,
          a.assigneeId,
          textFor(ctx, 'issues', row.id, row.resolution, limit('resolution')),
          createdAt,
          row.updated_at ?? createdAt,
          row.resolved_at,
        ];
        return { sourceId: row.id, values };
      }),
    );
    report.counts('issues').imported += accepted.length;
  });
}

/** `is_blocked` comes from `open_blocker_count`: recounted for every task an imported issue links to. */
export async function recountBlockers(ctx: StepContext): Promise<void> {
  await ctx.target.query(
    `WITH touched AS (
       SELECT DISTINCT i.task_id FROM import_id_map m JOIN issues i ON i.id = m.atlas_id::int
        WHERE m.source_table = 'issues' AND m.imported_at = now()::timestamptz(3) AND i.task_id IS NOT NULL
     ), counts AS (
       SELECT t.task_id, count(i.id) FILTER (WHERE i.issue_type = 'blocker' AND i.status IN ('open', 'in_progress')) AS n
         FROM touched t LEFT JOIN issues i ON i.task_id = t.task_id GROUP BY t.task_id
     )
     UPDATE tasks SET open_blocker_count = c.n FROM counts c WHERE tasks.id = c.task_id AND tasks.open_blocker_count <> c.n`,
  );
}
