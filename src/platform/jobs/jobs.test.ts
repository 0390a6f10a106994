import { describe, expect, it } from 'vitest';
import { jobErrorLevel, summariseError } from './jobs.ts';

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

describe('job queue error levels', () => {
  it.each([
    ['the database shutting down (Ctrl-C reaches it first)', { message: 'terminating connection', code: '57P01' }, false, 'info'],
    ['the database not accepting connections yet', { message: 'the database system is shutting down', code: '57P03' }, false, 'info'],
    ['anything while the app stops', { message: 'Connection terminated unexpectedly' }, true, 'info'],
    ['a database that went away', { message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' }, false, 'error'],
    ['a failing query', { message: 'relation "pgboss.job" does not exist', code: '42P01' }, false, 'error'],
  ] as const)('%s', (_case, error, stopping, level) => {
    expect(jobErrorLevel(error, stopping)).toBe(level);
  });
});
