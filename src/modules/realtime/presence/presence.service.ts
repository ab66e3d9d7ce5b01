import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PresenceStatus, PresenceUpdatePayload, Rooms } from '../../../common/realtime';
import { SocketServerRef } from '../socket-server.ref';
import { PRESENCE_STORE, PresenceStore, PresenceStoreStats, SocketRef } from './presence.store';

/**
 * Presence over a PresenceStore: turns "first socket", "last socket" and status changes into
 * `presence_update` events sent to the user's organizations' rooms only.
 */
@Injectable()
export class PresenceService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Presence');
  private heartbeat?: NodeJS.Timeout;
  private beating?: Promise<void>;

  constructor(
    @Inject(PRESENCE_STORE) private readonly store: PresenceStore,
    private readonly sockets: SocketServerRef,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.store.heartbeatMs;
    if (every === null) return;
    this.heartbeat = setInterval(() => {
      if (this.beating) return;
      this.beating = this.beat().finally(() => (this.beating = undefined));
    }, every);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    await this.beating;
  }

  /** The organizations whose rooms see this user's presence. */
  async organizationsOf(userId: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT organization_id AS id FROM organization_members WHERE user_id = $1 ORDER BY organization_id',
      [userId],
    );
    return rows.map((r) => r.id);
  }

  async connected(ref: SocketRef, organizationIds: readonly string[]): Promise<void> {
    const { first } = await this.store.add(ref);
    if (first) this.broadcast(ref.userId, 'online', organizationIds);
  }

  async disconnected(ref: SocketRef, organizationIds: readonly string[]): Promise<void> {
    const { last } = await this.store.remove(ref);
    if (last) this.broadcast(ref.userId, 'offline', organizationIds);
  }

  async setStatus(userId: number, status: 'online' | 'away', organizationIds: readonly string[]): Promise<PresenceStatus> {
    const { changed } = await this.store.setStatus(userId, status);
    if (changed) this.broadcast(userId, status, organizationIds);
    return (await this.store.statuses([userId])).get(userId) ?? 'offline';
  }

  /** The status of each given user who is online or away (offline users are absent). */
  statuses(userIds: number[]): Promise<Map<number, 'online' | 'away'>> {
    return this.store.statuses(userIds);
  }

  stats(): PresenceStoreStats {
    return this.store.stats();
  }

  /** Refreshes this instance's live sockets, then reports users whose sockets expired elsewhere as offline. */
  async beat(): Promise<void> {
    try {
      if (!this.sockets.ready) return;
      const refs: SocketRef[] = [];
      for (const socket of this.sockets.server.of('/').sockets.values()) {
        const userId = (socket.data as { user?: { id: number } }).user?.id;
        if (userId !== undefined) refs.push({ userId, socketId: socket.id });
      }
      await this.store.refresh(refs);
      for (const userId of await this.store.sweep()) {
        this.broadcast(userId, 'offline', await this.organizationsOf(userId));
      }
    } catch (error) {
      this.logger.error({ err: error }, 'presence heartbeat failed; retrying on the next beat');
    }
  }

  private broadcast(userId: number, status: PresenceStatus, organizationIds: readonly string[]): void {
    if (organizationIds.length === 0 || !this.sockets.ready) return;
    const update: PresenceUpdatePayload = { user_id: userId, status, timestamp: new Date().toISOString() };
    this.sockets.server.to(organizationIds.map(Rooms.org)).emit('presence_update', update);
  }
}
