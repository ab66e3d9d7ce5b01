import { Injectable } from '@nestjs/common';
import { Propagation, Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { NotificationsService, NotificationType } from '../notifications';
import { HighRiskTask, TasksRepository } from '../tasks';
import { RiskScanRun } from './entities/risk-scan-run.entity';
import { RiskScanHooks } from './risk-scan-hooks';

export interface ScanResult {
  tasks_scanned: number;
  tasks_changed: number;
  high_risk: number;
  medium_risk: number;
  notifications_sent: number;
}

export interface ScheduledScanOutcome {
  skipped: boolean;
  runId: number;
  result?: ScanResult;
}

export const RISK_SCAN_LOCK = 7_311_003;
export const RISK_SCAN_BATCH = 5_000;
const ALERT_WINDOW = `interval '24 hours'`;
const NO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Claims the alert slot of each (task, current assignee) pair whose last alert is older than the
 * window (or absent): a task that changes hands owes its new assignee an alert.
 */
const CLAIM_ALERTS_SQL = `
  INSERT INTO risk_alerts (task_id, user_id, last_alert_at)
  SELECT a.task_id, a.user_id, $3::timestamptz FROM unnest($1::uuid[], $2::int[]) AS a(task_id, user_id)
  ON CONFLICT (task_id, user_id) DO UPDATE SET last_alert_at = EXCLUDED.last_alert_at
   WHERE risk_alerts.last_alert_at <= EXCLUDED.last_alert_at - ${ALERT_WINDOW}
  RETURNING task_id AS "taskId"`;

@Injectable()
export class RiskScanService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly notifications: NotificationsService,
    private readonly tasks: TasksRepository,
    private readonly hooks: RiskScanHooks,
  ) {}

  /**
   * The scheduled entry point: runs once across instances. Whoever does not get the advisory
   * lock records a skipped run and returns at once.
   */
  @Transactional()
  async runScheduled(trigger: string, now = new Date()): Promise<ScheduledScanOutcome> {
    const startedAt = new Date();
    const [{ locked }]: { locked: boolean }[] = await this.txHost.tx.query(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [RISK_SCAN_LOCK],
    );
    if (!locked) {
      const run = await this.record({ trigger, projectId: null, startedAt, skipped: true });
      return { skipped: true, runId: run.id };
    }
    const result = await this.scan(null, now);
    const run = await this.record({ trigger, projectId: null, startedAt, result });
    return { skipped: false, runId: run.id, result };
  }

  /** A scan of some projects now (the caller has checked access to each). */
  @Transactional()
  async scanProjects(projectIds: string[], trigger: string, now = new Date()): Promise<ScanResult> {
    const startedAt = new Date();
    const result = await this.scan(projectIds, now);
    await this.record({ trigger, projectId: projectIds.length === 1 ? projectIds[0] : null, startedAt, result });
    return result;
  }

  private async scan(projectIds: string[] | null, now: Date): Promise<ScanResult> {
    const result: ScanResult = { tasks_scanned: 0, tasks_changed: 0, high_risk: 0, medium_risk: 0, notifications_sent: 0 };
    let cursor = NO_UUID;
    for (;;) {
      const { scanned, changed, high, medium, next, sent } = await this.scanBatch(cursor, projectIds, now);
      result.tasks_scanned += scanned;
      result.tasks_changed += changed;
      result.high_risk += high;
      result.medium_risk += medium;
      result.notifications_sent += sent;
      if (next === null) break;
      cursor = next;
    }
    result.notifications_sent += await this.runHooks(projectIds, now);
    return result;
  }

  /** The registered hooks (e.g. the active sprints' forecasts), committing on their own like a batch. */
  @Transactional(Propagation.RequiresNew)
  private async runHooks(projectIds: string[] | null, now: Date): Promise<number> {
    return this.hooks.run(projectIds, now);
  }

  /**
   * Each batch commits on its own, so task rows are locked for one batch rather than the whole
   * scan; the run's own transaction keeps holding the advisory lock meanwhile.
   */
  @Transactional(Propagation.RequiresNew)
  private async scanBatch(cursor: string, projectIds: string[] | null, now: Date) {
    const batch = await this.tasks.rescoreBatch(cursor, projectIds, RISK_SCAN_BATCH, now);
    return { ...batch, sent: await this.alert(batch.highRiskAssigned, now) };
  }

  private async alert(highRisk: HighRiskTask[], now: Date): Promise<number> {
    if (highRisk.length === 0) return 0;
    const claimed: { taskId: string }[] = await this.txHost.tx.query(CLAIM_ALERTS_SQL, [
      highRisk.map((r) => r.id),
      highRisk.map((r) => r.assigneeId),
      now,
    ]);
    const byId = new Map(highRisk.map((r) => [r.id, r]));
    return this.notifications.notifyMany(
      claimed.map(({ taskId }) => {
        const task = byId.get(taskId)!;
        return {
          userId: task.assigneeId,
          type: NotificationType.TASK_AT_RISK,
          title: `At risk: ${task.title}`.slice(0, 200),
          message: `"${task.title}" is at high risk (score ${task.score}); check its due date, progress and blockers`.slice(0, 1000),
          link: `/api/v1/projects/tasks/${taskId}/risk`,
          dedupKey: `task_at_risk:${taskId}:${task.assigneeId}:${now.toISOString()}`,
        };
      }),
    );
  }

  private async record(run: {
    trigger: string;
    projectId: string | null;
    startedAt: Date;
    skipped?: boolean;
    result?: ScanResult;
  }): Promise<RiskScanRun> {
    return this.txHost.tx.getRepository(RiskScanRun).save({
      trigger: run.trigger,
      projectId: run.projectId,
      startedAt: run.startedAt,
      finishedAt: new Date(),
      skipped: run.skipped ?? false,
      tasksScanned: run.result?.tasks_scanned ?? 0,
      tasksChanged: run.result?.tasks_changed ?? 0,
      notificationsSent: run.result?.notifications_sent ?? 0,
    });
  }
}
