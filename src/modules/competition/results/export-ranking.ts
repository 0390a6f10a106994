import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { addSheet } from '../../../platform/http/xlsx-download.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import type { AggregationMethod } from '../scoring/aggregate-scores.ts';
import { readPhaseRanking } from './read-phase-ranking.ts';
import './results-messages.ts';

/**
 * A phase's ranking as a workbook in the reader's language: each entry's rank, value and advancement, then each
 * judge's raw score; the export is audited.
 */
export async function exportRanking(db: DbOrTx, actor: Actor, ids: { editionId: string; roundId: string; phaseId: string }, preview: AggregationMethod | undefined, locale: Locale) {
  const ranking = await readPhaseRanking(db, ids, preview, false);
  const say = (key: string, params?: Record<string, unknown>) => translate(locale, `competition.results.${key}`, params);
  const yesNo = (value: boolean | null) => (value === null ? null : say(value ? 'yes' : 'no'));
  const workbook = new ExcelJS.Workbook();
  const columns = ['rank', 'number', 'project', 'organisation', 'track', 'value', 'scoreCount', 'abstained', 'tied', 'advanced'].map((key) => say(`column.${key}`));
  const sheet = addSheet(workbook, say('rankingSheet'), [...columns, ...ranking.judges.map((judge) => judge.name)]);
  for (const entry of ranking.entries) {
    const raw = new Map(entry.contributions.map((contribution) => [contribution.judgeId, contribution.raw]));
    sheet.addRow([
      entry.rank,
      entry.number,
      entry.projectName,
      entry.organisationName,
      entry.trackName,
      entry.value,
      entry.scoreCount,
      entry.abstainedJudgeIds.length,
      yesNo(entry.tied),
      yesNo(entry.advanced),
      ...ranking.judges.map((judge) => raw.get(judge.id) ?? null),
    ]);
  }
  await recordAudit(db, actor, { entityType: 'competitionPhase', entityId: ranking.phaseId, action: 'export', after: { method: ranking.method, closed: ranking.closedAt !== null, entries: ranking.entries.length } });
  const fileName = say('rankingFileName', { round: ranking.roundName, phase: say(`phaseKind.${ranking.kind}`) });
  return { workbook, fileName, asciiName: `ranking-${ranking.kind}-${ranking.phaseId}.xlsx` };
}
