export { Project } from './entities/project.entity';
export { Epic } from './entities/epic.entity';
export { Story } from './entities/story.entity';
