import { z } from 'zod';
import { text } from '../../../platform/http/schemas.ts';
import { figureIndicators, type FigureIndicator } from '../figure-indicators.ts';
import { maxFigureSourceLength } from './figure-rules.ts';

export const figureYearParams = z.object({ id: z.uuid(), year: z.coerce.number().int().describe('A calendar year, 2000 to next year') });

const indicatorValue = z.number().nullable().optional();

export const saveYearFiguresBody = z.object({
  values: z
    .object({
      revenue: indicatorValue,
      rdSpending: indicatorValue,
      employees: indicatorValue,
      taxesPaid: indicatorValue,
      outputValue: indicatorValue,
    })
    .describe('万元 (employees: a headcount at the year\'s end); null clears an indicator, a missing key leaves it as it is'),
  source: text(maxFigureSourceLength)
    .transform((value) => value || null)
    .nullable()
    .optional()
    .describe('Where the values written come from (统计年报, 税务数据…)'),
});
export type SaveYearFiguresInput = z.output<typeof saveYearFiguresBody>;

const personSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const figureSchema = z.object({
  value: z.number(),
  source: z.string().nullable(),
  selfReported: z.boolean().describe('Given by the enterprise itself'),
  verifiedBy: personSchema,
  verifiedAt: z.date().nullable().describe('When staff checked a self-reported figure; null while unverified'),
  updatedBy: personSchema,
  updatedAt: z.date(),
});
export type FigureView = z.output<typeof figureSchema>;

const nullableFigure = figureSchema.nullable();

export const yearFiguresSchema = z.object({
  year: z.number().int(),
  figures: z
    .object({
      revenue: nullableFigure,
      rdSpending: nullableFigure,
      employees: nullableFigure,
      taxesPaid: nullableFigure,
      outputValue: nullableFigure,
    })
    .describe('null: unknown (never given)'),
});
export type YearFigures = z.output<typeof yearFiguresSchema>;

export const enterpriseFiguresSchema = z.object({
  indicators: z.array(z.object({ key: z.enum(figureIndicators), unit: z.enum(['wan', 'people']) })),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  items: z.array(yearFiguresSchema).describe('The years with any figure, newest first'),
});

export const noFigures = (): Record<FigureIndicator, FigureView | null> => ({ revenue: null, rdSpending: null, employees: null, taxesPaid: null, outputValue: null });
