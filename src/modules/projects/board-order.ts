/**
 * The board order of a project's stories (epic order, then story order; ties by creation, then id) as
 * one SQL expression: the array of the story ids of the project the parameter `project` names, in
 * order (empty without stories). Statements of other modules that walk the board (the claim of the
 * next task) embed it, so the order is defined here once.
 */
export function storyIdsInBoardOrderSql(project: string): string {
  return `(SELECT coalesce(array_agg(s.id ORDER BY e."order", e.created_at, e.id, s."order", s.created_at, s.id), '{}')
             FROM stories s JOIN epics e ON e.id = s.epic_id WHERE s.project_id = ${project})`;
}
