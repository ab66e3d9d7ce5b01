import { Writable } from 'node:stream';
import { describeBootFailure, reportBootFailure } from './boot-failure';
import { ConfigurationError } from './config';

function systemError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('boot failure report', () => {
  it('is the message alone for a configuration error', () => {
    expect(describeBootFailure(new ConfigurationError('Invalid configuration: JWT_SECRET_KEY must be set'))).toEqual({
      msg: 'Invalid configuration: JWT_SECRET_KEY must be set',
    });
  });

  it('names the code and leaves out the stack of an environment error', () => {
    expect(describeBootFailure(systemError('connect ECONNREFUSED 10.0.0.9:5432', 'ECONNREFUSED'))).toEqual({
      msg: 'Atlas failed to start: connect ECONNREFUSED 10.0.0.9:5432',
      err: { type: 'Error', message: 'connect ECONNREFUSED 10.0.0.9:5432', code: 'ECONNREFUSED' },
    });
  });

  it('spells out every address of a refused connection reported as an AggregateError', () => {
    const refused = new AggregateError(
      [systemError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'), systemError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
      '',
    );
    expect(describeBootFailure(refused)).toEqual({
      msg: 'Atlas failed to start: connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432',
      err: { type: 'AggregateError', message: 'connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' },
    });
  });

  it('keeps the stack of an unexpected error', () => {
    const failure = describeBootFailure(new TypeError('cannot read properties of undefined'));
    expect(failure.msg).toBe('Atlas failed to start: cannot read properties of undefined');
    expect(failure.err).toMatchObject({ type: 'TypeError', message: 'cannot read properties of undefined' });
    expect(failure.err?.stack).toContain('boot-failure.spec.ts');
  });

  it('writes one JSON line at level fatal', () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    reportBootFailure(systemError('password authentication failed for user "atlas"', '28P01'), sink);
    const text = chunks.join('');
    expect(text.split('\n')).toEqual([expect.any(String), '']);
    expect(JSON.parse(text)).toMatchObject({
      level: 60,
      msg: 'Atlas failed to start: password authentication failed for user "atlas"',
      err: { type: 'Error', code: '28P01' },
    });
  });
});
