/**
 * One query per page of results. `$1` user, `$2` project or null, `$3` tsquery text, `$4` types,
 * `$5` limit + 1, `$6` offset, `$7..$9` the cursor (rank, type, id) or nulls.
 *
 * Each kind is matched through its GIN index on the generated `search_vector` and kept only in the
 * caller's projects (those of the organizations they belong to); all matches are ranked (ts_rank,
 * normalised to 0..1), counted once, and only the rows of the page get a title and a snippet
 * (ts_headline over the HTML-escaped text, so the snippet is safe HTML with <mark> around matches).
 */
const ESCAPED = (text: string) => `replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const HEADLINE_OPTIONS = `StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

export const SEARCH_SQL = `
  WITH visible AS (
    SELECT p.id FROM projects p
      JOIN organization_members m ON m.organization_id = p.organization_id AND m.user_id = $1
     WHERE $2::uuid IS NULL OR p.id = $2::uuid
  ), q AS (
    SELECT to_tsquery('simple', $3) AS query
  ), hits AS (
    SELECT 'task'::text AS type, t.id::text AS id, t.project_id, t.id AS task_id, NULL::int AS issue_id, NULL::int AS comment_id,
           ts_rank(t.search_vector, q.query, 32) AS rank
      FROM q, tasks t
     WHERE 'task' = ANY($4::text[]) AND t.search_vector @@ q.query AND t.project_id IN (SELECT id FROM visible)
    UNION ALL
    SELECT 'issue', i.id::text, i.project_id, NULL::uuid, i.id, NULL::int, ts_rank(i.search_vector, q.query, 32)
      FROM q, issues i
     WHERE 'issue' = ANY($4::text[]) AND i.search_vector @@ q.query AND i.project_id IN (SELECT id FROM visible)
    UNION ALL
    SELECT 'comment', c.id::text, c.project_id, c.task_id, c.issue_id, c.id, ts_rank(c.search_vector, q.query, 32)
      FROM q, comments c
     WHERE 'comment' = ANY($4::text[]) AND c.search_vector @@ q.query AND c.project_id IN (SELECT id FROM visible)
  ), page AS (
    SELECT * FROM hits h
     WHERE $7::real IS NULL OR h.rank < $7::real OR (h.rank = $7::real AND (h.type, h.id) > ($8::text, $9::text))
     ORDER BY h.rank DESC, h.type, h.id
     LIMIT $5 OFFSET $6
  )
  SELECT total.n AS total, r.type, r.id, r.project_id, r.task_id, r.issue_id, r.rank,
         CASE WHEN r.issue_id IS NOT NULL THEN pi.title ELSE pt.title END AS title,
         ts_headline('simple', ${ESCAPED(`CASE r.type
                                             WHEN 'task' THEN concat_ws(' ', pt.title, pt.description)
                                             WHEN 'issue' THEN concat_ws(' ', pi.title, pi.description)
                                             ELSE c.body END`)},
                     (SELECT query FROM q), '${HEADLINE_OPTIONS}') AS snippet
    FROM (SELECT count(*)::int AS n FROM hits) total
    LEFT JOIN page r ON true
    LEFT JOIN tasks pt ON pt.id = r.task_id
    LEFT JOIN issues pi ON pi.id = r.issue_id
    LEFT JOIN comments c ON c.id = r.comment_id
   ORDER BY r.rank DESC, r.type, r.id`;
