import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-market.ts';
import { filtersFromSearch, filtersToSearch } from './list-params.ts';
import { mergeByWaiting, waitingSince } from './review-queue.ts';

describe('the review queue', () => {
  it('merges listings and demands by how long they have waited', () => {
    const listings = [{ id: 'l1', waitingSince: '2026-01-03T00:00:00Z' }];
    const demands = [{ id: 'd1', waitingSince: '2026-01-01T00:00:00Z' }, { id: 'd2', waitingSince: '2026-01-05T00:00:00Z' }];
    expect(mergeByWaiting(listings, demands).map((item) => item.id)).toEqual(['d1', 'l1', 'd2']);
  });

  it('counts the wait from the last submission', () => {
    expect(waitingSince({ submittedAt: '2026-01-02T00:00:00Z', updatedAt: '2026-01-04T00:00:00Z' })).toBe('2026-01-02T00:00:00Z');
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

  it('keeps the maturity, the readiness level and the order, and only values the API takes', () => {
    const filters = { maturity: '中试', minTrl: 6, sort: 'submittedAt', order: 'asc', page: 2 } as const;
    const search = filtersToSearch(filters, new URLSearchParams('tab=demands&trl=3&sort=createdAt'));
    expect(search.get('tab')).toBe('demands');
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(filtersFromSearch(new URLSearchParams('maturity=pilot&trl=10&sort=title&order=up'))).toEqual({ page: 1 });
    expect(filtersFromSearch(new URLSearchParams('trl=2.5')).minTrl).toBeUndefined();
  });
});
