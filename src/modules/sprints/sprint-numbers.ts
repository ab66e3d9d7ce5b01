import { addDays, daysBetween, minDay } from './calendar';
import { BurndownDayDto, ForecastDto } from './dto/reports.dto';

/** What the reports need of a sprint. */
export interface SprintSpan {
  startDate: string;
  endDate: string;
  committedPoints: number | null;
}

/** The net change of a sprint's scope and completed points on one UTC day. */
export interface DayDelta {
  day: string;
  scope: number;
  done: number;
}

export interface Totals {
  scope: number;
  done: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The last day the reports look at: today, but never past the end date. */
export function asOfDay(sprint: SprintSpan, today: string): string {
  return minDay(today, sprint.endDate);
}

/** Linear from `committed` on the start date to 0 on the end date (a one-day sprint ends at 0). */
export function idealRemaining(sprint: SprintSpan, committed: number, day: string): number {
  const length = daysBetween(sprint.startDate, sprint.endDate);
  if (length === 0) return 0;
  return round2((committed * daysBetween(day, sprint.endDate)) / length);
}

/**
 * One row per UTC day from the start date to min(today, end date), each the sum of the history up to
 * the end of that day (changes before the start date count on the start date). The ideal line starts
 * at `committed_points`, or at the scope of the start day while the sprint has not started.
 */
export function burndown(sprint: SprintSpan, deltas: readonly DayDelta[], today: string): BurndownDayDto[] {
  const last = asOfDay(sprint, today);
  const sorted = [...deltas].sort((a, b) => a.day.localeCompare(b.day));
  const days: BurndownDayDto[] = [];
  let scope = 0;
  let done = 0;
  let next = 0;
  let committed = sprint.committedPoints;
  for (let day = sprint.startDate; day <= last; day = addDays(day, 1)) {
    for (; next < sorted.length && sorted[next].day <= day; next++) {
      scope += sorted[next].scope;
      done += sorted[next].done;
    }
    committed ??= scope;
    days.push({
      date: day,
      scope_points: scope,
      completed_points: done,
      remaining_points: scope - done,
      ideal_remaining_points: idealRemaining(sprint, committed, day),
    });
  }
  return days;
}

/**
 * The forecast from the burndown so far (`totals` = the history up to the end of the as-of day,
 * min(today, end date)):
 * - remaining = scope − completed; elapsed days = days from the start date through the as-of day;
 * - days_left = calendar days after the as-of day up to the end date (the whole sprint before it starts);
 * - daily_rate = completed / elapsed days (0 before the start);
 * - projected_end_date = the as-of day plus ceil(remaining / daily_rate) days; the as-of day when nothing
 *   remains; null when nothing has been completed yet (or the sprint has not started and is empty);
 * - on_track: nothing remains, or the projection is not after the end date; before the start date a
 *   sprint is on track (nothing has been measured yet).
 */
export function forecast(sprint: SprintSpan, totals: Totals, today: string): ForecastDto {
  const asOf = asOfDay(sprint, today);
  const elapsed = Math.max(0, daysBetween(sprint.startDate, asOf) + 1);
  const remaining = totals.scope - totals.done;
  const daysLeft = elapsed === 0 ? daysBetween(sprint.startDate, sprint.endDate) + 1 : daysBetween(asOf, sprint.endDate);
  const rate = elapsed > 0 ? totals.done / elapsed : 0;
  let projected: string | null = null;
  if (remaining <= 0) projected = elapsed > 0 ? asOf : null;
  else if (rate > 0) projected = addDays(asOf, Math.ceil(remaining / rate));
  const onTrack = remaining <= 0 || elapsed === 0 || (projected !== null && projected <= sprint.endDate);
  return { remaining_points: remaining, days_left: daysLeft, daily_rate: round2(rate), projected_end_date: projected, on_track: onTrack };
}
