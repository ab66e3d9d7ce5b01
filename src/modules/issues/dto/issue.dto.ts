import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Trim } from '../../../common/http/transforms';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { IssuePriority, IssueStatus, IssueType } from '../issue-enums';

export class CreateIssueDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() project_id: string;

  @ApiProperty({ minLength: 1, maxLength: 200 }) @Trim() @IsString() @Length(1, 200) title: string;

  @ApiProperty({ minLength: 1, maxLength: 10000 }) @IsString() @Length(1, 10000) description: string;

  @ApiPropertyOptional({ enum: IssueType, default: IssueType.BUG }) @IsOptional() @IsEnum(IssueType) issue_type?: IssueType;

  @ApiPropertyOptional({ enum: IssuePriority, default: IssuePriority.MEDIUM })
  @IsOptional()
  @IsEnum(IssuePriority)
  priority?: IssuePriority;

  @ApiPropertyOptional({ format: 'uuid', description: 'A task of the same project' })
  @IsOptional()
  @IsUUID()
  task_id?: string;
}

export class AssignIssueDto {
  @ApiProperty({ description: 'A project member' }) @IsInt() @Min(1) @Max(2_147_483_647) assignee_id: number;
}

export class ResolveIssueDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 }) @IsString() @Length(1, 5000) resolution: string;
}

export class ListIssuesQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: IssueStatus }) @IsOptional() @IsEnum(IssueStatus) status?: IssueStatus;
  @ApiPropertyOptional({ enum: IssueType }) @IsOptional() @IsEnum(IssueType) issue_type?: IssueType;
  @ApiPropertyOptional({ enum: IssuePriority }) @IsOptional() @IsEnum(IssuePriority) priority?: IssuePriority;
}

export class IssueDto {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'uuid' }) project_id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) task_id: string | null;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: IssueType }) issue_type: IssueType;
  @ApiProperty({ enum: IssuePriority }) priority: IssuePriority;
  @ApiProperty({ enum: IssueStatus }) status: IssueStatus;
  @ApiProperty() reporter_id: number;
  @ApiProperty() reporter_username: string;
  @ApiProperty({ type: Number, nullable: true }) assignee_id: number | null;
  @ApiProperty({ type: String, nullable: true }) assignee_username: string | null;
  @ApiProperty({ type: String, nullable: true }) resolution: string | null;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
  @ApiProperty({ type: String, nullable: true }) resolved_at: string | null;
}
