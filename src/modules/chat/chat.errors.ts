import { DomainError, ErrorCode } from '../../common/errors';

/** The caller can see the (public) channel but has not joined it. */
export class NotAChannelMemberError extends DomainError {
  readonly code = ErrorCode.NOT_A_CHANNEL_MEMBER;
  readonly title = 'Not a channel member';
  constructor(channelId: number) {
    super(`Join channel ${channelId} to read or post its messages`);
  }
}
