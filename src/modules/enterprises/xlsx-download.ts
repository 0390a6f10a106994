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
 * Sends the workbook as a download under its Chinese name (RFC 6266 `filename*`), with an ASCII name for the rare
 * client that cannot read it.
 */
export async function xlsxDownload(reply: FastifyReply, workbook: ExcelJS.Workbook, name: { utf8: string; ascii: string }) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return reply
    .type(xlsxType)
    .header('content-disposition', `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`)
    .send(buffer);
}

/** A sheet whose first row names the columns, in bold and frozen. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
