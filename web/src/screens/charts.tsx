import type { ForecastJson, JsonOf } from '../models';
import { formatDate } from '../ui';

type BurndownDay = JsonOf<'/api/v1/sprints/{sprint_id}/burndown', 'get'>['days'][number];
type Velocity = JsonOf<'/api/v1/projects/{project_id}/velocity', 'get'>;

const WIDTH = 480;
const HEIGHT = 200;
const PAD = 30;

/** Remaining points per day against the ideal line over the whole sprint, and where the last day stands. */
export function BurndownChart({ days, endDate }: { days: BurndownDay[]; endDate: string }) {
  if (days.length === 0) return <p className="empty">The sprint has no days to chart yet.</p>;
  const last = days[days.length - 1];
  return (
    <figure className="burndown">
      <BurndownLines days={days} endDate={endDate} />
      <figcaption data-testid="burndown-summary">
        {formatDate(last.date)}: {last.remaining_points} of {last.scope_points} points left ({last.completed_points} done; ideal {round(last.ideal_remaining_points)})
      </figcaption>
    </figure>
  );
}

const round = (points: number) => Math.round(points * 10) / 10;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The days so far on an axis from the first day to the sprint's end, the ideal line reaching 0 there. */
function BurndownLines({ days, endDate }: { days: BurndownDay[]; endDate: string }) {
  const first = dayNumber(days[0].date);
  const span = Math.max(1, dayNumber(endDate) - first);
  const top = Math.max(1, ...days.map((d) => Math.max(d.scope_points, d.remaining_points, d.ideal_remaining_points)));
  const x = (date: string) => PAD + ((dayNumber(date) - first) * (WIDTH - 2 * PAD)) / span;
  const y = (points: number) => HEIGHT - PAD - (points * (HEIGHT - 2 * PAD)) / top;
  const line = (pick: (d: BurndownDay) => number) => days.map((d) => `${x(d.date)},${y(pick(d))}`);
  const ideal = days[days.length - 1].date < endDate ? [...line((d) => d.ideal_remaining_points), `${x(endDate)},${y(0)}`] : line((d) => d.ideal_remaining_points);
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Burndown chart" data-testid="burndown">
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} className="axis" />
      <line x1={PAD} y1={PAD} x2={PAD} y2={HEIGHT - PAD} className="axis" />
      <text x={4} y={PAD}>{top}</text>
      <text x={4} y={HEIGHT - PAD}>0</text>
      <text x={PAD} y={HEIGHT - 8}>{days[0].date}</text>
      <text x={WIDTH - PAD} y={HEIGHT - 8} textAnchor="end">{endDate}</text>
      <polyline points={ideal.join(' ')} className="ideal" />
      <polyline points={line((d) => d.remaining_points).join(' ')} className="remaining" />
      {days.map((d) => (
        <circle key={d.date} cx={x(d.date)} cy={y(d.remaining_points)} r={3} className="remaining">
          <title>{`${d.date}: ${d.remaining_points} of ${d.scope_points} points left`}</title>
        </circle>
      ))}
    </svg>
  );
}

/** Committed and completed points of the last completed sprints. */
export function VelocityChart({ velocity }: { velocity: Velocity }) {
  if (velocity.sprints.length === 0) return <p className="empty">No completed sprint yet.</p>;
  const sprints = [...velocity.sprints].reverse();
  const top = Math.max(1, ...sprints.map((s) => Math.max(s.committed_points, s.completed_points)));
  const slot = (WIDTH - 2 * PAD) / sprints.length;
  const h = (points: number) => (points * (HEIGHT - 2 * PAD)) / top;
  return (
    <figure>
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Velocity chart" data-testid="velocity">
        {sprints.map((s, i) => (
          <g key={s.id}>
            <rect x={PAD + i * slot + 4} y={HEIGHT - PAD - h(s.committed_points)} width={slot / 2 - 6} height={h(s.committed_points)} className="committed" />
            <rect x={PAD + i * slot + slot / 2} y={HEIGHT - PAD - h(s.completed_points)} width={slot / 2 - 6} height={h(s.completed_points)} className="completed" />
            <text x={PAD + i * slot + slot / 2} y={HEIGHT - 8} textAnchor="middle">{s.name}</text>
          </g>
        ))}
      </svg>
      <figcaption>
        Average completed: {velocity.average_completed_points === null ? '—' : `${round(velocity.average_completed_points)} points`} (committed ▮ grey, completed ▮ green)
      </figcaption>
    </figure>
  );
}

/** Whether the active sprint ends on time at the rate it burns so far. */
export function ForecastSummary({ forecast }: { forecast: ForecastJson }) {
  return (
    <p className={forecast.on_track ? 'forecast on-track' : 'forecast off-track'} data-testid="forecast">
      <strong>{forecast.on_track ? 'On track' : 'Off track'}</strong>: {forecast.remaining_points} points left, {forecast.days_left} days left, {round(forecast.daily_rate)}{' '}
      points a day{forecast.projected_end_date ? `, done by ${formatDate(forecast.projected_end_date)}` : ', no end in sight at this rate'}.
    </p>
  );
}
