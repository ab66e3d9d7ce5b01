import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity';
import { IssuesModule } from '../issues';
import { NotificationsModule } from '../notifications';
import { OrganizationsModule } from '../organizations';
import { OutboxModule } from '../outbox';
import { TasksModule } from '../tasks';
import { WatchersModule } from '../watchers';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { Comment } from './entities/comment.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Comment]),
    ActivityModule,
    IssuesModule,
    NotificationsModule,
    OrganizationsModule,
    OutboxModule,
    TasksModule,
    WatchersModule,
  ],
  controllers: [CommentsController],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
