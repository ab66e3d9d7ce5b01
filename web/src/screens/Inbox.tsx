import { unwrap, type NotificationPayload } from '@atlas/client';
import { useState } from 'react';
import { api } from '../api';
import { useConsole } from '../console-context';
import { useAction, useResource, useSocketEvent } from '../hooks';
import { ErrorMessage, formatTime } from '../ui';

type Notification = NotificationPayload;

const TASK_LINK = /^\/api\/v1\/projects\/tasks\/([0-9a-f-]{36})(?:\/|$)/i;
const INVITATION_LINK = /^\/api\/v1\/users\/me\/invitations\/(\d+)$/;

/** What a notification's link points at, as the console can open it. */
function target(notification: Notification): { task: string } | { invitation: number } | null {
  const task = notification.link && TASK_LINK.exec(notification.link);
  if (task) return { task: task[1] };
  const invitation = notification.type === 'org_invitation' && notification.link && INVITATION_LINK.exec(notification.link);
  return invitation ? { invitation: Number(invitation[1]) } : null;
}

function NotificationItem({ notification, onChanged, onJoined }: { notification: Notification; onChanged: () => void; onJoined: () => void }) {
  const { openTask } = useConsole();
  const action = useAction();
  const path = { params: { path: { id: notification.id } } };
  const act = async (call: () => Promise<unknown>) => {
    const done = await action.run(call);
    onChanged();
    return done;
  };
  const markRead = () => act(() => unwrap(api.POST('/api/v1/notifications/{id}/read', path)));
  const points = target(notification);
  const answer = async (invitation: number, accept: boolean) => {
    const invitationPath = { params: { path: { invitation_id: invitation } } };
    const answered = await act(() =>
      accept
        ? unwrap(api.POST('/api/v1/organizations/invitations/{invitation_id}/accept', invitationPath))
        : unwrap(api.POST('/api/v1/organizations/invitations/{invitation_id}/decline', invitationPath)),
    );
    if (answered === undefined) return;
    if (!notification.read) await markRead();
    if (accept) onJoined();
  };
  return (
    <li className={notification.read ? 'read' : 'unread'} data-testid="notification" data-type={notification.type}>
      <strong>{notification.title}</strong>
      <p>{notification.message}</p>
      <time>{formatTime(notification.created_at)}</time>
      <div className="row">
        {points && 'task' in points && (
          <button
            className="link"
            onClick={() => {
              openTask(points.task);
              if (!notification.read) void markRead();
            }}
          >
            Open task
          </button>
        )}
        {points && 'invitation' in points && (
          <>
            <button onClick={() => answer(points.invitation, true)} disabled={action.pending}>Accept</button>
            <button className="secondary" onClick={() => answer(points.invitation, false)} disabled={action.pending}>Decline</button>
          </>
        )}
        {!notification.read && <button className="link" onClick={markRead} disabled={action.pending}>Mark read</button>}
        <button className="link" onClick={() => act(() => unwrap(api.DELETE('/api/v1/notifications/{id}', path)))} disabled={action.pending}>Delete</button>
      </div>
      <ErrorMessage error={action.error} />
    </li>
  );
}

/** The caller's notifications, newest first, and the unread count; new ones arrive live over the socket. */
export function Inbox({ onJoined }: { onJoined: () => void }) {
  const { socket } = useConsole();
  const page = useResource(() => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 30 } } })), []);
  const unreadCount = useResource(() => unwrap(api.GET('/api/v1/notifications/unread-count')), []);
  const [live, setLive] = useState<Notification[]>([]);
  const [open, setOpen] = useState(false);
  const action = useAction();
  const refresh = () => {
    setLive([]);
    page.reload();
    unreadCount.reload();
  };
  useSocketEvent(
    socket,
    'notification',
    (notification) => {
      // Delivery is at least once: a notification is shown once, whatever arrives twice.
      setLive((seen) => (seen.some((n) => n.id === notification.id) ? seen : [notification, ...seen]));
      unreadCount.reload();
    },
    refresh,
  );

  const loaded = page.data?.items ?? [];
  const all = [...live.filter((n) => !loaded.some((l) => l.id === n.id)), ...loaded];
  const unread = unreadCount.data?.count;
  const markAll = async () => {
    await action.run(() => unwrap(api.POST('/api/v1/notifications/mark-all-read')));
    refresh();
  };

  return (
    <div className="inbox">
      <button className="bell" aria-label={`Notifications, ${unread ?? 'loading'} unread`} aria-expanded={open} onClick={() => setOpen(!open)}>
        Inbox <span data-testid="unread-count" className={unread ? 'count unread' : 'count'}>{unread ?? '…'}</span>
      </button>
      {open && (
        <div className="inbox-panel" role="dialog" aria-label="Notifications">
          <div className="row">
            <strong>Notifications</strong>
            <button onClick={markAll} disabled={!unread || action.pending}>{action.pending ? 'Marking…' : 'Mark all read'}</button>
          </div>
          <ErrorMessage error={page.error ?? unreadCount.error ?? action.error} />
          {page.data && all.length === 0 && <p className="empty">Nothing yet.</p>}
          <ul>
            {all.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onChanged={refresh} onJoined={onJoined} />
            ))}
          </ul>
          {page.data && page.data.total > loaded.length && <p className="empty">The newest {loaded.length} of {page.data.total} are shown.</p>}
        </div>
      )}
    </div>
  );
}
