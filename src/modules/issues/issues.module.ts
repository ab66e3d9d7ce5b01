import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity';
import { NotificationsModule } from '../notifications';
import { OutboxModule } from '../outbox';
import { TasksModule } from '../tasks';
import { Issue } from './entities/issue.entity';
import { IssueChangeListeners } from './issue-changes';
import { IssuesController } from './issues.controller';
import { IssuesRepository } from './issues.repository';
import { IssuesService } from './issues.service';

@Module({
  imports: [TypeOrmModule.forFeature([Issue]), ActivityModule, TasksModule, NotificationsModule, OutboxModule],
  controllers: [IssuesController],
  providers: [IssuesService, IssuesRepository, IssueChangeListeners],
  exports: [IssuesService, IssuesRepository, IssueChangeListeners],
})
export class IssuesModule {}
