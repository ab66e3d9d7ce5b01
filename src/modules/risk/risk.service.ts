import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access';
import { ProjectsService } from '../projects';
import { assessTaskRisk, TasksRepository } from '../tasks';
import { DetectDelaysDto, ProjectRiskSummaryDto, TaskRiskDto } from './dto/risk.dto';
import { RiskScanService, ScanResult } from './risk-scan.service';

const HIGH_RISK_LIST_LIMIT = 50;

function toDetectDelays(result: ScanResult): DetectDelaysDto {
  const { tasks_scanned, high_risk, medium_risk, notifications_sent } = result;
  return { tasks_scanned, high_risk, medium_risk, notifications_sent };
}

@Injectable()
export class RiskService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly scans: RiskScanService,
    private readonly tasks: TasksRepository,
    private readonly projects: ProjectsService,
  ) {}

  /** Counts come from the stored levels through the (project_id, status) index: no scoring pass. */
  async projectSummary(userId: number, projectId: string): Promise<ProjectRiskSummaryDto> {
    await this.access.project(userId, projectId);
    const counts = await this.tasks.riskLevelCounts(projectId);
    const highRisk = await this.tasks.highRisk(projectId, HIGH_RISK_LIST_LIMIT);
    const now = new Date();
    return {
      total_active_tasks: counts.high + counts.medium + counts.low,
      high_risk_count: counts.high,
      medium_risk_count: counts.medium,
      low_risk_count: counts.low,
      high_risk_tasks: highRisk.map((task) => ({
        id: task.id,
        title: task.title,
        due_date: task.dueDate ? task.dueDate.toISOString() : null,
        progress: task.progressPercentage,
        risk_score: task.riskScore,
        risk_factors: assessTaskRisk(task, now).risk_factors,
      })),
    };
  }

  /** The task's risk right now, with the factors that make it up. */
  async taskRisk(userId: number, taskId: string): Promise<TaskRiskDto> {
    await this.access.task(userId, taskId);
    return assessTaskRisk(await this.tasks.get(taskId), new Date());
  }

  async detectProject(userId: number, projectId: string): Promise<DetectDelaysDto> {
    await this.access.project(userId, projectId);
    return toDetectDelays(await this.scans.scanProjects([projectId], 'manual'));
  }

  /** Only the projects of the caller's organizations. */
  async detectMine(userId: number): Promise<DetectDelaysDto> {
    const projectIds = await this.projects.idsVisibleTo(userId);
    if (projectIds.length === 0) return { tasks_scanned: 0, high_risk: 0, medium_risk: 0, notifications_sent: 0 };
    return toDetectDelays(await this.scans.scanProjects(projectIds, 'manual'));
  }
}
