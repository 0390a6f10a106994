import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-market.ts';
import { filtersFromSearch, filtersToSearch } from './list-params.ts';
import { mergeByWaiting, oldestFirst, oldestPages } from './review-queue.ts';

describe('the review queue, oldest first from newest-first pages', () => {
  it.each([
    [0, 10, 10, []],
    [7, 10, 10, [1]],
    [10, 10, 10, [1]],
    [25, 10, 10, [2, 3]],
    [30, 10, 10, [3]],
    [201, 100, 100, [2, 3]],
  ])('%i records, the oldest %i at %i a page: pages %j', (total, want, pageSize, pages) => {
    expect(oldestPages(total, want, pageSize)).toEqual(pages);
  });

  it('takes the oldest from the pages, oldest first', () => {
    // 25 records numbered newest (25) to oldest (1): page 2 holds 15..6, page 3 holds 5..1.
    const page2 = [15, 14, 13, 12, 11, 10, 9, 8, 7, 6];
    const page3 = [5, 4, 3, 2, 1];
    expect(oldestFirst([page2, page3], 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('merges listings and demands by how long they have waited', () => {
    const listings = [{ id: 'l1', updatedAt: '2026-01-03T00:00:00Z' }];
    const demands = [{ id: 'd1', updatedAt: '2026-01-01T00:00:00Z' }, { id: 'd2', updatedAt: '2026-01-05T00:00:00Z' }];
    expect(mergeByWaiting(listings, demands).map((item) => item.id)).toEqual(['d1', 'l1', 'd2']);
  });
});

describe('durations', () => {
  const label = (unit: string, count: number) => `${count}${unit[0]}`;
  it.each([
    [0, '0m'],
    [59_000, '0m'],
    [5 * 60_000, '5m'],
    [(2 * 60 + 12) * 60_000, '2h 12m'],
    [(2 * 1440 + 3 * 60 + 7) * 60_000, '2d 3h'],
    [(2 * 1440 + 7) * 60_000, '2d'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms, label)).toBe(text);
  });
});

describe('list filters in the address', () => {
  it('reads what it knows and ignores what it does not', () => {
    expect(filtersFromSearch(new URLSearchParams('q=%E9%9D%92%E5%B3%B6&state=published&kind=capital&page=3&field=f1'))).toEqual({ q: '青島', fieldId: 'f1', state: 'published', kind: 'capital', page: 3 });
    expect(filtersFromSearch(new URLSearchParams('state=deleted&kind=x&page=-2'))).toEqual({ q: undefined, fieldId: undefined, state: undefined, kind: undefined, page: 1 });
  });

  it("writes only what is set, keeping the page's other parameters", () => {
    expect(filtersToSearch({ q: '膜', page: 1 }, new URLSearchParams('tab=demands&q=old&page=4')).toString()).toBe('tab=demands&q=%E8%86%9C');
  });
});
