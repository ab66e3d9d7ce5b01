import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity';
import { NotificationsModule } from '../notifications';
import { OrganizationsModule } from '../organizations';
import { OutboxModule } from '../outbox';
import { ProjectsModule } from '../projects';
import { TasksModule } from '../tasks';
import { Issue } from './entities/issue.entity';
import { IssueChangeListeners } from './issue-changes';
import { IssuesController } from './issues.controller';
import { IssueMembership } from './issue-membership';
import { IssuesRepository } from './issues.repository';
import { IssuesService } from './issues.service';

@Module({
  imports: [TypeOrmModule.forFeature([Issue]), ActivityModule, OrganizationsModule, ProjectsModule, TasksModule, NotificationsModule, OutboxModule],
  controllers: [IssuesController],
  providers: [IssuesService, IssuesRepository, IssueChangeListeners, IssueMembership],
  exports: [IssuesService, IssuesRepository, IssueChangeListeners],
})
export class IssuesModule {}
