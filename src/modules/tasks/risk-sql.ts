/**
 * The scoring of risk-scoring.ts as one SQL expression over a `tasks` row aliased `t` (any relation
 * with its `status`, `due_date`, `progress_percentage`, `estimate_hours` and `open_blocker_count`),
 * evaluated at the instant the parameter `now` names. Both are checked against the same table of
 * cases, so they cannot drift.
 */
export function riskScoreSql(now: string): string {
  const HOURS_LEFT = `(EXTRACT(EPOCH FROM (t.due_date - ${now}::timestamptz)) / 3600.0)`;
  return `
  CASE WHEN t.status = 'Done' THEN 0 ELSE
      (CASE WHEN t.due_date IS NULL THEN 0
            WHEN ${HOURS_LEFT} < 0 THEN 50
            WHEN ${HOURS_LEFT} <= 24 THEN 30
            WHEN ${HOURS_LEFT} <= 72 THEN 20
            WHEN ${HOURS_LEFT} <= 168 THEN 10
            ELSE 0 END)
    + (CASE WHEN t.status <> 'In Progress' THEN 0
            WHEN t.progress_percentage = 0 THEN 20
            WHEN t.progress_percentage < 25 THEN 15
            WHEN t.progress_percentage < 50 THEN 10
            ELSE 0 END)
    + (CASE WHEN t.open_blocker_count > 0 THEN 20 ELSE 0 END)
    + (CASE WHEN t.due_date IS NOT NULL AND t.estimate_hours IS NOT NULL
             AND t.estimate_hours * (1 - t.progress_percentage / 100.0) > GREATEST(${HOURS_LEFT}, 0)
            THEN 25 ELSE 0 END)
  END`;
}

/** The scoring at the instant `$1`. */
export const RISK_SCORE_SQL = riskScoreSql('$1');

export function riskLevelSql(score: string): string {
  return `(CASE WHEN ${score} >= 40 THEN 'high' WHEN ${score} >= 20 THEN 'medium' ELSE 'low' END)::risk_level`;
}
