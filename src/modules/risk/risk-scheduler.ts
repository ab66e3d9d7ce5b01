import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { logFailure } from '../../common/errors/outage-log';
import { AppConfig } from '../../config';
import { RiskScanService } from './risk-scan.service';

export const RISK_SCAN_JOB = 'risk-scan';

/** Registers the risk scan on RISK_SCAN_CRON when RISK_SCAN_ENABLED; each tick runs once across instances. */
@Injectable()
export class RiskScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('RiskScan');

  constructor(
    private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly scans: RiskScanService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.riskScan.enabled) return;
    const job = CronJob.from({ cronTime: this.config.riskScan.cron, onTick: () => this.tick(), start: false });
    this.registry.addCronJob(RISK_SCAN_JOB, job);
    job.start();
  }

  async tick(): Promise<void> {
    try {
      const outcome = await this.scans.runScheduled('cron');
      if (outcome.skipped) this.logger.log(`risk scan skipped: another instance holds the lock (run ${outcome.runId})`);
      else this.logger.log({ run: outcome.runId, ...outcome.result }, 'risk scan finished');
    } catch (error) {
      logFailure(this.logger, error, 'risk-scan', 'risk scan failed');
    }
  }
}
