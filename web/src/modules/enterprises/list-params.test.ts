import { describe, expect, it } from 'vitest';
import { hasFilters, listParamsToSearch, parseListParams } from './list-params.ts';

describe('enterprise list address state', () => {
  it('round-trips filters, paging and sorting', () => {
    const params = {
      q: '青島',
      industry: 'C39',
      region: '370212',
      tag: ['a', 'b'],
      sizeClass: 'small' as const,
      page: 3,
      pageSize: 50,
      sort: 'foundedOn' as const,
      order: 'desc' as const,
    };
    expect(parseListParams(listParamsToSearch(params))).toEqual(params);
  });

  it('falls back to the first page of 20 and ignores values it does not know', () => {
    const params = parseListParams(new URLSearchParams('page=-2&pageSize=7&sort=password&sizeClass=huge&q=%20'));
    expect(params).toEqual({ page: 1, pageSize: 20, q: undefined, industry: undefined, region: undefined, tag: undefined, sizeClass: undefined, sort: undefined, order: undefined });
    expect(hasFilters(params)).toBe(false);
    expect(listParamsToSearch(params).toString()).toBe('');
  });
});
