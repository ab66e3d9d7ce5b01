import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TasksModule } from '../tasks';
import { Epic } from './entities/epic.entity';
import { Project } from './entities/project.entity';
import { Story } from './entities/story.entity';
import { PlanController } from './plan.controller';
import { PlanService } from './plan.service';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

@Module({
  imports: [TypeOrmModule.forFeature([Project, Epic, Story]), TasksModule],
  controllers: [ProjectsController, PlanController],
  providers: [ProjectsService, PlanService],
  exports: [ProjectsService, PlanService],
})
export class ProjectsModule {}
