import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { addSheet } from '../../platform/http/xlsx-download.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { backlogAgeKeys } from './backlog-age.ts';
import { readBacklogAge } from './read-backlog-age.ts';
import { readCreatedResolved } from './read-created-resolved.ts';
import { readSatisfaction } from './read-satisfaction.ts';
import { readSlaAttainment } from './read-sla-attainment.ts';
import type { Attainment, RatingFigures, TargetAttainment } from './report-counting.ts';
import type { MonthRange } from './report-months.ts';
import type { DeskReportQuery } from './schemas.ts';
import './messages.ts';

/** The audit entries of exports name the report as a whole. */
export const exportedReport = '*';

/**
 * Every figure of the service desk's report as one workbook in the reader's language, a sheet each; the export is
 * audited with the months and filters asked for.
 */
export async function exportDeskReport(db: DbOrTx, actor: Actor, range: MonthRange, filters: DeskReportQuery, locale: Locale): Promise<ExcelJS.Workbook> {
  const [sla, flow, backlog, satisfaction] = await Promise.all([
    readSlaAttainment(db, range, filters, locale),
    readCreatedResolved(db, range, filters),
    readBacklogAge(db, filters),
    readSatisfaction(db, range, filters, locale),
  ]);
  const say = (key: string, params?: Record<string, unknown>) => translate(locale, `deskReport.${key}`, params);
  const columns = (...keys: string[]) => keys.map((key) => say(`column.${key}`));
  const teamName = (row: { teamId: string | null; name: string | null }) => row.name ?? say('noTeam');
  const workbook = new ExcelJS.Workbook();

  const slaColumns = (['response', 'resolution'] as const).flatMap((target) => ['met', 'breached', 'shareMet'].map((figure) => say(`column.${target}.${figure}`)));
  const percent = (attainment: Attainment) => (attainment.shareMet === null ? null : Math.round(attainment.shareMet * 1000) / 10);
  const slaCells = (figures: TargetAttainment) => [figures.response, figures.resolution].flatMap((attainment) => [attainment.met, attainment.breached, percent(attainment)]);
  const slaByTeam = addSheet(workbook, say('sheet.slaByTeam'), [say('column.team'), ...slaColumns]);
  for (const row of sla.teams) slaByTeam.addRow([teamName(row), ...slaCells(row)]);
  const slaByCategory = addSheet(workbook, say('sheet.slaByCategory'), [say('column.category'), ...slaColumns]);
  for (const row of sla.categories) slaByCategory.addRow([row.name, ...slaCells(row)]);
  const slaByMonth = addSheet(workbook, say('sheet.slaByMonth'), [say('column.month'), ...slaColumns]);
  for (const row of sla.months) slaByMonth.addRow([row.month, ...slaCells(row)]);

  const flowSheet = addSheet(workbook, say('sheet.createdResolved'), columns('month', 'created', 'resolved'));
  for (const row of flow.months) flowSheet.addRow([row.month, row.created, row.resolved]);

  const backlogSheet = addSheet(workbook, say('sheet.backlog'), [say('column.team'), say('column.open'), ...backlogAgeKeys.map((key) => say(`age.${key}`))]);
  for (const row of backlog.teams) backlogSheet.addRow([teamName(row), row.open, ...backlogAgeKeys.map((key) => row.ages[key])]);

  const ratingColumns = [say('column.rated'), say('column.mean'), ...[1, 2, 3, 4, 5].map((rating) => say('column.rating', { rating }))];
  const ratingCells = (figures: Pick<RatingFigures, 'count' | 'mean'> & { ratings: readonly number[] }) => [figures.count, figures.mean, ...figures.ratings];
  const byMonth = addSheet(workbook, say('sheet.satisfactionByMonth'), [say('column.month'), ...ratingColumns]);
  for (const row of satisfaction.months) byMonth.addRow([row.month, ...ratingCells(row)]);
  const byTeam = addSheet(workbook, say('sheet.satisfactionByTeam'), [say('column.team'), ...ratingColumns]);
  for (const row of satisfaction.teams) byTeam.addRow([teamName(row), ...ratingCells(row)]);
  const byCategory = addSheet(workbook, say('sheet.satisfactionByCategory'), [say('column.category'), ...ratingColumns]);
  for (const row of satisfaction.categories) byCategory.addRow([row.name, ...ratingCells(row)]);

  await recordAudit(db, actor, {
    entityType: 'serviceDeskReport',
    entityId: exportedReport,
    action: 'export',
    after: { range, teamId: filters.teamId ?? null, categoryCode: filters.categoryCode ?? null, created: flow.total.created },
  });
  return workbook;
}
