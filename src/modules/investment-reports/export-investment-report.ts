import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { addSheet } from '../../platform/http/xlsx-download.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import type { ProjectUser } from '../investment-projects/project-policy.ts';
import { projectFiltersOf, readFunnel } from './read-funnel.ts';
import { readEventLanding } from './read-event-landing.ts';
import { readSignedFigures } from './read-signed-figures.ts';
import { readSiteOccupancy } from './read-site-occupancy.ts';
import type { ReportPeriod } from './report-period.ts';
import type { ReportQuery } from './schemas.ts';
import './messages.ts';

/** The audit entries of exports name the report as a whole. */
export const exportedReport = '*';

const percent = (share: number) => Math.round(share * 1000) / 10;

/**
 * Every table of the 招商报表 page as one workbook in the reader's language, a sheet each, of the projects the reader
 * sees; the export is audited with the period and filters asked for.
 */
export async function exportInvestmentReport(db: DbOrTx, actor: Actor & ProjectUser, period: ReportPeriod, query: ReportQuery, locale: Locale): Promise<ExcelJS.Workbook> {
  const filters = projectFiltersOf(query);
  const [funnel, signed, occupancy, events] = await Promise.all([
    readFunnel(db, actor, period, filters),
    readSignedFigures(db, actor, period, { ...filters, verifiedOnly: query.verifiedOnly }, locale),
    readSiteOccupancy(db, period, query.regionCode, locale),
    readEventLanding(db, actor, period, filters),
  ]);
  const say = (key: string) => translate(locale, `projectReport.${key}`);
  const columns = (...keys: string[]) => keys.map((key) => say(`column.${key}`));
  const stage = (name: string) => say(`stage.${name}`);
  const workbook = new ExcelJS.Workbook();

  const funnelSheet = addSheet(workbook, say('sheet.funnel'), columns('stage', 'reached', 'conversion'));
  for (const row of funnel.funnel) funnelSheet.addRow([stage(row.stage), row.reached, row.conversion]);
  const current = addSheet(workbook, say('sheet.current'), columns('stage', 'count'));
  for (const row of funnel.current) current.addRow([stage(row.stage), row.count]);
  const days = addSheet(workbook, say('sheet.stageDays'), columns('stage', 'stays', 'count', 'medianDays'));
  for (const row of funnel.stageDays) days.addRow([stage(row.stage), row.stays, row.projects, row.medianDays]);

  const figureKeys = ['signed', 'amountWan', 'unverified', 'unverifiedAmountWan'] as const;
  const groups = [
    ['bySector', 'sector', signed.bySector],
    ['byRegion', 'region', signed.byRegion],
    ['byTeam', 'team', signed.byTeam],
  ] as const;
  for (const [sheet, column, rows] of groups) {
    const table = addSheet(workbook, say(`sheet.${sheet}`), columns(column, ...figureKeys));
    for (const row of rows) table.addRow([row.name ?? say('none'), ...figureKeys.map((key) => row[key])]);
  }
  const months = addSheet(workbook, say('sheet.byMonth'), columns('month', ...figureKeys));
  for (const row of signed.byMonth) months.addRow([row.month, ...figureKeys.map((key) => row[key])]);

  const steps = ['registered', 'started', 'producing', 'atCapacity', 'terminated'] as const;
  const landing = addSheet(workbook, say('sheet.eventLanding'), columns('event', 'heldOn', 'city', 'counted', ...steps.flatMap((step) => [step, `${step}Rate`])));
  for (const event of events.events) {
    landing.addRow([event.name, event.heldOn, event.city, event.counted, ...steps.flatMap((step) => [event[step].count, percent(event[step].rate)])]);
  }

  const sites = addSheet(workbook, say('sheet.occupancy'), columns('site', 'region', 'totalArea', 'leasedArea', 'leasedShare', 'openShare'));
  for (const site of occupancy.sites) sites.addRow([site.name, site.regionName ?? say('none'), site.totalArea, site.leasedArea, percent(site.leasedShare), percent(site.openShare)]);
  const siteMonths = addSheet(workbook, say('sheet.occupancyByMonth'), columns('site', 'month', 'leasedArea', 'leasedShare', 'openShare'));
  for (const site of occupancy.sites) {
    for (const point of site.months) siteMonths.addRow([site.name, point.month, point.leasedArea, percent(point.leasedShare), percent(point.openShare)]);
  }

  await recordAudit(db, actor, {
    entityType: 'projectReport',
    entityId: exportedReport,
    action: 'export',
    after: { period, teamId: query.teamId ?? null, regionCode: query.regionCode ?? null, sector: query.sector ?? null, verifiedOnly: query.verifiedOnly ?? false, signed: signed.total.signed },
  });
  return workbook;
}
