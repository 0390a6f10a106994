import type { QuickSearchSource } from '../../platform/search/quick-search.ts';
import { listSites } from './list-sites.ts';

/** Sites in the header's quick search, by name in either script, with the share leased today beside each. */
export const siteQuickSearch: QuickSearchSource = {
  kind: 'site',
  permission: 'sites.read',
  async search(db, _user, { q, limit, locale }) {
    const page = await listSites(db, { q, page: 1, pageSize: limit }, locale);
    return page.items.map((site) => ({
      id: site.id,
      title: site.name,
      subtitle: [site.regionName, `${(site.occupancy.leasedShare * 100).toFixed(1)}%`].filter(Boolean).join(' · '),
    }));
  },
};
