import { FieldError } from '../../common/errors';
import { NOTIFICATION_LIMITS, NOTIFICATION_TYPES } from './notification-type';
import { InvalidNotificationError, UnknownNotificationTypeError } from './notifications.errors';

interface NotificationFields {
  type: string;
  title: string;
  message: string;
  link?: string | null;
  dedupKey?: string | null;
}

/** Lengths in code points, as PostgreSQL counts varchar(n). */
function length(text: string): number {
  return [...text].length;
}

function checkText(errors: FieldError[], field: string, value: unknown, max: number): void {
  if (typeof value !== 'string' || value.trim().length === 0) {
    errors.push({ field, message: `${field} must be a non-blank string` });
  } else if (length(value) > max) {
    errors.push({ field, message: `${field} must be at most ${max} characters` });
  }
}

/** The invariants of a notification, checked before anything is written. */
export function validateNotification(input: NotificationFields): void {
  if (!NOTIFICATION_TYPES.includes(input.type)) throw new UnknownNotificationTypeError(String(input.type));
  const errors: FieldError[] = [];
  checkText(errors, 'title', input.title, NOTIFICATION_LIMITS.title);
  checkText(errors, 'message', input.message, NOTIFICATION_LIMITS.message);
  if (input.link != null) checkText(errors, 'link', input.link, NOTIFICATION_LIMITS.link);
  if (input.dedupKey != null) checkText(errors, 'dedup_key', input.dedupKey, NOTIFICATION_LIMITS.dedupKey);
  if (errors.length > 0) throw new InvalidNotificationError(errors);
}
