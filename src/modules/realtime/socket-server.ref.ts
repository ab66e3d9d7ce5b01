import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';

/** The Socket.IO server, set by the gateway once Nest has created it. */
@Injectable()
export class SocketServerRef {
  private current?: Server;

  set(server: Server): void {
    this.current = server;
  }

  get server(): Server {
    if (!this.current) throw new Error('the Socket.IO server is not initialised yet');
    return this.current;
  }

  get ready(): boolean {
    return this.current !== undefined;
  }
}
