import { OutageLog } from './outage-log';

describe('OutageLog', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('logs the first failure of a kind at once, then one line with the count per interval, and stops when it is quiet', () => {
    const warn = jest.fn();
    const log = new OutageLog({ warn });
    log.configure(1_000);
    for (let i = 0; i < 500; i++) log.report('pool_acquire_timeout', 'http');
    log.report('statement_timeout', 'socket');
    expect(warn.mock.calls.map(([fields]) => fields)).toEqual([
      { kind: 'pool_acquire_timeout', source: 'http', count: 1 },
      { kind: 'statement_timeout', source: 'socket', count: 1 },
    ]);
    jest.advanceTimersByTime(1_000);
    expect(warn.mock.calls.map(([fields]) => fields).slice(2)).toEqual([{ kind: 'pool_acquire_timeout', count: 499, interval_ms: 1_000 }]);
    jest.advanceTimersByTime(5_000);
    expect(warn).toHaveBeenCalledTimes(3);
    log.report('pool_acquire_timeout', 'http');
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('flush writes the pending counts', () => {
    const warn = jest.fn();
    const log = new OutageLog({ warn });
    log.report('query_timeout', 'http');
    log.report('query_timeout', 'http');
    log.flush();
    expect(warn.mock.calls.map(([fields]) => fields)).toEqual([
      { kind: 'query_timeout', source: 'http', count: 1 },
      { kind: 'query_timeout', count: 1, interval_ms: 10_000 },
    ]);
  });
});
