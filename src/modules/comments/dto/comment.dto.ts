import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Trim } from '../../../common/http/transforms';

export class CommentBodyDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 10000,
    description: '`@username` mentions a member of the project’s organization (others are left as text)',
  })
  @Trim()
  @IsString()
  @Length(1, 10000)
  body: string;
}

export class CommentDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) task_id: string | null;
  @ApiProperty({ type: Number, nullable: true }) issue_id: number | null;
  @ApiProperty() author_id: number;
  @ApiProperty() author_username: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'Ids of the mentioned members' }) mentions: number[];
  @ApiProperty() edited: boolean;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
}

/** Server event `comment_deleted`. */
export class CommentDeletedDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) task_id: string | null;
  @ApiProperty({ type: Number, nullable: true }) issue_id: number | null;
}
