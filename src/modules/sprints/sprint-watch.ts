import { Injectable, OnModuleInit } from '@nestjs/common';
import { NotificationsService, NotificationType } from '../notifications';
import { ProjectsService } from '../projects';
import { RiskScanHooks } from '../risk';
import { endOf, utcDay } from './calendar';
import { SprintHistory } from './sprint-history';
import { asOfDay, forecast } from './sprint-numbers';
import { SprintsRepository } from './sprints.repository';

/**
 * Watches active sprints in every risk scan (a hook registered with risk, which never imports sprints): a sprint whose forecast is off track notifies its project's
 * owner once per sprint per UTC day (the notification's dedup key names the sprint and the day, so the
 * database keeps it to one whoever runs the check). A sprint is judged from its second day on, when
 * there is a day of burn to forecast from. Set-based: four statements whatever the number of sprints.
 */
@Injectable()
export class SprintWatch implements OnModuleInit {
  constructor(
    private readonly hooks: RiskScanHooks,
    private readonly sprints: SprintsRepository,
    private readonly history: SprintHistory,
    private readonly projects: ProjectsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((projectIds, now) => this.checkActiveSprints(projectIds, now));
  }

  /** Checks the active sprints of the given projects (all when null) at `now`; returns the notifications sent. */
  async checkActiveSprints(projectIds: readonly string[] | null, now: Date): Promise<number> {
    const today = utcDay(now);
    const sprints = (await this.sprints.active(projectIds)).filter((sprint) => sprint.startDate < today);
    if (sprints.length === 0) return 0;
    const totals = await this.history.totalsBefore(new Map(sprints.map((s) => [s.id, endOf(asOfDay(s, today))])));
    const offTrack = sprints
      .map((sprint) => ({ sprint, forecast: forecast(sprint, totals.get(sprint.id)!, today) }))
      .filter(({ forecast: f }) => !f.on_track);
    if (offTrack.length === 0) return 0;
    const owners = await this.projects.ownerIdsOf([...new Set(offTrack.map(({ sprint }) => sprint.projectId))]);
    return this.notifications.notifyMany(
      offTrack.map(({ sprint, forecast: f }) => ({
        userId: owners.get(sprint.projectId)!,
        type: NotificationType.SPRINT_AT_RISK,
        title: `Sprint at risk: ${sprint.name}`.slice(0, 200),
        message: (f.projected_end_date
          ? `"${sprint.name}" has ${f.remaining_points} points left at ${f.daily_rate} a day: projected to finish ${f.projected_end_date}, after its end on ${sprint.endDate}`
          : `"${sprint.name}" has ${f.remaining_points} points left and nothing completed yet; it ends on ${sprint.endDate}`
        ).slice(0, 1000),
        link: `/api/v1/sprints/${sprint.id}/forecast`,
        dedupKey: `sprint_at_risk:${sprint.id}:${today}`,
      })),
    );
  }
}
