import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ValidationFailedError } from '../../common/errors';
import { NotificationPreferencesDto, UpdateNotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationPreference } from './entities/notification-preference.entity';
import { MANDATORY_NOTIFICATION_TYPES, NotificationType } from './notification-type';

/**
 * Which notification types a user receives. Stored per (user, type); a type without a row is on.
 * `NotificationsService` consults the stored rows inside its insert, so a switched-off type is never created.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async get(userId: number): Promise<NotificationPreferencesDto> {
    const rows = await this.txHost.tx.getRepository(NotificationPreference).find({ where: { userId } });
    const stored = new Map(rows.map((row) => [row.type, row.enabled]));
    const preferences = new NotificationPreferencesDto();
    for (const type of Object.values(NotificationType)) preferences[type] = stored.get(type) ?? true;
    return preferences;
  }

  /** A partial update in one upsert; switching off a mandatory type is a 422 and changes nothing. */
  @Transactional()
  async update(userId: number, input: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const changes = Object.values(NotificationType)
      .filter((type) => input[type] !== undefined)
      .map((type) => ({ type, enabled: input[type] as boolean }));
    const refused = changes.filter((change) => !change.enabled && MANDATORY_NOTIFICATION_TYPES.has(change.type));
    if (refused.length > 0) {
      throw new ValidationFailedError(
        refused.map(({ type }) => ({ field: type, message: `${type} notifications cannot be switched off` })),
        'Mandatory notification types cannot be switched off',
      );
    }
    if (changes.length > 0) {
      await this.txHost.tx.query(
        `INSERT INTO notification_preferences (user_id, type, enabled)
         SELECT $1, type, enabled FROM unnest($2::notification_type[], $3::boolean[]) AS c(type, enabled)
         ON CONFLICT (user_id, type) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
        [userId, changes.map((c) => c.type), changes.map((c) => c.enabled)],
      );
    }
    return this.get(userId);
  }
}
