import type { QuickSearchSource } from '../../platform/search/quick-search.ts';
import { listTalent } from './list-talent.ts';

/** Talent in the header's quick search, by name, institution or field, within the caller's scope; the field and institution beside each. */
export const talentQuickSearch: QuickSearchSource = {
  kind: 'talent',
  permission: 'talent.read',
  async search(db, user, { q, limit, locale }) {
    const page = await listTalent(db, user, { q, page: 1, pageSize: limit }, locale);
    return page.items.map((talent) => ({ id: talent.id, title: talent.name, subtitle: [talent.field, talent.institution].filter(Boolean).join(' · ') || null }));
  },
};
