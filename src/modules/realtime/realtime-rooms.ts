import { Injectable } from '@nestjs/common';
import { EphemeralEventName, EphemeralEvents, Room, Rooms } from '../../common/realtime';
import { SocketServerRef, UntypedEmitter } from './socket-server.ref';

/**
 * The small realtime port feature modules may call (they never import the gateway): room membership
 * of a user's sockets and ephemeral events that need no delivery guarantee (typing indicators).
 * Durable events go through the outbox instead. With the Redis adapter these reach every instance.
 */
@Injectable()
export class RealtimeRooms {
  constructor(private readonly sockets: SocketServerRef) {}

  /** Adds every socket of the user, on every instance, to `room`. Call it after the change committed. */
  joinUser(userId: number, room: Room): void {
    if (this.sockets.ready) this.sockets.server.in(Rooms.user(userId)).socketsJoin(room);
  }

  leaveUser(userId: number, room: Room): void {
    if (this.sockets.ready) this.sockets.server.in(Rooms.user(userId)).socketsLeave(room);
  }

  /** Sends to a room now, skipping the sockets in `exceptRooms` (e.g. the sender's own user room). */
  emitNow<E extends EphemeralEventName>(room: Room, event: E, payload: EphemeralEvents[E], exceptRooms: Room[] = []): void {
    if (!this.sockets.ready) return;
    // This signature pairs `event` with its payload; Socket.IO's typed emit cannot follow a generic pairing.
    const target: UntypedEmitter = this.sockets.server.to(room).except(exceptRooms);
    target.emit(event, payload);
  }
}
