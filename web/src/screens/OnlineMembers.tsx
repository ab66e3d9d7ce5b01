import { unwrap, type PresenceUpdatePayload } from '@atlas/client';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useConsole } from '../console-context';
import { useResource, useSocketEvent } from '../hooks';
import { ErrorMessage } from '../ui';

/** Members of the current organization who are online or away, kept current by `presence_update`. */
export function OnlineMembers({ organizationKey }: { organizationKey: string }) {
  const { socket, members } = useConsole();
  const online = useResource(() => unwrap(api.GET('/api/v1/chat/online-users', { params: { query: { limit: 100 } } })), [organizationKey]);
  const [updates, setUpdates] = useState<Map<number, PresenceUpdatePayload>>(new Map());
  useEffect(() => setUpdates(new Map()), [organizationKey]);
  useSocketEvent(
    socket,
    'presence_update',
    (update) => setUpdates((previous) => new Map(previous).set(update.user_id, update)),
    // After a reconnection the list is read again: updates missed meanwhile are not replayed.
    () => {
      setUpdates(new Map());
      online.reload();
    },
  );

  const names = new Map(members.map((member) => [member.id, member.username]));
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
