export { ProjectsModule } from './projects.module';
export { ProjectsService } from './projects.service';
export { PlanService } from './plan.service';
export { storyIdsInBoardOrderSql } from './board-order';
export { PlanItemDto } from './dto/project.dto';
export { toPlanItemJson } from './plan.service';
export { ProjectDto } from './dto/project.dto';
