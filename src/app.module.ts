import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthCommonModule } from './common/auth/auth-common.module';
import { CommonModule } from './common/common.module';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { LoggingModule } from './common/http/logging.module';
import { OrganizationContextModule } from './common/organization-context';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { LimitsModule } from './common/limits/limits.module';
import { RedisModule } from './common/redis/redis.module';
import { AppConfig } from './config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AccessModule } from './modules/access';
import { AiModule } from './modules/ai';
import { AuthModule } from './modules/auth';
import { HealthModule } from './modules/health';
import { IssuesModule } from './modules/issues';
import { NotificationsModule } from './modules/notifications';
import { OrganizationsModule } from './modules/organizations';
import { OutboxModule } from './modules/outbox';
import { ProjectsModule } from './modules/projects';
import { RealtimeModule } from './modules/realtime';
import { ChatModule } from './modules/chat';
import { CommentsModule } from './modules/comments';
import { LabelsModule } from './modules/labels';
import { SearchModule } from './modules/search';
import { WatchersModule } from './modules/watchers';
import { RiskModule } from './modules/risk';
import { RootModule } from './modules/root';
import { SprintsModule } from './modules/sprints';
import { TasksModule } from './modules/tasks';
import { UsersModule } from './modules/users';

export const FEATURE_MODULES: NonNullable<ModuleMetadata['imports']> = [
  RootModule,
  AccessModule,
  HealthModule,
  UsersModule,
  AuthModule,
  OrganizationsModule,
  ProjectsModule,
  TasksModule,
  IssuesModule,
  RiskModule,
  OutboxModule,
  NotificationsModule,
  RealtimeModule,
  ChatModule,
  AiModule,
  SprintsModule,
  LabelsModule,
  WatchersModule,
  CommentsModule,
  SearchModule,
];

@Module({})
export class AppModule {
  /** `extraImports` lets tests add test-only modules to the production graph. */
  static forRoot(config: AppConfig, extraImports: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        CommonModule,
        AuthCommonModule,
        OrganizationContextModule,
        LimitsModule,
        IdempotencyModule,
        ...FEATURE_MODULES,
        ...extraImports,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
