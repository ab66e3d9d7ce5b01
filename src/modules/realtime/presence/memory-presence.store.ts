import { PresenceStore, PresenceStoreStats, SocketRef } from './presence.store';

/** Presence for a single instance: sockets per user and the users who said they are away. */
export class MemoryPresenceStore implements PresenceStore {
  readonly heartbeatMs = null;
  private readonly socketsByUser = new Map<number, Set<string>>();
  private readonly away = new Set<number>();

  async add({ userId, socketId }: SocketRef): Promise<{ first: boolean }> {
    let sockets = this.socketsByUser.get(userId);
    if (!sockets) {
      sockets = new Set();
      this.socketsByUser.set(userId, sockets);
    }
    sockets.add(socketId);
    return { first: sockets.size === 1 };
  }

  async remove({ userId, socketId }: SocketRef): Promise<{ last: boolean }> {
    const sockets = this.socketsByUser.get(userId);
    if (!sockets?.delete(socketId)) return { last: false };
    if (sockets.size > 0) return { last: false };
    this.socketsByUser.delete(userId);
    this.away.delete(userId);
    return { last: true };
  }

  async setStatus(userId: number, status: 'online' | 'away'): Promise<{ changed: boolean }> {
    if (!this.socketsByUser.has(userId)) return { changed: false };
    const wasAway = this.away.has(userId);
    if (status === 'away') this.away.add(userId);
    else this.away.delete(userId);
    return { changed: wasAway !== (status === 'away') };
  }

  async statuses(userIds: number[]): Promise<Map<number, 'online' | 'away'>> {
    const result = new Map<number, 'online' | 'away'>();
    for (const userId of userIds) {
      if (this.socketsByUser.has(userId)) result.set(userId, this.away.has(userId) ? 'away' : 'online');
    }
    return result;
  }

  async refresh(): Promise<void> {}

  async sweep(): Promise<number[]> {
    return [];
  }

  stats(): PresenceStoreStats {
    let sockets = 0;
    for (const set of this.socketsByUser.values()) sockets += set.size;
    return { users: this.socketsByUser.size, sockets, away: this.away.size };
  }
}
