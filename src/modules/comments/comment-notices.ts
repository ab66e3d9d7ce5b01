import { NewNotification, NotificationType } from '../notifications';
import { Subject, subjectLink } from '../watchers';
import { Comment } from './entities/comment.entity';

/** What a comment's notifications say and where they point. */
export interface CommentContext {
  comment: Comment;
  subject: Subject;
  subjectTitle: string;
  authorUsername: string;
}

const excerpt = (body: string, room: number) => (body.length > room ? `${body.slice(0, room - 1)}…` : body);

/** One `mention` per mentioned user; the dedup key makes it once per user and comment, edits included. */
export function mentionNotices(context: CommentContext, userIds: readonly number[]): NewNotification[] {
  const { comment, subject, subjectTitle, authorUsername } = context;
  return userIds.map((userId) => ({
    userId,
    type: NotificationType.MENTION,
    title: `${authorUsername} mentioned you on "${subjectTitle}"`.slice(0, 200),
    message: excerpt(comment.body, 1000),
    link: subjectLink(subject),
    dedupKey: `mention:comment:${comment.id}`,
  }));
}

/** One `comment_added` per watcher given (the caller leaves out the author and the mentioned). */
export function commentAddedNotices(context: CommentContext, userIds: readonly number[]): NewNotification[] {
  const { comment, subject, subjectTitle, authorUsername } = context;
  return userIds.map((userId) => ({
    userId,
    type: NotificationType.COMMENT_ADDED,
    title: `New comment on "${subjectTitle}"`.slice(0, 200),
    message: excerpt(`${authorUsername}: ${comment.body}`, 1000),
    link: subjectLink(subject),
    dedupKey: `comment_added:${comment.id}`,
  }));
}
