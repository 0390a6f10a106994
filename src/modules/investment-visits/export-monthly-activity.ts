import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { addSheet, excelDate } from '../../platform/http/xlsx-download.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { monthlyActivity } from './monthly-activity.ts';
import { concernTags } from './schema.ts';
import { visitKind } from './create-visit.ts';
import type { VisitUser } from './visit-policy.ts';
import './messages.ts';

/** The audit entries of exports name the visits as a whole rather than one visit. */
export const exportedVisits = '*';

/**
 * A month's activity as a workbook in the reader's language (by officer, by team, concerns, and the visits
 * themselves), of the visits the reader sees; the export is audited with what was asked and how many visits.
 */
export async function exportMonthlyActivity(db: DbOrTx, actor: Actor & VisitUser, query: { month?: string; teamId?: string }, locale: Locale) {
  const activity = await monthlyActivity(db, actor, query);
  const say = (key: string) => translate(locale, `visit.export.${key}`);
  const concernName = (tag: string) => translate(locale, `visit.concern.${tag}`);
  const workbook = new ExcelJS.Workbook();
  const concernHeaders = concernTags.map(concernName);

  const officers = addSheet(workbook, say('sheet.officers'), [say('column.officer'), say('column.visits'), say('column.enterprises'), ...concernHeaders]);
  for (const row of activity.officers) officers.addRow([row.officerName, row.visits, row.enterprises, ...concernTags.map((tag) => row.concerns[tag])]);

  const teamSheet = addSheet(workbook, say('sheet.teams'), [say('column.team'), say('column.visits'), say('column.enterprises'), say('column.officers'), ...concernHeaders]);
  for (const row of activity.teams) {
    teamSheet.addRow([row.teamName ?? say('noTeam'), row.visits, row.enterprises, row.officers, ...concernTags.map((tag) => row.concerns[tag])]);
  }

  const concerns = addSheet(workbook, say('sheet.concerns'), [say('column.concern'), say('column.count')]);
  for (const row of activity.concerns) concerns.addRow([concernName(row.tag), row.count]);

  const list = addSheet(workbook, say('sheet.visits'), [
    say('column.date'),
    say('column.enterprise'),
    say('column.place'),
    say('column.officer'),
    say('column.team'),
    say('column.concerns'),
  ]);
  for (const visit of activity.list) {
    const row = list.addRow([
      excelDate(visit.visitedOn),
      visit.enterpriseName,
      visit.place ?? '',
      visit.officerName,
      visit.teamName ?? say('noTeam'),
      visit.concerns.map(concernName).join('、'),
    ]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
  }

  await recordAudit(db, actor, {
    entityType: visitKind,
    entityId: exportedVisits,
    action: 'export',
    after: { month: activity.month, teamId: query.teamId ?? null, rows: activity.list.length },
  });
  return { workbook, month: activity.month };
}
