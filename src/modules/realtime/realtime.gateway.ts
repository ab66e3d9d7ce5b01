import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AccessPolicy, AccessTokenService, UserLookup } from '../../common/auth';
import { ErrorCode, RateLimitedError, UnauthorizedError } from '../../common/errors';
import { DomainError } from '../../common/errors';
import { logFailure } from '../../common/errors/outage-log';
import { UserConcurrency } from '../../common/limits/user-concurrency';
import { AppConfig } from '../../config';
import { ClientEventContext, ClientEventRegistry, SocketUser } from './client-events';
import { PresenceDto, SubscribeProjectDto } from './dto/client-events.dto';
import { organizationRoom, PresenceService } from './presence/presence.service';
import { OutboxDispatcher } from './outbox-dispatcher';
import { Ack, problemAck, validatePayload } from './socket-ack';
import { SocketEventLimiter } from './socket-event-limiter';
import { SocketServerRef } from './socket-server.ref';

/** What the gateway keeps on each socket (`socket.data`); it goes with the socket. */
interface SocketState {
  user: SocketUser;
  organizationIds: string[];
  /** Rooms to join once connected; cleared after joining. */
  rooms?: string[];
  /** Token expiry, epoch seconds. */
  exp: number;
  expiryTimer?: NodeJS.Timeout;
  /** Registration in the presence store; the disconnect waits for it. */
  presence?: Promise<void>;
  /** The socket's event budget (token bucket and flood detection). */
  limiter: SocketEventLimiter;
}

export const userRoom = (userId: number) => `user:${userId}`;
export const projectRoom = (projectId: string) => `project:${projectId}`;

/** setTimeout's ceiling (about 24.8 days); a later expiry is re-armed when it fires. */
const MAX_TIMER_MS = 2_147_483_647;

class UnknownEventError extends DomainError {
  readonly code = ErrorCode.ROUTE_NOT_FOUND;
  readonly title = 'Unknown event';
  constructor(event: string) {
    super(`There is no client event named "${event.slice(0, 50)}"`);
  }
}

/**
 * The Socket.IO gateway: authenticates the handshake (`auth.token`), joins the user's rooms
 * (`user:<id>`, `org:<uuid>` for each organization, plus rooms from feature modules such as
 * `channel:<id>`), tracks presence, disconnects the socket when its token expires, and answers every
 * client event with an ack `{ok, data}` or `{ok: false, error: <problem>}`.
 */
