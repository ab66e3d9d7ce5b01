import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import type { PresenceStatus } from '../../../common/realtime';

export class SubscribeProjectDto {
  @IsUUID() project_id: string;
}

/** `data` of the `subscribe_project` ack. */
export class SubscribeProjectAckDataDto {
  @ApiProperty({ format: 'uuid', description: 'The project id as stored (lowercase), whatever case was sent' })
  project_id: string;
}

export class PresenceDto {
  @IsIn(['online', 'away']) status: 'online' | 'away';
}

/** `data` of the `presence` ack. */
export class PresenceAckDataDto {
  @ApiProperty() user_id: number;
  @ApiProperty({ enum: ['online', 'away', 'offline'], description: 'The status now shown to the organizations' })
  status: PresenceStatus;
}
