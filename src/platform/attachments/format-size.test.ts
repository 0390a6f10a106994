import { describe, expect, it } from 'vitest';
import { formatSize } from './format-size.ts';

describe('sizes as a person reads them', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [64 * 1024, '64 KB'],
    [1536 * 1024, '1.5 MB'],
    [20 * 1024 * 1024, '20 MB'],
    [20 * 1024 * 1024 + 1, '20 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('%i bytes: %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
