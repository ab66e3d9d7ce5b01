import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, PageMetaDto } from '../../../common/pagination';

export class EventsQuery {
  @ApiPropertyOptional({
    description: 'Return events after this one: the `event_id` of the last event received, or `next_cursor`',
    example: '1042',
    pattern: '^(0|[1-9][0-9]{0,17})$',
  })
  @IsOptional()
  @Matches(/^(0|[1-9][0-9]{0,17})$/, { message: 'after must be an event id' })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = DEFAULT_PAGE_LIMIT;
}

export class EventDto {
  @ApiProperty({
    description: 'Event id: its delivery sequence (a 64-bit integer as a string), the `event_id` sent with the live event; increases in delivery order',
    example: '1043',
    pattern: '^[0-9]+$',
  })
  id: string;
  @ApiProperty({ example: 'user:5' }) room: string;
  @ApiProperty({ example: 'notification' }) event: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class EventPageDto extends PageMetaDto {
  @ApiProperty({ type: [EventDto] }) items: EventDto[];
}
