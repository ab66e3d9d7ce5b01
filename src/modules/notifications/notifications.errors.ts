import { DomainError, ErrorCode, FieldError } from '../../common/errors';

export class UnknownNotificationTypeError extends DomainError {
  readonly code = ErrorCode.NOTIFICATION_TYPE_UNKNOWN;
  readonly title = 'Unknown notification type';
  constructor(type: string) {
    super(`${type} is not a notification type`, { errors: [{ field: 'type', message: 'unknown notification type' }] });
  }
}

export class InvalidNotificationError extends DomainError {
  readonly code = ErrorCode.NOTIFICATION_INVALID;
  readonly title = 'Invalid notification';
  constructor(errors: FieldError[]) {
    super('The notification has invalid fields', { errors });
  }
}

export class NotificationRecipientNotFoundError extends DomainError {
  readonly code = ErrorCode.NOTIFICATION_RECIPIENT_NOT_FOUND;
  readonly title = 'Notification recipient not found';
  constructor(userId: number) {
    super(`User ${userId} does not exist and cannot be notified`);
  }
}
