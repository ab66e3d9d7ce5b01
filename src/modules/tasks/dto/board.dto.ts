import { ApiProperty } from '@nestjs/swagger';
import { PlanItemDto } from '../../projects';
import { TaskStatus } from '../task-enums';

export class TreeTaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TaskStatus }) status: TaskStatus;
  @ApiProperty({ type: Number, nullable: true }) assignee_id: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) progress_percentage: number;
}

export class StoryTreeDto extends PlanItemDto {
  @ApiProperty({ type: [TreeTaskDto] }) tasks: TreeTaskDto[];
}

export class EpicTreeDto extends PlanItemDto {
  @ApiProperty({ type: [StoryTreeDto] }) stories: StoryTreeDto[];
}
