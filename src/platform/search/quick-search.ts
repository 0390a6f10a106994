import type { Db } from '../db/connection.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Permission } from '../auth/permissions.ts';
import type { RequestUser } from '../auth/plugin.ts';

/** One result of the header's quick search: what it is, and where the web app opens it. */
export interface QuickSearchHit {
  id: string;
  title: string;
  subtitle: string | null;
}

/**
 * A module's records in the quick search (enterprises now; projects, listings, requests later). The source
 * applies its own row-level policy: it is given the signed-in user.
 */
export interface QuickSearchSource {
  /** The kind of record, e.g. `enterprise`; the web app maps it to a label and a page. */
  kind: string;
  permission: Permission;
  search(db: Db, user: RequestUser, query: { q: string; limit: number; locale: Locale }): Promise<QuickSearchHit[]>;
}

export interface QuickSearchGroup {
  kind: string;
  hits: QuickSearchHit[];
}

/** Asks every source the user may use, at once; groups without hits are left out. */
export async function quickSearch(
  db: Db,
  user: RequestUser,
  sources: readonly QuickSearchSource[],
  query: { q: string; limit: number; locale: Locale },
): Promise<QuickSearchGroup[]> {
  const allowed = sources.filter((source) => user.permissions.includes(source.permission));
  const groups = await Promise.all(
    allowed.map(async (source) => ({ kind: source.kind, hits: await source.search(db, user, query) })),
  );
  return groups.filter((group) => group.hits.length > 0);
}
