export { ProjectsModule } from './projects.module';
export { ProjectsService } from './projects.service';
export { PlanService } from './plan.service';
