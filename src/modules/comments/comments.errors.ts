import { DomainError, ErrorCode } from '../../common/errors';

export class NotTheCommentAuthorError extends DomainError {
  readonly code = ErrorCode.NOT_THE_COMMENT_AUTHOR;
  readonly title = 'Not the comment author';
  constructor(commentId: number) {
    super(`Only the author may edit comment ${commentId}`);
  }
}
