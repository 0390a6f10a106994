import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/record-audit.ts';
import type { Db, Tx } from '../../../platform/db/connection.ts';
import { conflict, invalidInput, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { assertVisible, type EnterpriseScope } from '../enterprise-scope.ts';
import { figureIndicators, firstFigureYear } from '../figure-indicators.ts';
import { enterprises } from '../schema.ts';
import { figureValueProblem, isFigureYear, lastFigureYear } from './figure-rules.ts';
import { noFigures, type SaveYearFiguresInput, type YearFigures } from './figure-schemas.ts';
import { readYearFigures } from './read-figures.ts';
import { readStoredYears, writeYearFigures } from './write-figures.ts';

/** Who writes: staff give figures, an enterprise user reports its own (self-reported, unverified until checked). */
export interface FigureWriter {
  actor: Actor;
  scope: EnterpriseScope;
  selfReporting: boolean;
}

export function checkFigureYear(year: number): void {
  if (!isFigureYear(year)) throw invalidInput([{ field: 'year', message: 'enterprise.figures.year', params: { first: firstFigureYear, last: lastFigureYear() } }]);
}

/**
 * Locks a live enterprise the writer may see, so that writes of its figures follow one another; 404 for one the
 * writer may not see or that does not exist, 409 for a record merged away (its figures live on the survivor).
 */
export async function lockEnterpriseForFigures(tx: Tx, scope: EnterpriseScope, enterpriseId: string): Promise<void> {
  assertVisible(scope, enterpriseId);
  const [enterprise] = await tx.select({ mergedIntoId: enterprises.mergedIntoId }).from(enterprises).where(eq(enterprises.id, enterpriseId)).for('update');
  if (!enterprise) throw notFound();
  if (enterprise.mergedIntoId) throw conflict('enterprise.alreadyMerged', { mergedIntoId: enterprise.mergedIntoId });
}

/**
 * Sets and clears the figures of one year of an enterprise, audited. Staff writes are staff-given (a self-reported
 * figure they change becomes theirs); an enterprise user's are self-reported and unverified, and may not clear a
 * figure staff gave. Returns the year as stored.
 */
export async function saveYearFigures(db: Db, writer: FigureWriter, enterpriseId: string, year: number, input: SaveYearFiguresInput): Promise<YearFigures> {
  assertVisible(writer.scope, enterpriseId);
  checkFigureYear(year);
  const problems: FieldError[] = [];
  for (const indicator of figureIndicators) {
    const value = input.values[indicator];
    const problem = value === null || value === undefined ? null : figureValueProblem(indicator, value);
    if (problem) problems.push({ field: `values.${indicator}`, message: problem });
  }
  if (problems.length) throw invalidInput(problems);
  return db.transaction(async (tx) => {
    await lockEnterpriseForFigures(tx, writer.scope, enterpriseId);
    if (writer.selfReporting) {
      const stored = (await readStoredYears(tx, [{ enterpriseId, year }])).values().next().value!;
      const staffGiven = figureIndicators.filter((indicator) => input.values[indicator] === null && stored.get(indicator)?.selfReported === false);
      if (staffGiven.length) throw invalidInput(staffGiven.map((indicator) => ({ field: `values.${indicator}`, message: 'enterprise.figures.staffGiven' })));
    }
    await writeYearFigures(
      tx,
      writer.actor,
      [{ enterpriseId, year, values: input.values, source: input.source ?? null, selfReported: writer.selfReporting }],
      'figures',
    );
    const [saved] = await readYearFigures(tx, enterpriseId, year);
    return saved ?? { year, figures: noFigures() };
  });
}
