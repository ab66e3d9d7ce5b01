import { unwrap, type CommentPayload } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useConsole } from '../../console-context';
import { allPages, useAction, useResource, useSocketEvent } from '../../hooks';
import { ErrorMessage, formatTime, Loading } from '../../ui';
import { CommentBody, MentionTextarea } from './mentions';

type Comment = CommentPayload;

function CommentItem({ comment, mayDelete, onChanged }: { comment: Comment; mayDelete: boolean; onChanged: () => void }) {
  const { userId, members } = useConsole();
  const [editing, setEditing] = useState<string | null>(null);
  const action = useAction();
  const path = { params: { path: { comment_id: comment.id } } };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (editing === null) return;
    if (await action.run(() => unwrap(api.PATCH('/api/v1/comments/{comment_id}', { ...path, body: { body: editing } })))) setEditing(null);
    onChanged();
  };
  const remove = async () => {
    await action.run(() => unwrap(api.DELETE('/api/v1/comments/{comment_id}', path)));
    onChanged();
  };
  return (
    <li data-testid="comment">
      <strong>{comment.author_username}</strong> <time>{formatTime(comment.created_at)}</time>
      {comment.edited && <em> (edited)</em>}
      {editing === null ? (
        <CommentBody body={comment.body} mentions={comment.mentions} members={members} />
      ) : (
        <form onSubmit={save} aria-label="Edit comment">
          <MentionTextarea label="Edited comment" value={editing} onChange={setEditing} members={members} />
          <button type="submit" disabled={action.pending}>{action.pending ? 'Saving…' : 'Save'}</button>{' '}
          <button type="button" className="secondary" onClick={() => setEditing(null)}>Cancel</button>
        </form>
      )}
      {editing === null && (
        <div className="row">
          {comment.author_id === userId && <button className="link" onClick={() => setEditing(comment.body)}>Edit</button>}
          {mayDelete && <button className="link" onClick={remove} disabled={action.pending}>Delete</button>}
        </div>
      )}
      <ErrorMessage error={action.error} />
    </li>
  );
}

/** The comments of a task, oldest first, kept current over the socket; a new one may @mention members. */
export function Comments({ taskId, onPosted }: { taskId: string; onPosted: () => void }) {
  const { userId, members, socket } = useConsole();
  const comments = useResource(
    () =>
      allPages((cursor) =>
        unwrap(api.GET('/api/v1/projects/tasks/{task_id}/comments', { params: { path: { task_id: taskId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } } })),
      ),
    [taskId],
  );
  const [body, setBody] = useState('');
  const action = useAction();
  const ours = (comment: { task_id: string | null }) => comment.task_id === taskId && comments.reload();
  useSocketEvent(socket, 'comment_added', ours, comments.reload);
  useSocketEvent(socket, 'comment_updated', ours);
  useSocketEvent(socket, 'comment_deleted', ours);

  // The author may delete a comment, and so may an organization owner or manager (the server decides).
  const myRole = members.find((member) => member.id === userId)?.role;
  const moderator = myRole === 'owner' || myRole === 'manager';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const posted = await action.run(() => unwrap(api.POST('/api/v1/projects/tasks/{task_id}/comments', { params: { path: { task_id: taskId } }, body: { body } })));
    if (!posted) return;
    setBody('');
    comments.reload();
    onPosted();
  };
  const items = comments.data?.items ?? [];
  return (
    <section className="comments" aria-label="Comments">
      <h4>Comments {comments.data && <small>({comments.data.total})</small>}</h4>
      <Loading when={comments.loading && !comments.data} />
      <ErrorMessage error={comments.error} />
      {comments.data && items.length === 0 && <p className="empty">No comments yet.</p>}
      {comments.data && comments.data.total > items.length && <p className="empty">Showing the first {items.length} of {comments.data.total}.</p>}
      <ul>
        {items.map((comment) => (
          <CommentItem key={comment.id} comment={comment} mayDelete={comment.author_id === userId || moderator} onChanged={comments.reload} />
        ))}
      </ul>
      <form onSubmit={submit} aria-label="New comment">
        <MentionTextarea label="Comment" placeholder="Write a comment; @username mentions a member" value={body} onChange={setBody} members={members} />
        <button type="submit" disabled={action.pending}>{action.pending ? 'Posting…' : 'Comment'}</button>
      </form>
      <ErrorMessage error={action.error} />
    </section>
  );
}
