import { Injectable } from '@nestjs/common';
import { SocketServerRef } from './socket-server.ref';

/**
 * The small realtime port feature modules may call (they never import the gateway): room membership
 * of a user's sockets and ephemeral events that need no delivery guarantee (typing indicators).
 * Durable events go through the outbox instead. With the Redis adapter these reach every instance.
 */
@Injectable()
export class RealtimeRooms {
  constructor(private readonly sockets: SocketServerRef) {}

  /** Adds every socket of the user, on every instance, to `room`. Call it after the change committed. */
  joinUser(userId: number, room: string): void {
    if (this.sockets.ready) this.sockets.server.in(`user:${userId}`).socketsJoin(room);
  }

  leaveUser(userId: number, room: string): void {
    if (this.sockets.ready) this.sockets.server.in(`user:${userId}`).socketsLeave(room);
  }

  /** Sends to a room now, skipping the sockets in `exceptRooms` (e.g. the sender's own `user:<id>`). */
  emitNow(room: string, event: string, payload: unknown, exceptRooms: string[] = []): void {
    if (!this.sockets.ready) return;
    this.sockets.server.to(room).except(exceptRooms).emit(event, payload);
  }
}
