import { KeyedSemaphore, QueueFullError } from './keyed-semaphore';

describe('KeyedSemaphore', () => {
  it('lets `limit` holders per key run, queues up to `maxQueue` in order, refuses the rest', async () => {
    const semaphore = new KeyedSemaphore<string>(2, 2);
    const first = await semaphore.acquire('a');
    const second = await semaphore.acquire('a');
    const order: number[] = [];
    const third = semaphore.acquire('a').then((release) => (order.push(3), release));
    const fourth = semaphore.acquire('a').then((release) => (order.push(4), release));
    await expect(semaphore.acquire('a')).rejects.toBeInstanceOf(QueueFullError);
    // Another key is not affected.
    (await semaphore.acquire('b'))();
    first();
    second();
    (await third)();
    (await fourth)();
    expect(order).toEqual([3, 4]);
  });

  it('forgets a key once nothing holds or waits for it, and a release twice counts once', async () => {
    const semaphore = new KeyedSemaphore<number>(1, 10);
    const release = await semaphore.acquire(7);
    expect(semaphore.size).toBe(1);
    release();
    release();
    expect(semaphore.size).toBe(0);
    const again = await semaphore.acquire(7);
    const waiting = semaphore.acquire(7);
    again();
    (await waiting)();
    expect(semaphore.size).toBe(0);
  });

  it('tryAcquire takes a free slot at once and, when none is free, queues nothing and answers undefined', async () => {
    const semaphore = new KeyedSemaphore<string>(1, 1);
    const held = semaphore.tryAcquire('a');
    expect(held).toEqual(expect.any(Function));
    expect(semaphore.tryAcquire('a')).toBeUndefined();
    const waiting = semaphore.acquire('a');
    expect(semaphore.tryAcquire('a')).toBeUndefined();
    held!();
    // The released slot went to the waiter, not to a later tryAcquire.
    expect(semaphore.tryAcquire('a')).toBeUndefined();
    (await waiting)();
    expect(semaphore.size).toBe(0);
  });
});
