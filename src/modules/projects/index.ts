export { ProjectsModule } from './projects.module';
export { ProjectsService } from './projects.service';
export { PlanService } from './plan.service';
export { EpicTreeDto, ProjectDto } from './dto/project.dto';
