import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from './error-code';

/** A code without a status here does not compile. */
export const ERROR_STATUS = {
  [ErrorCode.VALIDATION_FAILED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.MALFORMED_JSON]: HttpStatus.BAD_REQUEST,
  [ErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.ROUTE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.METHOD_NOT_ALLOWED]: HttpStatus.METHOD_NOT_ALLOWED,
  [ErrorCode.BAD_REQUEST]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHORIZED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.REFERENCED_ROW_NOT_FOUND]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.INVALID_CURSOR]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.INTERNAL_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ErrorCode.EMAIL_TAKEN]: HttpStatus.CONFLICT,
  [ErrorCode.USERNAME_TAKEN]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_CREDENTIALS]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.REFRESH_TOKEN_INVALID]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.DEMO_LOGIN_DISABLED]: HttpStatus.NOT_FOUND,
  [ErrorCode.ALREADY_OWNS_ORGANIZATION]: HttpStatus.CONFLICT,
  [ErrorCode.ALREADY_MEMBER]: HttpStatus.CONFLICT,
  [ErrorCode.INVITATION_PENDING]: HttpStatus.CONFLICT,
  [ErrorCode.CANNOT_REMOVE_SELF]: HttpStatus.CONFLICT,
  [ErrorCode.NO_ORGANIZATION]: HttpStatus.NOT_FOUND,
  [ErrorCode.NOTIFICATION_TYPE_UNKNOWN]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.NOTIFICATION_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.NOTIFICATION_RECIPIENT_NOT_FOUND]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.TASK_ALREADY_DONE]: HttpStatus.CONFLICT,
  [ErrorCode.TASK_NOT_ASSIGNED_TO_YOU]: HttpStatus.FORBIDDEN,
  [ErrorCode.TASK_NOT_STARTABLE]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_ISSUE_TRANSITION]: HttpStatus.CONFLICT,
  [ErrorCode.NOT_A_CHANNEL_MEMBER]: HttpStatus.FORBIDDEN,
  [ErrorCode.USER_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.ORGANIZATION_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.INVITATION_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.PROJECT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.EPIC_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.STORY_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.TASK_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.ISSUE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.NOTIFICATION_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CHANNEL_NOT_FOUND]: HttpStatus.NOT_FOUND,
} as const satisfies Record<ErrorCode, HttpStatus>;

export function statusOf(code: ErrorCode): HttpStatus {
  return ERROR_STATUS[code];
}
