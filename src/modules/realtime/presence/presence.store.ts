export interface SocketRef {
  userId: number;
  socketId: string;
}

/** Sizes of every structure a store keeps in this process (all zero when nobody is connected). */
export type PresenceStoreStats = Record<string, number>;

/**
 * Who is connected. A user is online while at least one of their sockets is registered, `away` when
 * they say so, offline when the last socket goes (offline users are simply absent from the store). Implementations: in memory (one instance) and Redis
 * (several instances; per-socket entries expire unless refreshed, so a crashed instance leaves no ghosts).
 */
export interface PresenceStore {
  /** Registers a socket; `first` when it is the user's only live socket (they just came online). */
  add(ref: SocketRef): Promise<{ first: boolean }>;
  /** Unregisters a socket; `last` when the user has no live socket left (they just went offline). */
  remove(ref: SocketRef): Promise<{ last: boolean }>;
  /** Sets `online` or `away` for a connected user; `changed` is false when nothing changed or they are offline. */
  setStatus(userId: number, status: 'online' | 'away'): Promise<{ changed: boolean }>;
  /** The status of each given user that is not offline. */
  statuses(userIds: number[]): Promise<Map<number, 'online' | 'away'>>;
  /** Extends the lifetime of live sockets of this instance (a heartbeat); a no-op in memory. */
  refresh(refs: SocketRef[]): Promise<void>;
  /** Drops sockets whose lifetime ran out (their instance died); returns the users that went offline. */
  sweep(): Promise<number[]>;
  /** How often `refresh` and `sweep` should run, or null when they are not needed. */
  readonly heartbeatMs: number | null;
  stats(): PresenceStoreStats;
}

export const PRESENCE_STORE = Symbol('PRESENCE_STORE');
