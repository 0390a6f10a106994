import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { addSheet, excelDate, excelDateFormat } from '../../platform/http/xlsx-download.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { findSite } from './site-policy.ts';
import { readSiteTree } from './read-site-tree.ts';
import { activeLeaseStates, siteLeases, sites } from './schema.ts';
import { selectLeases } from './site-records.ts';

export const unitRegisterColumns = ['building', 'floor', 'code', 'use', 'area', 'state', 'tenant', 'leasedArea', 'monthlyRent', 'termFrom', 'termTo', 'signedOn', 'openedOn'] as const;

/**
 * A site's unit register (单元台账): every unit by building, floor and code with its use, area, state, and its
 * active lease's tenant, area, rent, term and days; headers, uses and states in the reader's language. Tenants and
 * rents leave the system here, so every export is recorded in the audit trail.
 */
export async function exportUnits(db: DbOrTx, actor: Actor, siteId: string, locale: Locale) {
  const site = await findSite(db, siteId);
  const tree = await readSiteTree(db, siteId);
  const leases = await selectLeases(db).where(and(eq(sites.id, siteId), inArray(siteLeases.state, [...activeLeaseStates])));
  const leaseOf = new Map(leases.map((l) => [l.unitId, l]));
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(
    workbook,
    translate(locale, 'site.export.sheet'),
    unitRegisterColumns.map((column) => translate(locale, `site.export.column.${column}`)),
  );
  for (const column of ['termFrom', 'termTo', 'signedOn', 'openedOn'] as const) sheet.getColumn(unitRegisterColumns.indexOf(column) + 1).numFmt = excelDateFormat;
  let rows = 0;
  for (const building of tree.buildings) {
    for (const floor of building.floors) {
      for (const unit of floor.units) {
        const lease = leaseOf.get(unit.id);
        const day = (value: string | null | undefined) => (value ? excelDate(value) : null);
        const cells: Record<(typeof unitRegisterColumns)[number], ExcelJS.CellValue> = {
          building: building.name,
          floor: floor.label,
          code: unit.code,
          use: translate(locale, `site.unitUse.${unit.use}`),
          area: unit.area,
          state: translate(locale, `site.unitState.${unit.state}`),
          tenant: lease?.enterpriseName ?? null,
          leasedArea: lease?.area ?? null,
          monthlyRent: lease?.monthlyRent ?? null,
          termFrom: day(lease?.termFrom),
          termTo: day(lease?.termTo),
          signedOn: day(lease?.signedOn),
          openedOn: day(lease?.openedOn),
        };
        sheet.addRow(unitRegisterColumns.map((column) => cells[column]));
        rows += 1;
      }
    }
  }
  await recordAudit(db, actor, { entityType: 'site', entityId: site.id, action: 'export', after: { rows } });
  return { workbook, siteName: site.name };
}
