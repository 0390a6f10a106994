import type { QuickSearchSource } from '../../platform/search/quick-search.ts';
import { enterpriseScopeOf } from './enterprise-scope.ts';
import { searchEnterprises } from './search-enterprises.ts';

/** Enterprises in the header's quick search: the list's own search, best-known names first, within the caller's scope. */
export const enterpriseQuickSearch: QuickSearchSource = {
  kind: 'enterprise',
  permission: 'enterprise.read',
  async search(db, user, { q, limit, locale }) {
    const page = await searchEnterprises(db, enterpriseScopeOf(user), { q, sort: 'name', page: 1, pageSize: limit, locale });
    return page.items.map((item) => ({ id: item.id, title: item.name, subtitle: item.creditCode ?? item.regionName }));
  },
};
