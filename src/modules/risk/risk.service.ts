import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessPolicy } from '../../common/auth';
import { RiskLevel, Task, TaskStatus } from '../tasks/schema';
import { DetectDelaysDto, ProjectRiskSummaryDto, TaskRiskDto } from './dto/risk.dto';
import { RiskScanService, ScanResult } from './risk-scan.service';
import { assessRisk } from './risk-scoring';

const HIGH_RISK_LIST_LIMIT = 50;

function toDetectDelays(result: ScanResult): DetectDelaysDto {
  const { tasks_scanned, high_risk, medium_risk, notifications_sent } = result;
  return { tasks_scanned, high_risk, medium_risk, notifications_sent };
}

@Injectable()
export class RiskService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly scans: RiskScanService,
  ) {}

  private get tasks() {
    return this.txHost.tx.getRepository(Task);
  }

  /** Counts come from the stored levels through the (project_id, risk_level) index: no scoring pass. */
  async projectSummary(userId: number, projectId: string): Promise<ProjectRiskSummaryDto> {
    await this.access.project(userId, projectId);
    const counts: { level: RiskLevel; n: number }[] = await this.tasks
      .createQueryBuilder('t')
      .select('t.risk_level', 'level')
      .addSelect('count(*)::int', 'n')
      .where('t.project_id = :projectId AND t.status <> :done', { projectId, done: TaskStatus.DONE })
      .groupBy('t.risk_level')
      .getRawMany();
    const count = (level: RiskLevel) => counts.find((c) => c.level === level)?.n ?? 0;
    const highRisk = await this.tasks
      .createQueryBuilder('t')
      .where('t.project_id = :projectId AND t.status <> :done AND t.risk_level = :high', {
        projectId,
        done: TaskStatus.DONE,
        high: RiskLevel.HIGH,
      })
      .orderBy('t.risk_score', 'DESC')
      .addOrderBy('t.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('t.id', 'ASC')
      .limit(HIGH_RISK_LIST_LIMIT)
      .getMany();
    const now = new Date();
    return {
      total_active_tasks: count(RiskLevel.HIGH) + count(RiskLevel.MEDIUM) + count(RiskLevel.LOW),
      high_risk_count: count(RiskLevel.HIGH),
      medium_risk_count: count(RiskLevel.MEDIUM),
      low_risk_count: count(RiskLevel.LOW),
      high_risk_tasks: highRisk.map((task) => ({
        id: task.id,
        title: task.title,
        due_date: task.dueDate ? task.dueDate.toISOString() : null,
        progress: task.progressPercentage,
        risk_score: task.riskScore,
        risk_factors: assessRisk({ ...task, hasOpenBlocker: task.openBlockerCount > 0 }, now).risk_factors,
      })),
    };
  }

  /** The task's risk right now, with the factors that make it up. */
  async taskRisk(userId: number, taskId: string): Promise<TaskRiskDto> {
    await this.access.task(userId, taskId);
    const task = await this.tasks.findOneByOrFail({ id: taskId });
    return assessRisk({ ...task, hasOpenBlocker: task.openBlockerCount > 0 }, new Date());
  }

  async detectProject(userId: number, projectId: string): Promise<DetectDelaysDto> {
    await this.access.project(userId, projectId);
    return toDetectDelays(await this.scans.scanProjects([projectId], 'manual'));
  }

  /** Only the projects of the caller's organizations. */
  async detectMine(userId: number): Promise<DetectDelaysDto> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT p.id FROM projects p JOIN organization_members m ON m.organization_id = p.organization_id
        WHERE m.user_id = $1`,
      [userId],
    );
    if (rows.length === 0) return { tasks_scanned: 0, high_risk: 0, medium_risk: 0, notifications_sent: 0 };
    return toDetectDelays(await this.scans.scanProjects(rows.map((r) => r.id), 'manual'));
  }
}
