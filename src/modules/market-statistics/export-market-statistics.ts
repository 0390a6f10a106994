import ExcelJS from 'exceljs';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { addSheet } from '../../platform/http/xlsx-download.ts';
import type { MarketStatistics } from './get-market-statistics.ts';
import './messages.ts';

/** Every table of the statistics page as one workbook in the reader's language, a sheet each. */
export function marketStatisticsWorkbook(statistics: MarketStatistics, locale: Locale): ExcelJS.Workbook {
  const say = (key: string) => translate(locale, `marketStatistics.${key}`);
  const workbook = new ExcelJS.Workbook();
  const columns = (...keys: string[]) => keys.map((key) => say(`column.${key}`));

  const monthKeys = ['listingsCreated', 'listingsSubmitted', 'listingsPublished', 'demandsCreated', 'demandsSubmitted', 'demandsPublished', 'dealsSigned', 'contractAmountWan'] as const;
  const months = addSheet(workbook, say('sheet.months'), columns('month', ...monthKeys));
  for (const row of statistics.months) months.addRow([row.month, ...monthKeys.map((key) => row[key])]);

  const fields = addSheet(workbook, say('sheet.fields'), columns('field', 'listings', 'technologyDemands', 'capitalDemands'));
  for (const row of statistics.fields) fields.addRow([row.fieldName ?? say('noField'), row.listings, row.technologyDemands, row.capitalDemands]);

  const review = addSheet(workbook, say('sheet.review'), columns('kind', 'approved', 'rejected', 'medianDays'));
  for (const row of statistics.review) review.addRow([say(`kind.${row.kind}`), row.approved, row.rejected, row.medianDaysToDecision]);

  const deals = addSheet(workbook, say('sheet.deals'), columns('step', 'count'));
  for (const [step, value] of Object.entries(statistics.deals)) deals.addRow([say(`column.${step}`), value]);

  const fieldDealKeys = ['introductionsRequested', 'introductionsAccepted', 'acceptedRate', 'dealsSigned', 'signedRate', 'dealsCompleted', 'completedRate', 'contractAmountWan'] as const;
  const fieldDeals = addSheet(workbook, say('sheet.fieldDeals'), columns('field', ...fieldDealKeys));
  for (const row of statistics.fieldDeals) fieldDeals.addRow([row.fieldName ?? say('noField'), ...fieldDealKeys.map((key) => row[key])]);

  const stages = addSheet(workbook, say('sheet.dealStages'), columns('stage', 'moves', 'stageMedianDays'));
  for (const row of statistics.dealStages) stages.addRow([say(`stage.${row.state}`), row.moves, row.medianDays]);

  const states = addSheet(workbook, say('sheet.states'), columns('kind', 'state', 'count'));
  for (const row of statistics.states) states.addRow([say(`kind.${row.kind}`), say(`state.${row.state}`), row.count]);
  return workbook;
}
