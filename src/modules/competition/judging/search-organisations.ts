import type { Db } from '../../../platform/db/connection.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { searchEnterprises } from '../../enterprises/search-enterprises.ts';
import type { OrganisationPage, OrganisationQuery } from './judge-schemas.ts';

/**
 * The register's records matching a name or credit code, for linking a judge to their organisation: the organisers
 * may not browse the register, so they get only what the link needs (id, name, credit code), through the register's
 * own search, best-known names first.
 */
export async function searchOrganisations(db: Db, query: OrganisationQuery, locale: Locale): Promise<OrganisationPage> {
  const found = await searchEnterprises(db, { all: true }, { q: query.q, sort: 'name', page: query.page, pageSize: query.pageSize, locale });
  return {
    items: found.items.map(({ id, name, creditCode }) => ({ id, name, creditCode })),
    total: found.total,
    totalExact: found.totalExact,
    page: found.page,
    pageSize: found.pageSize,
  };
}
