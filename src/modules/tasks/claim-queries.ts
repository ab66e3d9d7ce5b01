/**
 * Claiming the next task in board order (epic order, story order, task order, created_at, id;
 * tasks without a story last) without sorting the whole backlog: walk the project's stories that
 * still have claimable tasks, in board order, and take the first task of the first story whose
 * candidates are not all locked. Each probe is one index lookup (ix_tasks_claim_story), and
 * SKIP LOCKED lets concurrent completers each take a different row; a row is re-checked once locked.
 */
export const CLAIMABLE_STORIES_SQL = `
  SELECT s.id FROM stories s JOIN epics e ON e.id = s.epic_id
   WHERE s.project_id = $1
     AND EXISTS (SELECT 1 FROM tasks t WHERE t.story_id = s.id AND t.status = 'To Do' AND t.assignee_id IS NULL)
   ORDER BY e."order", e.created_at, e.id, s."order", s.created_at, s.id`;

export const CLAIM_IN_STORY_SQL = `
  SELECT t.id FROM tasks t
   WHERE t.story_id = $1 AND t.status = 'To Do' AND t.assignee_id IS NULL AND t.id <> $2
   ORDER BY t."order", t.created_at, t.id
   LIMIT 1
   FOR UPDATE SKIP LOCKED`;

export const CLAIM_WITHOUT_STORY_SQL = `
  SELECT t.id FROM tasks t
   WHERE t.project_id = $1 AND t.story_id IS NULL AND t.status = 'To Do' AND t.assignee_id IS NULL AND t.id <> $2
   ORDER BY t."order", t.created_at, t.id
   LIMIT 1
   FOR UPDATE SKIP LOCKED`;

type Query = (sql: string, params: unknown[]) => Promise<{ id: string }[]>;

/** Locks and returns the id of the next claimable task of the project, or null. */
export async function claimNextTaskId(query: Query, projectId: string, exceptTaskId: string): Promise<string | null> {
  for (const story of await query(CLAIMABLE_STORIES_SQL, [projectId])) {
    const [claimed] = await query(CLAIM_IN_STORY_SQL, [story.id, exceptTaskId]);
    if (claimed) return claimed.id;
  }
  const [claimed] = await query(CLAIM_WITHOUT_STORY_SQL, [projectId, exceptTaskId]);
  return claimed?.id ?? null;
}
