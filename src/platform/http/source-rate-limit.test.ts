import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { sourceRateLimit } from './source-rate-limit.ts';

describe('the per-source rate limit', () => {
  it('refuses a source past its cap until the minute turns, counting each source alone', () => {
    let now = Date.UTC(2026, 11, 5, 8, 0, 10);
    const limit = sourceRateLimit(3, () => now);
    for (let i = 0; i < 3; i += 1) limit('10.0.0.1');
    limit('10.0.0.2');
    let refused: unknown;
    try {
      limit('10.0.0.1');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 429, code: 'problem.tooManyRequests', options: { headers: { 'retry-after': '50' } } });
    now += 50_000;
    expect(() => limit('10.0.0.1')).not.toThrow();
  });
});
