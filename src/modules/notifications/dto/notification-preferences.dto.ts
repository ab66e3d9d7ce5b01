import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, ValidateIf } from 'class-validator';
import { MANDATORY_NOTIFICATION_TYPES, NotificationType } from '../notification-type';

type Preferences = Record<NotificationType, boolean>;

// The properties are declared per type at runtime below; the interfaces give them their static type.

/** Every notification type with whether the caller receives it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface NotificationPreferencesDto extends Preferences {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class NotificationPreferencesDto {}

/** Any subset of the types; the others keep their setting. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface UpdateNotificationPreferencesDto extends Partial<Preferences> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class UpdateNotificationPreferencesDto {}

// One property per type, so a type added to the enum is accepted and documented without editing this file.
for (const type of Object.values(NotificationType)) {
  const mandatory = MANDATORY_NOTIFICATION_TYPES.has(type);
  const schema = mandatory ? { type: Boolean, enum: [true], description: 'Cannot be switched off (false is a 422)' } : { type: Boolean };
  ApiProperty({ ...schema, example: true })(NotificationPreferencesDto.prototype, type);
  ApiPropertyOptional(schema)(UpdateNotificationPreferencesDto.prototype, type);
  ValidateIf((_, value) => value !== undefined)(UpdateNotificationPreferencesDto.prototype, type); // null is a 422
  IsBoolean()(UpdateNotificationPreferencesDto.prototype, type);
}
