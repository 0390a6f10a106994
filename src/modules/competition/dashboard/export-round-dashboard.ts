import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { addSheet } from '../../../platform/http/xlsx-download.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { readRoundDashboard } from './read-round-dashboard.ts';
import '../entries/entry-messages.ts';
import '../results/results-messages.ts';
import './dashboard-messages.ts';

/**
 * A round's dashboard as a workbook in the reader's language: the registrations by track, source, state and day,
 * each judge's review progress per phase, and every score still missing with its entry and judge. Judges' names
 * leave the system here, so the export is audited on the round.
 */
export async function exportRoundDashboard(db: DbOrTx, actor: Actor, editionId: string, roundId: string, locale: Locale) {
  const dashboard = await readRoundDashboard(db, editionId, roundId);
  const say = (key: string, params?: Record<string, unknown>) => translate(locale, `competition.dashboard.${key}`, params);
  const phaseName = (kind: string) => translate(locale, `competition.results.phaseKind.${kind}`);
  const workbook = new ExcelJS.Workbook();

  const registrations = addSheet(workbook, say('sheet.registrations'), ['dimension', 'value', 'count'].map((key) => say(`column.${key}`)));
  registrations.addRow([say('dimension.total'), null, dashboard.entryCount]);
  for (const track of dashboard.byTrack) registrations.addRow([say('dimension.track'), track.trackName, track.count]);
  for (const { key, count } of dashboard.bySource) registrations.addRow([say('dimension.source'), translate(locale, `competition.entry.source.${key}`), count]);
  for (const { key, count } of dashboard.byState) registrations.addRow([say('dimension.state'), translate(locale, `competition.entry.state.${key}`), count]);
  for (const { day, count } of dashboard.byDay) registrations.addRow([say('dimension.day'), day, count]);

  const progress = addSheet(workbook, say('sheet.progress'), ['phase', 'judge', 'assigned', 'scored', 'missing'].map((key) => say(`column.${key}`)));
  for (const phase of dashboard.phases) {
    for (const judge of phase.judges) progress.addRow([phaseName(phase.kind), judge.displayName, judge.assigned, judge.scored, judge.assigned - judge.scored]);
  }

  const missing = addSheet(workbook, say('sheet.missing'), ['phase', 'number', 'project', 'judge'].map((key) => say(`column.${key}`)));
  for (const phase of dashboard.phases) {
    for (const score of phase.missingScores) missing.addRow([phaseName(phase.kind), score.number, score.projectName, score.displayName]);
  }

  await recordAudit(db, actor, {
    entityType: 'competitionRound',
    entityId: dashboard.roundId,
    action: 'exportDashboard',
    after: { entries: dashboard.entryCount, missingScores: dashboard.phases.reduce((sum, phase) => sum + phase.missing, 0) },
  });
  return { workbook, fileName: say('fileName', { round: dashboard.roundName }), asciiName: `round-dashboard-${dashboard.roundId}.xlsx` };
}
