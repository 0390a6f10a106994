import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { addSheet } from '../../../platform/http/xlsx-download.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { trackerFigures } from './landing-schemas.ts';
import { readLandingTracker } from './read-landing-tracker.ts';
import '../../investment-reports/messages.ts';
import '../results/results-messages.ts';
import './landing-messages.ts';

/**
 * The landing tracker as a workbook in the reader's language: the figures, then the entries with whether each
 * became a lead, then the projects with the steps they reached; the export is audited.
 */
export async function exportLandingTracker(db: DbOrTx, actor: Actor, editionId: string, roundId: string | undefined, locale: Locale) {
  const tracker = await readLandingTracker(db, editionId, roundId);
  const say = (key: string, params?: Record<string, unknown>) => translate(locale, `competition.landing.${key}`, params);
  const yesNo = (value: boolean) => translate(locale, value ? 'competition.results.yes' : 'competition.results.no');
  const workbook = new ExcelJS.Workbook();
  const figures = addSheet(workbook, say('sheet.figures'), [say('column.figure'), say('column.count')]);
  for (const figure of trackerFigures) figures.addRow([say(`figure.${figure}`), tracker[figure].count]);

  const entries = addSheet(workbook, say('sheet.entries'), ['number', 'project', 'organisation', 'round', 'lead', 'support'].map((key) => say(`column.${key}`)));
  for (const entry of tracker.entries.entries) entries.addRow([entry.number, entry.projectName, entry.organisationName, entry.roundName, yesNo(entry.leadId !== null), entry.supportCount]);

  const steps = ['signed', 'registered', 'producing'] as const;
  const reached = Object.fromEntries(steps.map((step) => [step, new Set(tracker[step].projects.map((project) => project.id))]));
  const projects = addSheet(workbook, say('sheet.projects'), [say('column.projectName'), say('column.stage'), ...steps.map((step) => say(`figure.${step}`))]);
  for (const project of tracker.projects.projects) {
    projects.addRow([project.name, translate(locale, `projectReport.stage.${project.stage}`), ...steps.map((step) => yesNo(reached[step]!.has(project.id)))]);
  }
  await recordAudit(db, actor, {
    entityType: 'competitionEdition',
    entityId: editionId,
    action: 'exportLandingTracker',
    after: { roundId: roundId ?? null, ...Object.fromEntries(trackerFigures.map((figure) => [figure, tracker[figure].count])) },
  });
  const scope = tracker.rounds.find((round) => round.id === roundId)?.name ?? tracker.editionName;
  return { workbook, fileName: say('fileName', { scope }), asciiName: `landing-tracker-${roundId ?? editionId}.xlsx` };
}
