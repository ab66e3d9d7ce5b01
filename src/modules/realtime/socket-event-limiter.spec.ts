import { SocketEventLimiter } from './socket-event-limiter';

const limits = { socketEventsPerSecond: 20, socketEventsBurst: 40, socketFloodDisconnectMs: 10_000 };

function takeMany(limiter: SocketEventLimiter, count: number, now: number) {
  return Array.from({ length: count }, () => limiter.take(now));
}

describe('SocketEventLimiter', () => {
  it('accepts a full burst at once, then refuses until tokens come back', () => {
    const limiter = new SocketEventLimiter(limits, 0);
    const verdicts = takeMany(limiter, 45, 0);
    expect(verdicts.filter((v) => v === 'accept')).toHaveLength(40);
    expect(verdicts.slice(40)).toEqual(Array(5).fill('reject'));
  });

  it('refills at the configured rate and never beyond the burst', () => {
    const limiter = new SocketEventLimiter(limits, 0);
    takeMany(limiter, 40, 0);
    expect(takeMany(limiter, 11, 500).filter((v) => v === 'accept')).toHaveLength(10);
    expect(takeMany(limiter, 100, 60_000).filter((v) => v === 'accept')).toHaveLength(40);
  });

  it('disconnects only after an unbroken stretch over the limit as long as the flood window', () => {
    const limiter = new SocketEventLimiter(limits, 0);
    takeMany(limiter, 40, 0);
    const verdicts: string[] = [];
    // 100 events a second, five times the rate, for 11 seconds.
    for (let t = 0; t <= 11_000; t += 10) verdicts.push(limiter.take(t));
    const firstDisconnect = verdicts.indexOf('disconnect');
    expect(firstDisconnect).toBeGreaterThan(0);
    expect(firstDisconnect * 10).toBeGreaterThanOrEqual(10_000);
  });

  it('a pause longer than a second starts the stretch again', () => {
    const limiter = new SocketEventLimiter({ ...limits, socketEventsBurst: 1, socketEventsPerSecond: 1 }, 0);
    const verdicts: string[] = [];
    // Over the limit for 9 s, quiet for 2 s, over again for 9 s: never 10 s unbroken.
    for (let t = 0; t < 9_000; t += 100) verdicts.push(limiter.take(t));
    for (let t = 11_000; t < 20_000; t += 100) verdicts.push(limiter.take(t));
    expect(verdicts).not.toContain('disconnect');
    expect(verdicts).toContain('reject');
  });
});
