import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Trim } from '../../../common/http/transforms';
import { PageMetaDto, PageQueryDto } from '../../../common/pagination';

export enum SearchType {
  TASK = 'task',
  ISSUE = 'issue',
  COMMENT = 'comment',
}

export class SearchQuery extends PageQueryDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 200,
    description: 'Words (each also matches as a prefix), "quoted phrases", -excluded words, `or` between alternatives',
  })
  @Trim()
  @IsString()
  @Length(1, 200)
  q: string;

  @ApiPropertyOptional({
    type: String,
    description: 'Comma-separated: task, issue, comment (default all)',
    example: 'task,issue,comment',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(SearchType, { each: true, message: 'types must be a comma-separated list of task, issue, comment' })
  types?: SearchType[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this project (one of the caller’s)' })
  @IsOptional()
  @IsUUID()
  project_id?: string;
}

export class SearchResultDto {
  @ApiProperty({ enum: SearchType }) type: SearchType;
  @ApiProperty({ oneOf: [{ type: 'string', format: 'uuid' }, { type: 'integer' }], description: 'A task UUID, or an issue or comment id' })
  id: string | number;
  @ApiProperty({ format: 'uuid' }) project_id: string;
  @ApiProperty({ description: 'The task’s or issue’s title; for a comment, that of the task or issue it is on' }) title: string;
  @ApiProperty({ description: 'The matching passage as HTML: the text escaped, each match wrapped in <mark></mark>' })
  snippet: string;
  @ApiProperty({ description: 'Relevance in 0..1, higher first' }) rank: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The task, or the task a comment is on' })
  task_id: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The issue, or the issue a comment is on' }) issue_id: number | null;
}

export class SearchPageDto extends PageMetaDto {
  @ApiProperty({ type: [SearchResultDto] }) items: SearchResultDto[];
}
