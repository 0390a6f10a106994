import type { QuickSearchSource } from '../../platform/search/quick-search.ts';
import { listProjects } from './list-projects.ts';

/**
 * Projects in the header's quick search, by their own or their enterprise's name, within the caller's scope; the
 * enterprise and the manager named beside each. The stall setting does not matter to what it shows.
 */
export const projectQuickSearch: QuickSearchSource = {
  kind: 'project',
  permission: 'project.read',
  async search(db, user, { q, limit, locale }) {
    const page = await listProjects(db, user, { q, page: 1, pageSize: limit }, locale, { stallDays: 30 });
    return page.items.map((project) => ({ id: project.id, title: project.name, subtitle: [project.enterpriseName, project.managerName].filter(Boolean).join(' · ') || null }));
  },
};
