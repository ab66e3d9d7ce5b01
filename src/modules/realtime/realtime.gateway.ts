import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { AccessTokenService, UserLookup } from '../../common/auth';
import { DomainError, ErrorCode, RateLimitedError, UnauthorizedError } from '../../common/errors';
import { logFailure } from '../../common/errors/outage-log';
import { UserConcurrency } from '../../common/limits/user-concurrency';
import { ORGANIZATION_HEADER, OrganizationContext } from '../../common/organization-context';
import { Ack, ClientToServerEvents, Room, Rooms, ServerToClientEvents } from '../../common/realtime';
import { AppConfig } from '../../config';
import { AccessPolicy } from '../access';
import { ClientEventContext, ClientEventRegistry, SocketUser } from './client-events';
import { PresenceDto, SubscribeProjectDto } from './dto/client-events.dto';
import { OutboxDispatcher } from './outbox-dispatcher';
import { PresenceService } from './presence/presence.service';
import { problemAck, validatePayload } from './socket-ack';
import { SocketEventLimiter } from './socket-event-limiter';
import { RealtimeServer, SocketServerRef } from './socket-server.ref';

type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** What the gateway keeps on each socket (`socket.data`); it goes with the socket. */
interface SocketState {
  user: SocketUser;
  /**
   * The organization the socket acts in (its presence room; each event acts in it, the membership checked
   * again), null for a user in none.
   */
  organizationId: string | null;
  /** Every organization of the user: their presence is shown to each. */
  organizationIds: string[];
  /** Rooms to join once connected; cleared after joining. */
  rooms?: Room[];
  /** Token expiry, epoch seconds. */
  exp: number;
  expiryTimer?: NodeJS.Timeout;
  /** Registration in the presence store; the disconnect waits for it. */
  presence?: Promise<void>;
  /** The socket's event budget (token bucket and flood detection). */
  limiter: SocketEventLimiter;
}

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
 * The Socket.IO gateway: authenticates the handshake (`auth.token`), resolves the organization the
 * socket acts in (`auth.organization_id` or an `X-Organization-Id` handshake header, else the user's
 * default), joins the user's rooms (`user:<id>`, `org:<uuid>` of that organization, plus rooms from
 * feature modules such as `channel:<id>`), tracks presence, disconnects the socket when its token
 * expires, and answers every client event with an ack `{ok, data}` or `{ok: false, error: <problem>}`.
 * Each event runs in an organization context of its own, in the socket's organization (checked again).
 */
@Injectable()
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit<RealtimeServer>, OnModuleInit, BeforeApplicationShutdown {
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
    private readonly organizations: OrganizationContext,
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
        context.join(Rooms.project(projectId));
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

  afterInit(server: RealtimeServer): void {
    this.serverRef.set(server);
    server.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => {
          if (error instanceof UnauthorizedError) return next(new Error('unauthorized'));
          if (error instanceof RateLimitedError) return next(new Error('rate_limited'));
          if (error instanceof DomainError) {
            // e.g. `organization_not_found`, `validation_failed` (a malformed organization id)
            return next(Object.assign(new Error(error.code.toLowerCase()), { data: { code: error.code, detail: error.message } }));
          }
          logFailure(this.logger, error, 'socket-handshake', `socket handshake failed (${socket.id})`);
          next(new Error('unavailable'));
        },
      );
    });
    server.on('connection', (socket) => this.onConnection(socket));
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

  private async authenticate(socket: RealtimeSocket): Promise<void> {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0) throw new UnauthorizedError('A token is required');
    const claims = this.tokens.verify(token);
    // The handshake's queries count against the user's share of the pool, like their requests.
    const { user, acting, organizationIds, extraRooms } = await this.concurrency.run(claims.userId, async () => {
      const active = await this.users.activeUser(claims);
      const requestedOrganizationId = OrganizationContext.parseRequestedId(
        (socket.handshake.auth as Record<string, unknown> | undefined)?.organization_id ??
          socket.handshake.headers[ORGANIZATION_HEADER.toLowerCase()],
        'organization_id',
      );
      const [organization, organizations, rooms] = await Promise.all([
        requestedOrganizationId === undefined
          ? this.organizations.defaultOf(active.id)
          : this.organizations.runForSocket(requestedOrganizationId, () => this.organizations.current(active.id)),
        this.presence.organizationsOf(active.id),
        this.registry.extraRooms(active.id),
      ]);
      return { user: active, acting: organization, organizationIds: organizations, extraRooms: rooms };
    });
    const organizationId = acting?.id ?? null;
    const state: SocketState = {
      user: { id: user.id, username: user.username },
      organizationId,
      organizationIds,
      rooms: [Rooms.user(user.id), ...(organizationId ? [Rooms.org(organizationId)] : []), ...extraRooms],
      exp: claims.exp,
      limiter: new SocketEventLimiter(this.config.limits, Date.now()),
    };
    socket.data = state;
  }

  /** Synchronous up to the presence registration, so the rooms are joined before the client sees `connect`. */
  private onConnection(socket: RealtimeSocket): void {
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

  private armExpiry(socket: RealtimeSocket, state: SocketState): void {
    const remaining = state.exp * 1000 - Date.now();
    state.expiryTimer = setTimeout(() => {
      if (state.exp * 1000 > Date.now()) return this.armExpiry(socket, state);
      socket.disconnect(true);
    }, Math.max(0, Math.min(remaining, MAX_TIMER_MS)));
  }

  private onDisconnect(socket: RealtimeSocket, state: SocketState, reason: string): void {
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

  private onClientEvent(socket: RealtimeSocket, state: SocketState, event: string, args: unknown[]): void {
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

  /** Never throws: every outcome becomes an ack. Acts in the socket's organization, resolved again for the event. */
  private handle(socket: RealtimeSocket, state: SocketState, event: string, payload: unknown): Promise<Ack> {
    const organizationId = state.organizationId ?? undefined;
    return this.organizations.runForSocket(organizationId, () => this.handleInContext(socket, state, event, payload));
  }

  private async handleInContext(socket: RealtimeSocket, state: SocketState, event: string, payload: unknown): Promise<Ack> {
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
