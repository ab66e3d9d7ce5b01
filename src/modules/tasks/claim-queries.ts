/**
 * Claiming the next task in board order (epic order, story order, task order, created_at, id;
 * tasks without a story last) without sorting the whole backlog: of the project's stories in board
 * order (read from the projects module), keep those that still have claimable tasks, and take the
 * first task of the first story whose candidates are not all locked. A blocked task (an open blocker
 * issue) is never handed out. Each probe is one index lookup
 * (ix_tasks_claim_story), and SKIP LOCKED lets concurrent completers each take a different row; the
 * locked row is returned whole.
 */
export const CLAIMABLE_STORIES_SQL = `
  SELECT s.id FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)
   WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.story_id = s.id AND t.status = 'To Do' AND t.assignee_id IS NULL AND t.open_blocker_count = 0)
   ORDER BY s.n`;

export const CLAIM_IN_STORY_SQL = `
  SELECT t.* FROM tasks t
   WHERE t.story_id = $1 AND t.status = 'To Do' AND t.assignee_id IS NULL AND t.open_blocker_count = 0 AND t.id <> $2
   ORDER BY t."order", t.created_at, t.id
   LIMIT 1
   FOR UPDATE SKIP LOCKED`;

export const CLAIM_WITHOUT_STORY_SQL = `
  SELECT t.* FROM tasks t
   WHERE t.project_id = $1 AND t.story_id IS NULL AND t.status = 'To Do' AND t.assignee_id IS NULL AND t.open_blocker_count = 0 AND t.id <> $2
   ORDER BY t."order", t.created_at, t.id
   LIMIT 1
   FOR UPDATE SKIP LOCKED`;
