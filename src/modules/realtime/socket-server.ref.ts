import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../common/realtime';

/** The Socket.IO server, typed with the protocol's event maps. */
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** A room (or set of rooms) to emit to, where the caller has already paired each event with its payload type. */
export interface UntypedEmitter {
  emit(event: string, ...args: unknown[]): boolean;
}

/** The Socket.IO server, set by the gateway once Nest has created it. */
@Injectable()
export class SocketServerRef {
  private current?: RealtimeServer;

  set(server: RealtimeServer): void {
    this.current = server;
  }

  get server(): RealtimeServer {
    if (!this.current) throw new Error('the Socket.IO server is not initialised yet');
    return this.current;
  }

  get ready(): boolean {
    return this.current !== undefined;
  }
}
