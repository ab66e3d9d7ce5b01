import { LimitsConfig } from '../../config';

export type LimiterVerdict = 'accept' | 'reject' | 'disconnect';

/** Rejections this close together count as one unbroken stretch over the limit. */
const STREAK_GAP_MS = 1_000;

/**
 * A token bucket per socket (`SOCKET_EVENTS_PER_SECOND` refill, `SOCKET_EVENTS_BURST` capacity),
 * plus flood detection: a socket whose events keep being rejected, with no second-long pause, for
 * `SOCKET_FLOOD_DISCONNECT_MS` is to be disconnected. It lives on the socket and dies with it.
 */
export class SocketEventLimiter {
  private tokens: number;
  private refilledAt: number;
  private overSince?: number;
  private lastRejectAt = 0;

  constructor(
    private readonly limits: Pick<LimitsConfig, 'socketEventsPerSecond' | 'socketEventsBurst' | 'socketFloodDisconnectMs'>,
    now: number,
  ) {
    this.tokens = limits.socketEventsBurst;
    this.refilledAt = now;
  }

  take(now: number): LimiterVerdict {
    const elapsed = Math.max(0, now - this.refilledAt);
    this.tokens = Math.min(this.limits.socketEventsBurst, this.tokens + (elapsed * this.limits.socketEventsPerSecond) / 1000);
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 'accept';
    }
    if (this.overSince === undefined || now - this.lastRejectAt > STREAK_GAP_MS) this.overSince = now;
    this.lastRejectAt = now;
    return now - this.overSince >= this.limits.socketFloodDisconnectMs ? 'disconnect' : 'reject';
  }

  /** Seconds until the next event would be accepted. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((1 - this.tokens) / this.limits.socketEventsPerSecond));
  }
}
