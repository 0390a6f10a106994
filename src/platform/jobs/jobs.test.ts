import { describe, expect, it } from 'vitest';
import { summariseError } from './jobs.ts';

describe('job queue error summaries', () => {
  it('keeps message, code and stack and drops the database client a connection error carries', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      severity: 'FATAL',
      client: { connectionParameters: { password: 'secret' }, _queryable: false, socket: { fd: 7 } },
    });
    const summary = summariseError(error);
    expect(Object.keys(summary).sort()).toEqual(['code', 'message', 'stack']);
    expect(summary).toMatchObject({ message: 'terminating connection due to administrator command', code: '57P01' });
    expect(JSON.stringify(summary)).not.toContain('secret');
  });

  it('turns a thrown non-error into a message alone', () => {
    expect(summariseError({ client: { password: 'secret' } })).toEqual({ message: '[object Object]' });
    expect(summariseError('boom')).toEqual({ message: 'boom' });
  });

  it('leaves out a code the error does not have', () => {
    expect(Object.keys(summariseError(new TypeError('bad')))).toEqual(['message', 'stack']);
  });
});
