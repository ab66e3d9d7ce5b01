import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
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
import { Trim } from '../../../common/http/transforms';
import { PageQueryDto } from '../../../common/pagination';
import { SprintStatus } from '../sprint-status';

/** A calendar date `YYYY-MM-DD` that exists. */
function CalendarDate(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a valid calendar date' }),
  );
}

export class CreateSprintDto {
  @ApiProperty({ minLength: 1, maxLength: 200 }) @Trim() @IsString() @Length(1, 200) name: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  goal?: string | null;

  @ApiProperty({ format: 'date', example: '2026-01-05' }) @CalendarDate() start_date: string;

  @ApiProperty({ format: 'date', example: '2026-01-16', description: 'Not before start_date; at most 365 days after it' })
  @CalendarDate()
  end_date: string;
}

export class UpdateSprintDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @ValidateIf((_, v) => v !== undefined)
  @Trim()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  goal?: string | null;

  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((_, v) => v !== undefined) @CalendarDate() start_date?: string;
  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((_, v) => v !== undefined) @CalendarDate() end_date?: string;
}

export class ListSprintsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: SprintStatus }) @IsOptional() @IsEnum(SprintStatus) status?: SprintStatus;
}

export class SprintDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) project_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) goal: string | null;
  @ApiProperty({ enum: SprintStatus }) status: SprintStatus;
  @ApiProperty({ format: 'date' }) start_date: string;
  @ApiProperty({ format: 'date' }) end_date: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completed_at: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Points in the sprint when it started; null until then' }) committed_points: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Points of its Done tasks when it was completed; null until then' })
  completed_points: number | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

/** Server event `sprint_deleted`: a planned sprint was deleted (its tasks went back to the backlog). */
export class SprintDeletedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) project_id: string;
}

export class SprintTasksDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  task_ids: string[];
}

export class SprintTasksResponseDto {
  @ApiProperty({ type: SprintDto }) sprint: SprintDto;
  @ApiProperty({ type: [String], format: 'uuid' }) task_ids: string[];
}

const BACKLOG = 'backlog';

export class CompleteSprintDto {
  @ApiPropertyOptional({
    oneOf: [{ type: 'string', enum: [BACKLOG] }, { type: 'string', format: 'uuid' }],
    default: BACKLOG,
    description: '`backlog`, or the id of a planned sprint of the same project: where the unfinished tasks go',
  })
  @IsOptional()
  @Matches(/^(backlog|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'carry_over_to must be backlog or a sprint id',
  })
  carry_over_to?: string;
}

export class CompleteSprintResponseDto {
  @ApiProperty({ type: SprintDto }) sprint: SprintDto;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The unfinished tasks that moved' }) carried_over: string[];
}

export class PlanSprintDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100000, description: "Default: the project's average velocity (last 3 completed sprints)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  capacity_points?: number;

  @ApiPropertyOptional({ default: false, description: 'Add the selection to the sprint (in the same transaction)' })
  @IsOptional()
  @IsBoolean()
  apply?: boolean;
}

export class PlannedTaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) story_points: number;
}

export class SprintPlanDto {
  @ApiProperty({ type: 'integer', description: "The sprint's capacity; the points already in it count against it" }) capacity_points: number;
  @ApiProperty({ type: [PlannedTaskDto], description: 'Backlog tasks in board order that fit' }) selected: PlannedTaskDto[];
  @ApiProperty({ type: 'integer', description: 'Points of the selected tasks' }) total_points: number;
}
