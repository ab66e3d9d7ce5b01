import { ApiProperty } from '@nestjs/swagger';
import type { PresenceStatus } from '../../../common/realtime';

/** Server event `presence_update`. */
export class PresenceUpdateDto {
  @ApiProperty() user_id: number;
  @ApiProperty({ enum: ['online', 'away', 'offline'] }) status: PresenceStatus;
  @ApiProperty({ format: 'date-time' }) timestamp: string;
}

/** Server event `session_revoked`. */
export class SessionRevokedDto {
  @ApiProperty({
    description: 'Why: `membership_changed` (left or removed from an organization), `password_changed`, `logout_all`',
    example: 'membership_changed',
  })
  reason: string;
}

/** The second argument of every durable (outbox) event. */
export class DeliveryMetaDto {
  @ApiProperty({
    pattern: '^(0|[1-9][0-9]*)$',
    description: 'The delivery sequence (a 64-bit integer as a string); resume with `GET /api/v1/events?after=<event_id>`',
    example: '1043',
  })
  event_id: string;
}
