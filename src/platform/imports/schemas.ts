import { z } from 'zod';
import { importStatuses } from './schema.ts';

export const importRowSchema = z.object({
  rowNumber: z.number().int().describe('As the spreadsheet numbers it (the header is row 1)'),
  values: z.record(z.string(), z.string()).describe('The cells, by the template\'s column header in the request\'s language'),
  errors: z.array(z.string()),
});

const importCountsSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: z.enum(importStatuses),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
});

export const importSummarySchema = importCountsSchema.extend({
  preview: z.array(importRowSchema).describe('The first 50 rows'),
  errors: z
    .array(z.object({ rowNumber: z.number().int(), messages: z.array(z.string()) }))
    .describe('The first 200 invalid rows'),
});

export const importStatusSchema = importCountsSchema.extend({
  processedRows: z.number().int(),
  importedRows: z.number().int(),
  error: z.string().optional(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
