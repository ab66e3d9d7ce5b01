import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity';
import { IssuesModule } from '../issues';
import { NotificationsModule } from '../notifications';
import { OrganizationsModule } from '../organizations';
import { ProjectsModule } from '../projects';
import { TasksModule } from '../tasks';
import { Watcher } from './entities/watcher.entity';
import { WatchListeners } from './watch-listeners';
import { WatchersController } from './watchers.controller';
import { WatchersService } from './watchers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Watcher]), ActivityModule, TasksModule, IssuesModule, NotificationsModule, OrganizationsModule, ProjectsModule],
  controllers: [WatchersController],
  providers: [WatchersService, WatchListeners],
  exports: [WatchersService],
})
export class WatchersModule {}
