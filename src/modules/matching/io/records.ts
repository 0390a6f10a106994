import { z } from 'zod';
import { toSimplified } from '../../../platform/text/normalize.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES, type Demand, type Listing } from '../types.ts';
import { InputError, readJsonLines } from './jsonl.ts';

// The file format is the development set's (see fixtures/match-dev/README.md). Optional structured fields may be
// absent, null or ""; all mean unknown. Enumerated values may be written in Traditional characters (量產, 轉讓).
const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const simplifiedEnum = <Values extends readonly [string, ...string[]]>(values: Values) =>
  z.preprocess((value) => (typeof value === 'string' ? toSimplified(value.trim()) : value), z.enum(values));

const optionalText = z.preprocess(emptyToNull, z.string().nullable());
const optionalAmount = z.preprocess(emptyToNull, z.number().nonnegative().nullable());
const optionalMaturity = z.preprocess(emptyToNull, simplifiedEnum(MATURITY_LEVELS).nullable());
const modeList = z.preprocess((value) => value ?? [], z.array(simplifiedEnum(TRANSACTION_MODES)));
const id = z.string().trim().min(1, 'must not be empty');

const listingSchema = z
  .object({
    id,
    title: z.string(),
    summary: z.string(),
    field: optionalText,
    keywords: z.preprocess((value) => value ?? [], z.array(z.string())),
    maturity: optionalMaturity,
    modes: modeList,
    price_wan: optionalAmount,
    owner: optionalText,
    region: optionalText,
  })
  .transform(
    (row): Listing => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      field: row.field,
      keywords: row.keywords,
      maturity: row.maturity,
      modes: row.modes,
      priceWan: row.price_wan,
      owner: row.owner,
      region: row.region,
    }),
  );

const demandSchema = z
  .object({
    id,
    kind: simplifiedEnum(['technology', 'capital'] as const),
    title: z.string(),
    description: z.string(),
    field: optionalText,
    budget_wan: optionalAmount,
    maturity_needed: optionalMaturity,
    region: optionalText,
    modes: z.preprocess(emptyToNull, z.array(simplifiedEnum(TRANSACTION_MODES)).nullable()),
  })
  .transform((row): Demand => {
    const demand: Demand = {
      id: row.id,
      kind: row.kind,
      title: row.title,
      description: row.description,
      field: row.field,
      budgetWan: row.budget_wan,
      maturityNeeded: row.maturity_needed,
      region: row.region,
    };
    if (row.modes) demand.modes = row.modes;
    return demand;
  });

/** A relevance judgement: 3 solves the problem, 2 relevant, 1 marginal; unjudged pairs count as 0. */
export interface Judgement {
  demand: string;
  listing: string;
  grade: number;
}

const judgementSchema = z.object({
  demand: id,
  listing: id,
  grade: z.number().int().min(0).max(3),
});

async function readUniqueRecords<Schema extends z.ZodType<{ id: string }>>(
  path: string,
  schema: Schema,
): Promise<Array<z.output<Schema>>> {
  const firstLine = new Map<string, number>();
  return (await readJsonLines(path, schema)).map(({ line, record }) => {
    const earlier = firstLine.get(record.id);
    if (earlier !== undefined) throw new InputError(`${path}:${line}: duplicate id "${record.id}" (first on line ${earlier})`);
    firstLine.set(record.id, line);
    return record;
  });
}

export const readListings = (path: string): Promise<Listing[]> => readUniqueRecords(path, listingSchema);
export const readDemands = (path: string): Promise<Demand[]> => readUniqueRecords(path, demandSchema);
export async function readJudgements(path: string): Promise<Judgement[]> {
  return (await readJsonLines(path, judgementSchema)).map(({ record }) => record);
}
