import { unwrap, type AtlasSocket, type PresenceUpdatePayload } from '@atlas/client';
import { useEffect, useState } from 'react';
import { client } from '../api';
import { useResource } from '../hooks';
import { ErrorMessage } from '../ui';

/** Members of the current organization who are online or away, kept current by `presence_update`. */
export function OnlineMembers({ socket, organizationKey }: { socket: AtlasSocket | null; organizationKey: string }) {
  const online = useResource(() => unwrap(client.api.GET('/api/v1/chat/online-users', { params: { query: { limit: 100 } } })), [organizationKey]);
  const members = useResource(() => unwrap(client.api.GET('/api/v1/organizations/members', { params: { query: { limit: 100 } } })), [organizationKey]);
  const [updates, setUpdates] = useState<Map<number, PresenceUpdatePayload>>(new Map());

  useEffect(() => {
    setUpdates(new Map());
    if (!socket) return;
    const onPresence = (update: PresenceUpdatePayload) => setUpdates((previous) => new Map(previous).set(update.user_id, update));
    const onConnect = () => {
      setUpdates(new Map());
      online.reload();
    };
    socket.on('presence_update', onPresence);
    socket.on('connect', onConnect);
    return () => {
      socket.off('presence_update', onPresence);
      socket.off('connect', onConnect);
    };
  }, [socket, organizationKey, online.reload]);

  const names = new Map((members.data?.items ?? []).map((member) => [member.id, member.username]));
  const statuses = new Map<number, { username: string; status: string }>();
  for (const user of online.data?.items ?? []) statuses.set(user.user_id, { username: user.username, status: user.status });
  for (const update of updates.values()) {
    if (update.status === 'offline') statuses.delete(update.user_id);
    else statuses.set(update.user_id, { username: names.get(update.user_id) ?? statuses.get(update.user_id)?.username ?? `user ${update.user_id}`, status: update.status });
  }

  return (
    <section className="online" aria-label="Online members">
      <h4>Online</h4>
      <ErrorMessage error={online.error} />
      <ul>
        {[...statuses.entries()].map(([id, user]) => (
          <li key={id} data-testid="online-member" className={`presence-${user.status}`}>
            {user.username} <span className="badge">{user.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
