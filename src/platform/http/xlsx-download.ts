import type { FastifyReply } from 'fastify';
import type ExcelJS from 'exceljs';
import { z } from 'zod';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The OpenAPI description of a workbook download. */
export const xlsxResponse = {
  description: 'An .xlsx workbook (Content-Disposition names the file)',
  content: { [xlsxType]: { schema: z.string().meta({ format: 'binary' }) } },
};

/**
 * Sends the workbook as a download under its name in the reader's language (RFC 6266 `filename*`), with an ASCII
 * name for the rare client that cannot read it.
 */
export async function xlsxDownload(reply: FastifyReply, workbook: ExcelJS.Workbook, name: { utf8: string; ascii: string }) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return reply
    .type(xlsxType)
    .header('content-disposition', `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`)
    .send(buffer);
}

// The district works in Beijing time, whatever the server's clock says.
const beijingTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export const excelDateFormat = 'yyyy-mm-dd';
export const excelDateTimeFormat = 'yyyy-mm-dd hh:mm:ss';

/**
 * An instant as a cell value that Excel shows in Beijing time: exceljs writes a Date's UTC reading as the cell's
 * date and time, so the Date given to it reads Beijing's wall clock in UTC.
 */
export function excelDateTime(instant: Date): Date {
  const parts = Object.fromEntries(beijingTime.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!));
}

/** A calendar date ('2018-06-01') as a cell value that Excel shows as that date. */
export const excelDate = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

/** A sheet whose first row names the columns, in bold and frozen. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
