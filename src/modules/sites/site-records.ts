import { and, count, eq, inArray, isNotNull, sql, sum } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { referenceData } from '../reference/reference-data.ts';
import { occupancyOn, type LeaseSpan } from './occupancy.ts';
import { siteBuildings, siteFloors, siteLeases, sites, siteUnits, type Site } from './schema.ts';
import type { LeaseView, SiteSummary } from './schemas.ts';

/** Units and their total area per building of the sites. */
export async function buildingAreas(db: DbOrTx, siteIds: string[]) {
  if (!siteIds.length) return [];
  return db
    .select({ siteId: siteBuildings.siteId, buildingId: siteBuildings.id, name: siteBuildings.name, units: count(siteUnits.id), area: sum(siteUnits.area).mapWith(Number) })
    .from(siteBuildings)
    .leftJoin(siteFloors, eq(siteFloors.buildingId, siteBuildings.id))
    .leftJoin(siteUnits, eq(siteUnits.floorId, siteFloors.id))
    .where(inArray(siteBuildings.siteId, siteIds))
    .groupBy(siteBuildings.id)
    .orderBy(siteBuildings.name);
}

/** Every signed lease of the sites (ended ones too: they count until they ended), with its building. */
export async function leaseSpansOf(db: DbOrTx, siteIds: string[], buildingId?: string): Promise<(LeaseSpan & { siteId: string; buildingId: string })[]> {
  if (!siteIds.length) return [];
  return db
    .select({
      siteId: siteBuildings.siteId,
      buildingId: siteBuildings.id,
      area: siteLeases.area,
      signedOn: siteLeases.signedOn,
      openedOn: siteLeases.openedOn,
      endedOn: siteLeases.endedOn,
    })
    .from(siteLeases)
    .innerJoin(siteUnits, eq(siteUnits.id, siteLeases.unitId))
    .innerJoin(siteFloors, eq(siteFloors.id, siteUnits.floorId))
    .innerJoin(siteBuildings, eq(siteBuildings.id, siteFloors.buildingId))
    .where(and(inArray(siteBuildings.siteId, siteIds), isNotNull(siteLeases.signedOn), buildingId ? eq(siteBuildings.id, buildingId) : undefined));
}

/** Sites as lists show them: region and team named, units counted, occupied today. */
export async function presentSites(db: DbOrTx, rows: Site[], locale: Locale, today: string): Promise<SiteSummary[]> {
  const ids = rows.map((r) => r.id);
  const teamIds = [...new Set(rows.map((r) => r.teamId).filter((id): id is string => id !== null))];
  const [areas, spans, teamRows] = await Promise.all([
    buildingAreas(db, ids),
    leaseSpansOf(db, ids),
    teamIds.length ? db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds)) : [],
  ]);
  const names = rows.some((r) => r.regionCode) ? (await referenceData(db)).localized(locale) : null;
  const teamNames = new Map(teamRows.map((t) => [t.id, t.name]));
  return rows.map((row) => {
    const own = areas.filter((a) => a.siteId === row.id);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      regionCode: row.regionCode,
      regionName: row.regionCode && names ? (names.regionPath(row.regionCode).at(-1)?.name ?? null) : null,
      address: row.address,
      teamId: row.teamId,
      teamName: row.teamId ? (teamNames.get(row.teamId) ?? null) : null,
      note: row.note,
      units: own.reduce((n, a) => n + a.units, 0),
      occupancy: occupancyOn(
        own.reduce((n, a) => n + (a.area ?? 0), 0),
        spans.filter((s) => s.siteId === row.id),
        today,
      ),
    };
  });
}

/** Leases with where they are and who the tenant is. */
export function selectLeases(db: DbOrTx) {
  return db
    .select({
      id: siteLeases.id,
      unitId: siteLeases.unitId,
      unitCode: siteUnits.code,
      floorLabel: siteFloors.label,
      buildingId: siteBuildings.id,
      buildingName: siteBuildings.name,
      siteId: sites.id,
      siteName: sites.name,
      enterpriseId: siteLeases.enterpriseId,
      enterpriseName: enterprises.name,
      state: siteLeases.state,
      area: siteLeases.area,
      monthlyRent: siteLeases.monthlyRent,
      termFrom: siteLeases.termFrom,
      termTo: siteLeases.termTo,
      signedOn: siteLeases.signedOn,
      fitOutOn: siteLeases.fitOutOn,
      openedOn: siteLeases.openedOn,
      endedOn: siteLeases.endedOn,
      closeReason: siteLeases.closeReason,
      note: siteLeases.note,
      createdAt: siteLeases.createdAt,
      updatedAt: siteLeases.updatedAt,
    })
    .from(siteLeases)
    .innerJoin(enterprises, eq(enterprises.id, siteLeases.enterpriseId))
    .innerJoin(siteUnits, eq(siteUnits.id, siteLeases.unitId))
    .innerJoin(siteFloors, eq(siteFloors.id, siteUnits.floorId))
    .innerJoin(siteBuildings, eq(siteBuildings.id, siteFloors.buildingId))
    .innerJoin(sites, eq(sites.id, siteBuildings.siteId));
}

export async function readLease(db: DbOrTx, id: string): Promise<LeaseView> {
  const [lease] = await selectLeases(db).where(eq(siteLeases.id, id));
  return lease!;
}

/** The ordering of leases in lists: the latest change first. */
export const leaseOrder = [sql`${siteLeases.updatedAt} DESC`, sql`${siteLeases.id}`];
