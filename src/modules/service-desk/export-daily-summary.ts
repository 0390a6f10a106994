import ExcelJS from 'exceljs';
import { addSheet, excelDate, excelDateTime, excelDateTimeFormat } from '../../platform/http/xlsx-download.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import type { DailySummaryView } from './summary-schemas.ts';
import './summary-messages.ts';

/** A team's summary of a day as a workbook in the reader's language: the figures, the open requests, the repeats. */
export function dailySummaryWorkbook(summary: DailySummaryView, locale: Locale): ExcelJS.Workbook {
  const say = (key: string) => translate(locale, `serviceDeskSummary.${key}`);
  const workbook = new ExcelJS.Workbook();

  const figures = addSheet(workbook, say('sheet.figures'), [say('column.figure'), say('column.value')]);
  figures.getColumn(1).width = 36;
  const figure = (key: string, value: ExcelJS.CellValue) => figures.addRow([say(`figure.${key}`), value]);
  figure('team', summary.teamName);
  figure('day', excelDate(summary.day)).getCell(2).numFmt = 'yyyy-mm-dd';
  figure('producedAt', excelDateTime(summary.producedAt)).getCell(2).numFmt = excelDateTimeFormat;
  figure('created', summary.created);
  figure('resolved', summary.resolved);
  if (summary.sla) {
    figure('firstResponseMet', summary.sla.firstResponse.met);
    figure('firstResponseBreached', summary.sla.firstResponse.breached);
    figure('resolutionMet', summary.sla.resolution.met);
    figure('resolutionBreached', summary.sla.resolution.breached);
  } else {
    figure('slaUnmeasured', '—');
  }
  figure('firstResponseMedian', summary.firstResponse.medianMinutes);
  figure('firstResponseP90', summary.firstResponse.p90Minutes);
  figure('resolutionMedian', summary.resolution.medianMinutes);
  figure('resolutionP90', summary.resolution.p90Minutes);
  figure('open', summary.open.length);
  figure('atRisk', summary.open.filter((item) => item.sla !== null).length);

  const columns = (...keys: string[]) => keys.map((key) => say(`column.${key}`));
  const open = addSheet(workbook, say('sheet.open'), columns('reference', 'category', 'priority', 'state', 'createdAt', 'owner', 'sla'));
  for (const item of summary.open) {
    open
      .addRow([
        item.reference,
        item.categoryName,
        say(`priority.${item.priority}`),
        say(`state.${item.state}`),
        excelDateTime(new Date(item.createdAt)),
        item.ownerName,
        item.sla ? say(`sla.${item.sla}`) : null,
      ])
      .getCell(5).numFmt = excelDateTimeFormat;
  }

  const repeated = addSheet(workbook, say('sheet.repeated'), columns('location', 'category', 'count', 'references'));
  for (const problem of summary.repeated) {
    repeated.addRow([problem.locationLabel, problem.categoryName, problem.count, problem.requests.map((request) => request.reference).join(', ')]);
  }
  return workbook;
}
