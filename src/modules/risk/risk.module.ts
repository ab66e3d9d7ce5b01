import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications';
import { ProjectsModule } from '../projects';
import { TasksModule } from '../tasks';
import { RiskAlert } from './entities/risk-alert.entity';
import { RiskScanRun } from './entities/risk-scan-run.entity';
import { RiskController } from './risk.controller';
import { RiskScanHooks } from './risk-scan-hooks';
import { RiskScanService } from './risk-scan.service';
import { RiskScheduler } from './risk-scheduler';
import { RiskService } from './risk.service';

@Module({
  imports: [TypeOrmModule.forFeature([RiskScanRun, RiskAlert]), ScheduleModule.forRoot(), NotificationsModule, ProjectsModule, TasksModule],
  controllers: [RiskController],
  providers: [RiskService, RiskScanService, RiskScanHooks, RiskScheduler],
  exports: [RiskScanService, RiskScanHooks],
})
export class RiskModule {}
