import { unwrap, type AtlasSocket, type NotificationPayload } from '@atlas/client';
import { useEffect, useState } from 'react';
import { client } from '../api';
import { useAction, useResource } from '../hooks';
import { ErrorMessage } from '../ui';

type Notification = NotificationPayload;

/** The caller's notifications, newest first; new ones arrive live over the socket. */
export function Inbox({ socket }: { socket: AtlasSocket | null }) {
  const page = useResource(() => unwrap(client.api.GET('/api/v1/notifications', { params: { query: { limit: 30 } } })), []);
  const [live, setLive] = useState<Notification[]>([]);
  const [open, setOpen] = useState(false);
  const action = useAction();

  useEffect(() => {
    if (!socket) return;
    // Delivery is at least once: a notification is shown once, whatever arrives twice.
    const onNotification = (notification: Notification) => setLive((seen) => (seen.some((n) => n.id === notification.id) ? seen : [notification, ...seen]));
    socket.on('notification', onNotification);
    return () => {
      socket.off('notification', onNotification);
    };
  }, [socket]);

  const loaded = page.data?.items ?? [];
  const all = [...live.filter((n) => !loaded.some((l) => l.id === n.id)), ...loaded];
  const unread = all.filter((n) => !n.read).length;
  const refresh = () => {
    setLive([]);
    page.reload();
  };
  const markRead = async (notification: Notification) => {
    await action.run(() => unwrap(client.api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: notification.id } } })));
    refresh();
  };
  const markAll = async () => {
    await action.run(() => unwrap(client.api.POST('/api/v1/notifications/mark-all-read')));
    refresh();
  };

  return (
    <div className="inbox">
      <button className="bell" aria-label={`Notifications, ${unread} unread`} aria-expanded={open} onClick={() => setOpen(!open)}>
        Inbox <span data-testid="unread-count" className="count">{unread}</span>
      </button>
      {open && (
        <div className="inbox-panel" role="dialog" aria-label="Notifications">
          <div className="row">
            <strong>Notifications</strong>
            <button onClick={markAll} disabled={unread === 0 || action.pending}>Mark all read</button>
          </div>
          <ErrorMessage error={page.error ?? action.error} />
          {all.length === 0 && <p className="empty">Nothing yet.</p>}
          <ul>
            {all.map((notification) => (
              <li key={notification.id} className={notification.read ? 'read' : 'unread'} data-testid="notification">
                <strong>{notification.title}</strong>
                <p>{notification.message}</p>
                <time>{new Date(notification.created_at).toLocaleString()}</time>
                {!notification.read && <button onClick={() => markRead(notification)}>Mark read</button>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
