import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches, ValidateIf } from 'class-validator';
import { Trim } from '../../../common/http/transforms';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const COLOR_MESSAGE = 'color must be a hex color #rrggbb';
const lowercase = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value));

export class CreateLabelDto {
  @ApiProperty({ minLength: 1, maxLength: 50, description: 'Unique in the project, whatever the case' })
  @Trim()
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ pattern: COLOR.source, example: '#d73a4a' })
  @IsString()
  @Matches(COLOR, { message: COLOR_MESSAGE })
  @lowercase()
  color: string;
}

export class UpdateLabelDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 50 })
  @ValidateIf((_, v) => v !== undefined) // null is a 422, never a NOT NULL violation
  @Trim()
  @IsString()
  @Length(1, 50)
  name?: string;

  @ApiPropertyOptional({ pattern: COLOR.source })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @Matches(COLOR, { message: COLOR_MESSAGE })
  @lowercase()
  color?: string;
}

export class LabelDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) project_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ pattern: '^#[0-9a-f]{6}$', example: '#d73a4a', description: 'Lower case' }) color: string;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
}
