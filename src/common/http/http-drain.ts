import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export type DrainOutcome = 'drained' | 'forced';

/**
 * Tracks in-flight HTTP requests and drains them at shutdown: stop accepting connections, answer
 * every in-flight and later request on an open connection with `Connection: close`, close idle
 * keep-alive connections, and close whatever remains after the timeout. Socket.IO traffic (its
 * long-polls and upgraded websockets) is not counted: sockets are closed later, after the outbox
 * dispatcher's last delivery.
 */
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;
  private onIdle?: () => void;
  private forceNow?: () => void;

  constructor(
    private readonly server: Server,
    private readonly socketIoPath = '/socket.io/',
  ) {
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => this.track(req, res));
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  async drain(timeoutMs: number): Promise<DrainOutcome> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    this.server.close();
    this.server.closeIdleConnections();
    let outcome: DrainOutcome = 'drained';
    if (this.inFlight.size > 0) {
      outcome = await new Promise<DrainOutcome>((resolve) => {
        const timer = setTimeout(() => resolve('forced'), timeoutMs);
        this.onIdle = () => {
          clearTimeout(timer);
          resolve('drained');
        };
        this.forceNow = () => {
          clearTimeout(timer);
          resolve('forced');
        };
      });
    }
    if (outcome === 'forced') this.server.closeAllConnections();
    // Connections whose last response went out with `Connection: close` are closing; any still idle go now.
    this.server.closeIdleConnections();
    return outcome;
  }

  /** Stops waiting for in-flight requests (a second signal). */
  force(): void {
    this.forceNow?.();
  }

  private track(req: IncomingMessage, res: ServerResponse): void {
    if (req.url?.startsWith(this.socketIoPath)) return;
    this.inFlight.add(res);
    if (this.draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.draining && this.inFlight.size === 0) this.onIdle?.();
    });
  }
}
