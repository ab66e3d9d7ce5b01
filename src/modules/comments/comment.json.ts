import { CommentDto } from './dto/comment.dto';
import { Comment } from './entities/comment.entity';

/** Expects `author` loaded in the same query. */
export function toCommentJson(comment: Comment): CommentDto {
  return {
    id: comment.id,
    task_id: comment.taskId,
    issue_id: comment.issueId,
    author_id: comment.authorId,
    author_username: comment.author.username,
    body: comment.body,
    mentions: comment.mentions,
    edited: comment.edited,
    created_at: comment.createdAt.toISOString(),
    updated_at: comment.updatedAt.toISOString(),
  };
}
