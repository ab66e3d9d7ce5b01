import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access';
import { endOf, utcDay } from './calendar';
import { BurndownDto, ForecastDto, VelocityDto } from './dto/reports.dto';
import { SprintClock } from './sprint-clock';
import { SprintHistory } from './sprint-history';
import { asOfDay, burndown, forecast } from './sprint-numbers';
import { SprintsRepository } from './sprints.repository';

export const DEFAULT_VELOCITY_SPRINTS = 3;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Burndown, velocity and forecast, read from the recorded history and the completed sprints. */
@Injectable()
export class SprintReportsService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly sprints: SprintsRepository,
    private readonly history: SprintHistory,
    private readonly clock: SprintClock,
  ) {}

  async burndown(userId: number, sprintId: string): Promise<BurndownDto> {
    await this.access.sprint(userId, sprintId);
    const sprint = await this.sprints.get(sprintId);
    const deltas = await this.history.dailyDeltas(sprintId);
    return { sprint_id: sprintId, days: burndown(sprint, deltas, utcDay(this.clock.now())) };
  }

  async forecast(userId: number, sprintId: string): Promise<ForecastDto> {
    await this.access.sprint(userId, sprintId);
    const sprint = await this.sprints.get(sprintId);
    const today = utcDay(this.clock.now());
    const totals = await this.history.totalsBefore(new Map([[sprintId, endOf(asOfDay(sprint, today))]]));
    return forecast(sprint, totals.get(sprintId)!, today);
  }

  async velocity(userId: number, projectId: string, last = DEFAULT_VELOCITY_SPRINTS): Promise<VelocityDto> {
    await this.access.project(userId, projectId);
    return this.velocityOf(projectId, last);
  }

  /** The caller checks access. */
  async velocityOf(projectId: string, last = DEFAULT_VELOCITY_SPRINTS): Promise<VelocityDto> {
    const sprints = await this.sprints.lastCompleted(projectId, last);
    const completed = sprints.map((s) => s.completedPoints ?? 0);
    return {
      sprints: sprints.map((s) => ({ id: s.id, name: s.name, committed_points: s.committedPoints ?? 0, completed_points: s.completedPoints ?? 0 })),
      average_completed_points: sprints.length > 0 ? round2(completed.reduce((a, b) => a + b, 0) / sprints.length) : null,
    };
  }
}
