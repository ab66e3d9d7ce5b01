import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Trim } from '../../../common/http/transforms';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class CreateProjectDto {
  @ApiProperty({ minLength: 1, maxLength: 200 }) @Trim() @IsString() @Length(1, 200) name: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

export class UpdateProjectDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @ValidateIf((_, v) => v !== undefined) // null is a 422, never a NOT NULL violation
  @Trim()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true, description: 'null clears it' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

export class CreatePlanItemDto extends CreateProjectDto {
  @ApiPropertyOptional({ minimum: -1_000_000, maximum: 1_000_000, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  order?: number;
}

export class UpdatePlanItemDto extends UpdateProjectDto {
  @ApiPropertyOptional({ minimum: -1_000_000, maximum: 1_000_000 })
  @ValidateIf((_, v) => v !== undefined) // null is a 422, never a NOT NULL violation
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  order?: number;
}

export class ProjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty() owner_id: number;
  @ApiProperty() created_at: string;
}

export class PlanItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: 'integer' }) order: number;
}
