import { storyIdsInBoardOrderSql } from '../projects';
import { riskLevelSql, riskScoreSql } from './risk-sql';

/** Matches the partial indexes `ix_tasks_claim_story` and `ix_tasks_claim_without_story`: a blocked task is never handed out. */
const CLAIMABLE = `t.status = 'To Do' AND t.assignee_id IS NULL AND t.open_blocker_count = 0`;
const TASK_ORDER = `t."order", t.created_at, t.id`;

/**
 * CTEs (for a `WITH RECURSIVE` list) that claim the next task of project `project` other than `except`
 * in board order (epic order, story order, task order, created_at, id; tasks without a story last),
 * without sorting the whole backlog: `walk` visits the project's stories in board order (the order is
 * the projects module's), one index probe of `ix_tasks_claim_story` per story, and stops at the first
 * probe that returns a row; after the last story it probes the tasks without a story. A recursive
 * step runs only after the previous one returned nothing, so only the claimed row is ever locked, and
 * SKIP LOCKED lets concurrent completers each take a different row. `claimed` holds the locked row
 * whole (its newest version), or nothing.
 */
export function claimNextCtes(project: string, except: string): string {
  return `
  board AS (SELECT ${storyIdsInBoardOrderSql(project)} AS ids),
  walk(i, task) AS (
    SELECT 0, NULL::tasks
    UNION ALL
    SELECT w.i + 1,
           CASE WHEN w.i < cardinality(b.ids)
           THEN (SELECT t FROM tasks t WHERE t.story_id = b.ids[w.i + 1] AND ${CLAIMABLE} AND t.id <> ${except}
                  ORDER BY ${TASK_ORDER} LIMIT 1 FOR UPDATE SKIP LOCKED)
           ELSE (SELECT t FROM tasks t WHERE t.project_id = ${project} AND t.story_id IS NULL AND ${CLAIMABLE} AND t.id <> ${except}
                  ORDER BY ${TASK_ORDER} LIMIT 1 FOR UPDATE SKIP LOCKED)
           END
      FROM walk w, board b
     WHERE (w.task).id IS NULL AND w.i <= cardinality(b.ids)
  ),
  claimed AS (SELECT (w.task).* FROM walk w WHERE (w.task).id IS NOT NULL)`;
}

/**
 * A CTE that assigns the `claimed` row to `assignee` as In Progress and stores its risk as scored
 * at `now` for the new values (risk-sql.ts, the same scoring as risk-scoring.ts); returns what the
 * update set besides the two assigned columns.
 */
export function assignClaimedCte(assignee: string, now: string): string {
  return `
  assigned AS (
    UPDATE tasks x SET status = 'In Progress', assignee_id = ${assignee}, risk_score = s.score, risk_level = ${riskLevelSql('s.score')}, updated_at = now()
      FROM (SELECT c.id, (${riskScoreSql(now)})::smallint AS score
              FROM claimed c
              CROSS JOIN LATERAL (SELECT 'In Progress'::task_status AS status, c.due_date, c.progress_percentage, c.estimate_hours, c.open_blocker_count) t) s
     WHERE x.id = s.id
    RETURNING x.id, x.updated_at, x.risk_score, x.risk_level
  )`;
}
