import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

export class BurndownDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: 'integer', description: 'Points in the sprint at the end of the day' }) scope_points: number;
  @ApiProperty({ type: 'integer', description: 'Points of its Done tasks at the end of the day' }) completed_points: number;
  @ApiProperty({ type: 'integer' }) remaining_points: number;
  @ApiProperty({ description: 'Linear from committed_points on start_date to 0 on end_date' }) ideal_remaining_points: number;
}

export class BurndownDto {
  @ApiProperty({ format: 'uuid' }) sprint_id: string;
  @ApiProperty({ type: [BurndownDayDto], description: 'One row per UTC day from start_date to min(today, end_date)' })
  days: BurndownDayDto[];
}

export class VelocityQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 3, description: 'How many completed sprints' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  last?: number;
}

export class VelocitySprintDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) committed_points: number;
  @ApiProperty({ type: 'integer' }) completed_points: number;
}

export class VelocityDto {
  @ApiProperty({ type: [VelocitySprintDto], description: 'Completed sprints, newest first' }) sprints: VelocitySprintDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'null while the project has no completed sprint' })
  average_completed_points: number | null;
}

export class ForecastDto {
  @ApiProperty({ type: 'integer' }) remaining_points: number;
  @ApiProperty({ type: 'integer', description: 'Calendar days after today up to end_date' }) days_left: number;
  @ApiProperty({ description: 'Completed points per elapsed sprint day' }) daily_rate: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null while nothing has been completed' })
  projected_end_date: string | null;
  @ApiProperty() on_track: boolean;
}

export class StandupQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: 24 hours ago' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}

export class RefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class IssueRefDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() title: string;
}

export class StandupMemberDto {
  @ApiProperty() user_id: number;
  @ApiProperty() username: string;
  @ApiProperty({ type: [RefDto], description: 'Tasks they moved to Done since `since` (and that are still Done)' }) completed: RefDto[];
  @ApiProperty({ type: [RefDto], description: 'Their In Progress tasks that are not blocked' }) in_progress: RefDto[];
  @ApiProperty({ type: [RefDto], description: 'Their open tasks with an open blocker issue' }) blocked: RefDto[];
}

export class StandupDto {
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty({ type: [StandupMemberDto] }) members: StandupMemberDto[];
  @ApiProperty({ type: [IssueRefDto], description: 'Open blocker issues of the project' }) open_blockers: IssueRefDto[];
  @ApiProperty({ type: [RefDto], description: 'High-risk open tasks, riskiest first' }) at_risk: RefDto[];
}
