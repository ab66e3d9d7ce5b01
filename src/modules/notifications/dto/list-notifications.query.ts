import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

/** Only the strings `true` and `false` become booleans; anything else stays as is and fails @IsBoolean. */
function parseBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export class ListNotificationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Only unread notifications' })
  @IsOptional()
  @Transform(parseBoolean)
  @IsBoolean({ message: 'unread_only must be true or false' })
  unread_only?: boolean;
}
