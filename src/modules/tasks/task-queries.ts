import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PlanService } from '../projects';
import { TaskStatus } from './task-enums';

/** A task as a list entry: `{id, title}`. */
export interface TaskRef {
  id: string;
  title: string;
}

/** An open task with an assignee, for the standup. */
export interface AssignedTask extends TaskRef {
  assigneeId: number;
  status: TaskStatus;
  blocked: boolean;
}

/** A backlog task that capacity planning may pick. */
export interface PlannableTask extends TaskRef {
  storyPoints: number;
}

/** Matches the partial indexes `ix_tasks_plannable_story` and `ix_tasks_plannable_without_story`. */
const PLANNABLE = `t.sprint_id IS NULL AND t.status <> 'Done' AND t.story_points IS NOT NULL AND t.open_blocker_count = 0`;
const PAGE = 200;

const STORIES_WITH_PLANNABLE_SQL = `
  SELECT s.id FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)
   WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.story_id = s.id AND ${PLANNABLE})
   ORDER BY s.n`;

/** One page of a story's (or the story-less) plannable tasks in task order, after a keyset position. */
function plannablePageSql(scope: 'story' | 'without_story'): string {
  const where = scope === 'story' ? 't.story_id = $1' : 't.project_id = $1 AND t.story_id IS NULL';
  return `
  SELECT t.id, t.title, t.story_points AS "storyPoints", t."order", t.created_at AS "createdAt"
    FROM tasks t
   WHERE ${where} AND ${PLANNABLE} AND t.story_points <= $2
     AND ($3::int IS NULL OR (t."order", t.created_at, t.id) > ($3::int, $4::timestamptz, $5::uuid))
   ORDER BY t."order", t.created_at, t.id
   LIMIT ${PAGE}`;
}

type PageRow = PlannableTask & { order: number; createdAt: Date };

/** Reads of tasks for sprint planning and reports; the write path stays in TasksRepository. */
@Injectable()
export class TaskQueries {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly plan: PlanService,
  ) {}

  /** Story points in a sprint (unestimated tasks count 0): all of them, and those of Done tasks. */
  async pointsInSprint(sprintId: string): Promise<{ scope: number; done: number }> {
    const [row]: { scope: number; done: number }[] = await this.txHost.tx.query(
      `SELECT coalesce(sum(story_points), 0)::int AS scope,
              coalesce(sum(story_points) FILTER (WHERE status = 'Done'), 0)::int AS done
         FROM tasks WHERE sprint_id = $1`,
      [sprintId],
    );
    return row;
  }

  async refs(taskIds: readonly string[]): Promise<TaskRef[]> {
    if (taskIds.length === 0) return [];
    return this.txHost.tx.query('SELECT id, title FROM tasks WHERE id = ANY($1::uuid[]) ORDER BY title, id', [taskIds]);
  }

  /** The project's not-Done tasks that have an assignee, by title. */
  async openAssigned(projectId: string): Promise<AssignedTask[]> {
    return this.txHost.tx.query(
      `SELECT id, title, assignee_id AS "assigneeId", status, open_blocker_count > 0 AS blocked
         FROM tasks WHERE project_id = $1 AND assignee_id IS NOT NULL AND status <> 'Done'
        ORDER BY title, id`,
      [projectId],
    );
  }

  /**
   * The project's plannable backlog tasks in board order (epic, story, task order; tasks without a
   * story last), read lazily page by page: each page only holds tasks of at most `maxPoints()` points,
   * asked again before every page, so a caller filling a capacity never reads tasks that cannot fit.
   */
  async *plannableInBoardOrder(projectId: string, maxPoints: () => number): AsyncGenerator<PlannableTask> {
    const storyIds = await this.plan.storyIdsInBoardOrder(projectId);
    const stories: { id: string }[] = storyIds.length > 0 ? await this.txHost.tx.query(STORIES_WITH_PLANNABLE_SQL, [storyIds]) : [];
    for (const story of stories) yield* this.pages(plannablePageSql('story'), story.id, maxPoints);
    yield* this.pages(plannablePageSql('without_story'), projectId, maxPoints);
  }

  private async *pages(sql: string, scopeId: string, maxPoints: () => number): AsyncGenerator<PlannableTask> {
    let after: PageRow | undefined;
    for (;;) {
      const rows: PageRow[] = await this.txHost.tx.query(sql, [
        scopeId,
        maxPoints(),
        after?.order ?? null,
        after?.createdAt ?? null,
        after?.id ?? null,
      ]);
      for (const { id, title, storyPoints } of rows) yield { id, title, storyPoints };
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1];
    }
  }
}
