import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity';
import { IssuesModule } from '../issues';
import { NotificationsModule } from '../notifications';
import { OrganizationsModule } from '../organizations';
import { OutboxModule } from '../outbox';
import { ProjectsModule } from '../projects';
import { RiskModule } from '../risk';
import { TasksModule } from '../tasks';
import { SprintScopeChange } from './entities/sprint-scope-change.entity';
import { Sprint } from './entities/sprint.entity';
import { SprintClock } from './sprint-clock';
import { SprintHistory } from './sprint-history';
import { SprintMoveRules } from './sprint-move-rules';
import { SprintPlanningService } from './sprint-planning.service';
import { SprintReportsController } from './sprint-reports.controller';
import { SprintReportsService } from './sprint-reports.service';
import { SprintWatch } from './sprint-watch';
import { SprintsController } from './sprints.controller';
import { SprintsRepository } from './sprints.repository';
import { SprintsService } from './sprints.service';
import { StandupService } from './standup.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Sprint, SprintScopeChange]),
    ActivityModule,
    IssuesModule,
    NotificationsModule,
    OrganizationsModule,
    OutboxModule,
    ProjectsModule,
    RiskModule,
    TasksModule,
  ],
  controllers: [SprintsController, SprintReportsController],
  providers: [
    SprintsRepository,
    SprintsService,
    SprintPlanningService,
    SprintReportsService,
    StandupService,
    SprintHistory,
    SprintMoveRules,
    SprintWatch,
    SprintClock,
  ],
  exports: [SprintClock],
})
export class SprintsModule {}
