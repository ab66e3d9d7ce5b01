import { Module } from '@nestjs/common';
import { AppConfig } from '../../config';
import { ProjectsModule } from '../projects';
import { TasksModule } from '../tasks';
import { AiRateLimit } from './ai-rate-limit';
import { AiController } from './ai.controller';
import { AiService } from './ai.service';
import { ChatCompletionsClient } from './chat-completions.client';
import { ChatCompletionsPlanner } from './chat-completions.planner';
import { PLANNER, Planner } from './planner.port';

@Module({
  imports: [ProjectsModule, TasksModule],
  controllers: [AiController],
  providers: [
    AiService,
    AiRateLimit,
    {
      provide: PLANNER,
      inject: [AppConfig],
      useFactory: ({ ai }: AppConfig): Planner | null =>
        ai.provider ? new ChatCompletionsPlanner(new ChatCompletionsClient(ai.provider, ai.timeoutMs)) : null,
    },
  ],
})
export class AiModule {}
