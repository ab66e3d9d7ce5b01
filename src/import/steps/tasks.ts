import { clamp } from '../normalise';
import { nonMembers } from './projects';
import { chooseUuids, insertMapped, StepContext, streamTable, textFor } from './pipeline';

interface SourceTask {
  id: string;
  project_id: string;
  story_id: string | null;
  title: string | null;
  description: string | null;
  status: string | null;
  assignee_id: string | null;
  due_date: string | null;
  estimate_hours: number | null;
  progress_percentage: number | null;
  risk_level: string | null;
  priority: number | null;
  order: number | null;
  created_at: string | null;
  updated_at: string | null;
}

const TASKS_SQL = `
  SELECT id, project_id, story_id, title, description, status, assignee_id::text AS assignee_id,
         due_date::text AS due_date, estimate_hours, progress_percentage, risk_level, priority, "order",
         created_at::text AS created_at, updated_at::text AS updated_at
    FROM tasks ORDER BY id`;

/** The project a row belongs to, and its organization. */
export async function projectFacts(ctx: StepContext, sourceProjectIds: string[]) {
  const mapped = await ctx.target.mapped('projects', sourceProjectIds);
  const organizations = new Map(
    (
      await ctx.target.query<{ id: string; organization_id: string }>(
        `SELECT id::text AS id, organization_id::text AS organization_id FROM projects WHERE id = ANY($1::uuid[])`,
        [[...mapped.values()]],
      )
    ).map((r) => [r.id, r.organization_id]),
  );
  return { mapped, organizationOf: (atlasProjectId: string) => organizations.get(atlasProjectId)! };
}

/**
 * Tasks keep their project, story, `order` within the story, dates and progress. A story of another project
 * (the original never checked) is dropped from the task, which stays in its own project; an assignee who is
 * not a member of the project's organization is removed. Risk is recomputed by the next scan.
 */
export async function importTasks(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const statuses = target.enumTable('task_status', 'To Do');
  const risks = target.enumTable('risk_level', 'low');
  await streamTable<SourceTask>(ctx, 'tasks', TASKS_SQL, async (rows) => {
    const projects = await projectFacts(ctx, rows.map((r) => r.project_id));
    const stories = await target.mapped('stories', rows.map((r) => r.story_id));
    const storyProject = new Map(
      (
        await target.query<{ id: string; project_id: string }>(
          `SELECT id::text AS id, project_id::text AS project_id FROM stories WHERE id = ANY($1::uuid[])`,
          [[...stories.values()]],
        )
      ).map((r) => [r.id, r.project_id]),
    );
    const accepted: { row: SourceTask; projectId: string; storyId: string | null; status: string; risk: string; assigneeId: number | null }[] = [];
    for (const row of rows) {
      const projectId = projects.mapped.get(row.project_id);
      if (!projectId) {
        report.reject('tasks', row.id, `its project ${row.project_id} was not imported`);
        continue;
      }
      const status = statuses.normalise(row.status);
      if (status === null) {
        report.reject('tasks', row.id, `status "${row.status}" is not one of ${statuses.describe()}`);
        continue;
      }
      const risk = risks.normalise(row.risk_level);
      if (risk === null) {
        report.reject('tasks', row.id, `risk level "${row.risk_level}" is not one of ${risks.describe()}`);
        continue;
      }
      let storyId = row.story_id === null ? null : (stories.get(row.story_id) ?? null);
      if (row.story_id !== null && storyId === null) {
        report.adjust('tasks', row.id, 'its story was not imported: kept in its project without a story');
      } else if (storyId !== null && storyProject.get(storyId) !== projectId) {
        report.adjust('tasks', row.id, 'its story belongs to another project: kept in its own project without a story');
        storyId = null;
      }
      accepted.push({ row, projectId, storyId, status, risk, assigneeId: target.user(row.assignee_id) });
    }
    const assigned = accepted.filter((a) => a.assigneeId !== null);
    const outsiders = await nonMembers(ctx, assigned.map((a) => [projects.organizationOf(a.projectId), a.assigneeId!]));
    assigned.forEach((a, i) => {
      if (outsiders.has(i)) {
        report.adjust('tasks', a.row.id, "its assignee is not a member of the project's organization: unassigned");
        a.assigneeId = null;
      }
    });
    const ids = await chooseUuids(ctx, 'tasks', 'tasks', accepted.map((a) => a.row.id));
    await insertMapped(
      ctx,
      'tasks',
      'tasks',
      [
        { name: 'project_id', type: 'uuid' },
        { name: 'story_id', type: 'uuid' },
        { name: 'title', type: 'varchar' },
        { name: 'description', type: 'varchar' },
        { name: 'status', type: 'task_status' },
        { name: 'assignee_id', type: 'int' },
        { name: 'due_date', type: 'timestamptz' },
        { name: 'estimate_hours', type: 'numeric' },
        { name: 'progress_percentage', type: 'smallint' },
        { name: 'risk_level', type: 'risk_level' },
        { name: 'priority', type: 'smallint' },
        { name: 'order', type: 'int' },
        { name: 'created_at', type: 'timestamptz' },
        { name: 'updated_at', type: 'timestamptz' },
      ],
      accepted.map((a) => {
        const { row } = a;
        const createdAt = row.created_at ?? new Date().toISOString();
        const values = [
          a.projectId,
          a.storyId,
          textFor(ctx, 'tasks', row.id, row.title, { table: 'tasks', column: 'title' }, 'Untitled task'),
          textFor(ctx, 'tasks', row.id, row.description, { table: 'tasks', column: 'description' }),
          a.status,
          a.assigneeId,
          row.due_date,
          estimateOf(ctx, row),
          progressOf(ctx, row),
          a.risk,
          priorityOf(ctx, row),
          row.order ?? 0,
          createdAt,
          row.updated_at ?? createdAt,
        ];
        return { sourceId: row.id, values };
      }),
      ids,
    );
    report.counts('tasks').imported += accepted.length;
  });
}

function progressOf(ctx: StepContext, row: SourceTask): number {
  const value = row.progress_percentage ?? 0;
  const clamped = clamp(value, 0, 100);
  if (clamped !== value) ctx.report.adjust('tasks', row.id, 'progress outside 0..100: clamped');
  return clamped;
}

function estimateOf(ctx: StepContext, row: SourceTask): number | null {
  if (row.estimate_hours === null || (row.estimate_hours >= 0 && row.estimate_hours < 1_000_000)) return row.estimate_hours;
  ctx.report.adjust('tasks', row.id, 'estimate outside 0..999999 hours: cleared');
  return null;
}

/** The original never set priority (always 0); anything outside Atlas's 0..4 becomes 0. */
function priorityOf(ctx: StepContext, row: SourceTask): number {
  const value = row.priority ?? 0;
  if (value >= 0 && value <= 4) return value;
  ctx.report.adjust('tasks', row.id, 'priority outside 0..4: set to 0');
  return 0;
}
