import type { QuickSearchSource } from '../../platform/search/quick-search.ts';
import { listLeads } from './list-leads.ts';

/**
 * Leads in the header's quick search, by their enterprise's name, within the caller's scope; the owner named
 * beside each (none in the pool). The pool settings do not matter to what it shows.
 */
export const leadQuickSearch: QuickSearchSource = {
  kind: 'lead',
  permission: 'lead.read',
  async search(db, user, { q, limit, locale }) {
    const page = await listLeads(db, user, { tab: 'all', q, page: 1, pageSize: limit }, locale, { returnDays: 30, warningDays: 5 });
    return page.items.map((lead) => ({ id: lead.id, title: lead.enterpriseName, subtitle: [lead.ownerName, lead.chainSegment].filter(Boolean).join(' · ') || null }));
  },
};
