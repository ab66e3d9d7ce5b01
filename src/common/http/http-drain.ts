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
  /** The 'close' listener of every tracked response (emitted with the response as `this`). */
  private readonly released: (this: ServerResponse) => void;
  private draining = false;
  private onIdle?: () => void;
  private forceNow?: () => void;

  constructor(
    private readonly server: Server,
    private readonly socketIoPath = '/socket.io/',
  ) {
    const release = (res: ServerResponse) => this.release(res);
    this.released = function (this: ServerResponse) {
      release(this);
    };
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
    // 'close' is emitted once per response: one shared listener, no closure or once-wrapper per request.
    res.on('close', this.released);
  }

  private release(res: ServerResponse): void {
    this.inFlight.delete(res);
    if (this.draining && this.inFlight.size === 0) this.onIdle?.();
  }
}
