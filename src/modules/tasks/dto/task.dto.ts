import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { MaxDecimalPlaces } from '../../../common/http/max-decimal-places';
import { Trim } from '../../../common/http/transforms';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { RiskLevel, TaskStatus } from '../task-enums';
import { SPRINT_FILTER, SprintIdField, StoryPointsField } from './sprint-fields';
import { LabelIdsField } from './label-ids.field';

export class CreateTaskDto {
  @ApiProperty({ minLength: 1, maxLength: 200 }) @Trim() @IsString() @Length(1, 200) title: string;

  @ApiPropertyOptional({ maxLength: 10000 }) @IsOptional() @IsString() @MaxLength(10000) description?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A story of the same project' })
  @IsOptional()
  @IsUUID()
  story_id?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  due_date?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0)
  @Max(100000)
  estimate_hours?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 4, default: 0, description: '0 none .. 4 urgent' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  priority?: number;

  @ApiPropertyOptional({ minimum: -1000000, maximum: 1000000, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  order?: number;

  @SprintIdField() sprint_id?: string | null;
  @StoryPointsField() story_points?: number | null;
  @LabelIdsField() label_ids?: string[];
}

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) project_id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) story_id: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: TaskStatus }) status: TaskStatus;
  @ApiProperty({ type: Number, nullable: true }) assignee_id: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) due_date: string | null;
  @ApiProperty({ type: Number, nullable: true }) estimate_hours: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) progress_percentage: number;
  @ApiProperty({ enum: RiskLevel }) risk_level: RiskLevel;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The sum of the risk factors’ points' }) risk_score: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 4, description: '0 none .. 4 urgent' }) priority: number;
  @ApiProperty({ type: 'integer' }) order: number;
  @ApiProperty({ description: 'True while an open blocker issue is linked' }) is_blocked: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null = the backlog' }) sprint_id: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 100 }) story_points: number | null;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Sorted' }) label_ids: string[];
}

/** PATCH body: every field optional; an explicit null clears a nullable field. */
export class UpdateTaskDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @ValidateIf((_, v) => v !== undefined)
  @Trim()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ type: String, maxLength: 10000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @ApiPropertyOptional({ enum: TaskStatus })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(TaskStatus)
  status?: TaskStatus;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'A project member; null unassigns' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  assigned_to?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  due_date?: string | null;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 100000, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0)
  @Max(100000)
  estimate_hours?: number | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(0)
  @Max(100)
  progress_percentage?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 4 })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(0)
  @Max(4)
  priority?: number;

  @SprintIdField() sprint_id?: string | null;
  @StoryPointsField() story_points?: number | null;
  @LabelIdsField() label_ids?: string[];
}

export class ListTasksQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: TaskStatus }) @IsOptional() @IsEnum(TaskStatus) status?: TaskStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  assignee_id?: number;

  @ApiPropertyOptional({ enum: RiskLevel }) @IsOptional() @IsEnum(RiskLevel) risk_level?: RiskLevel;

  @ApiPropertyOptional({ description: 'A sprint id, or `none` for the backlog' })
  @IsOptional()
  @Matches(SPRINT_FILTER, { message: 'sprint_id must be a UUID or none' })
  sprint_id?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Tasks carrying this label' }) @IsOptional() @IsUUID() label_id?: string;
}

export class BulkAssignDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  task_ids: string[];

  @ApiProperty({ description: 'A member of every task’s project' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  assigned_to: number;
}

export class TaskMessageDto {
  @ApiProperty() message: string;
  @ApiProperty({ type: TaskDto }) task: TaskDto;
}

export class NextTaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class CompletedTaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TaskStatus }) status: TaskStatus;
  @ApiProperty({ type: NextTaskDto, nullable: true }) next_task: NextTaskDto | null;
}

export class CompleteTaskResponseDto {
  @ApiProperty() message: string;
  @ApiProperty({ type: CompletedTaskDto }) task: CompletedTaskDto;
}

export class BulkAssignResponseDto {
  @ApiProperty() message: string;
  @ApiProperty({ type: [TaskDto] }) tasks: TaskDto[];
}