@Injectable()
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit<Server>, OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  /** Disconnect bookkeeping still running (presence removal); awaited on shutdown. */
  private readonly pendingDisconnects = new Set<Promise<void>>();

  constructor(
    private readonly tokens: AccessTokenService,
    private readonly users: UserLookup,
    private readonly access: AccessPolicy,
    private readonly presence: PresenceService,
    private readonly registry: ClientEventRegistry,
    private readonly serverRef: SocketServerRef,
    private readonly concurrency: UserConcurrency,
    private readonly dispatcher: OutboxDispatcher,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register('subscribe_project', {
      dto: SubscribeProjectDto,
      handle: async ({ project_id }, context) => {
        // The id as stored (lowercase), whatever case the client sent: one room per project.
        const { projectId } = await this.access.project(context.user.id, project_id);
        context.join(projectRoom(projectId));
        return { project_id: projectId };
      },
    });
    this.registry.register('presence', {
      dto: PresenceDto,
      handle: async ({ status }, context) => ({
        user_id: context.user.id,
        status: await this.presence.setStatus(context.user.id, status, context.organizationIds),
      }),
    });
  }

  afterInit(server: Server): void {
    this.serverRef.set(server);
    server.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => {
          if (error instanceof RateLimitedError) return next(new Error('rate_limited'));
          if (!(error instanceof UnauthorizedError)) {
            logFailure(this.logger, error, 'socket-handshake', `socket handshake failed (${socket.id})`);
            return next(new Error('unavailable'));
          }
          next(new Error('unauthorized'));
        },
      );
    });
    server.on('connection', (socket: Socket) => this.onConnection(socket));
  }

  /**
   * Lets the dispatcher deliver what is committed, then disconnects this instance's sockets and waits
   * until presence knows they are gone.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
    if (!this.serverRef.ready) return;
    this.serverRef.server.local.disconnectSockets(true);
    await Promise.all([...this.pendingDisconnects]);
  }

  /** Sizes of the structures this gateway and Socket.IO keep per socket, user or room. */
  stats(): Record<string, number> {
    const namespace = this.serverRef.server.of('/');
    return {
      sockets: namespace.sockets.size,
      adapterRooms: namespace.adapter.rooms.size,
      adapterSids: namespace.adapter.sids.size,
      engineClients: this.serverRef.server.engine.clientsCount,
      pendingDisconnects: this.pendingDisconnects.size,
      ...Object.fromEntries(Object.entries(this.presence.stats()).map(([k, v]) => [`presence.${k}`, v])),
    };
  }

  private async authenticate(socket: Socket): Promise<void> {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0) throw new UnauthorizedError('A token is required');
    const claims = this.tokens.verify(token);
    // The handshake's queries count against the user's share of the pool, like their requests.
    const { user, organizationIds, extraRooms } = await this.concurrency.run(claims.userId, async () => {
      const active = await this.users.activeUser(claims.userId);
      const [organizations, rooms] = await Promise.all([
        this.presence.organizationsOf(active.id),
        this.registry.extraRooms(active.id),
      ]);
      return { user: active, organizationIds: organizations, extraRooms: rooms };
    });
    const state: SocketState = {
      user: { id: user.id, username: user.username },
      organizationIds,
      rooms: [userRoom(user.id), ...organizationIds.map(organizationRoom), ...extraRooms],
      exp: claims.exp,
      limiter: new SocketEventLimiter(this.config.limits, Date.now()),
    };
    socket.data = state;
  }

  /** Synchronous up to the presence registration, so the rooms are joined before the client sees `connect`. */
  private onConnection(socket: Socket): void {
    const state = socket.data as SocketState;
    void socket.join(state.rooms ?? []);
    state.rooms = undefined;
    this.armExpiry(socket, state);
    const ref = { userId: state.user.id, socketId: socket.id };
    state.presence = this.presence.connected(ref, state.organizationIds).catch((error: unknown) => {
      this.logger.error({ err: error, user: ref.userId, socket: ref.socketId }, 'presence registration failed');
    });
    socket.onAny((event: string, ...args: unknown[]) => this.onClientEvent(socket, state, event, args));
    socket.once('disconnect', (reason) => this.onDisconnect(socket, state, reason));
  }

  private armExpiry(socket: Socket, state: SocketState): void {
    const remaining = state.exp * 1000 - Date.now();
    state.expiryTimer = setTimeout(() => {
      if (state.exp * 1000 > Date.now()) return this.armExpiry(socket, state);
      socket.disconnect(true);
    }, Math.max(0, Math.min(remaining, MAX_TIMER_MS)));
  }

  private onDisconnect(socket: Socket, state: SocketState, reason: string): void {
    clearTimeout(state.expiryTimer);
    state.expiryTimer = undefined;
    const ref = { userId: state.user.id, socketId: socket.id };
    const done = (async () => {
      await state.presence;
      await this.presence.disconnected(ref, state.organizationIds);
    })()
      .catch((error: unknown) => {
        this.logger.error({ err: error, user: ref.userId, socket: ref.socketId, reason }, 'presence removal failed');
      })
      .finally(() => this.pendingDisconnects.delete(done));
    this.pendingDisconnects.add(done);
  }

  private onClientEvent(socket: Socket, state: SocketState, event: string, args: unknown[]): void {
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as (response: Ack) => void) : undefined;
    const verdict = state.limiter.take(Date.now());
    if (verdict !== 'accept') {
      // Refused before anything runs: nothing is read or written for it.
      const limited = new RateLimitedError('This socket sends events faster than its limit', state.limiter.retryAfterSeconds());
      ack?.(problemAck(limited, event, { user: state.user.id, socket: socket.id }, this.logger));
      if (verdict === 'disconnect') socket.disconnect(true);
      return;
    }
    void this.handle(socket, state, event, args[0]).then((response) => ack?.(response));
  }

  /** Never throws: every outcome becomes an ack. */
  private async handle(socket: Socket, state: SocketState, event: string, payload: unknown): Promise<Ack> {
    try {
      const definition = this.registry.get(event);
      if (!definition) throw new UnknownEventError(event);
      const input = await validatePayload(definition.dto, payload);
      const context: ClientEventContext = {
        user: state.user,
        socketId: socket.id,
        organizationIds: state.organizationIds,
        join: (room) => void socket.join(room),
      };
      const data = await this.concurrency.run(state.user.id, () => definition.handle(input, context));
      return { ok: true, data: data ?? null };
    } catch (error) {
      return problemAck(error, event, { user: state.user.id, socket: socket.id }, this.logger);
    }
  }
}
