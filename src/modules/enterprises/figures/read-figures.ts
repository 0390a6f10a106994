import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/auth/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { assertVisible, type EnterpriseScope } from '../enterprise-scope.ts';
import { figureIndicators, figureUnits, firstFigureYear, type FigureIndicator } from '../figure-indicators.ts';
import { enterpriseFigures as figures, enterprises } from '../schema.ts';
import { lastFigureYear } from './figure-rules.ts';
import { noFigures, type FigureView, type YearFigures } from './figure-schemas.ts';

/** One figure as other modules read it (a policy's condition or amount rule). */
export interface FigureFact {
  year: number;
  indicator: FigureIndicator;
  value: number;
  selfReported: boolean;
  verified: boolean;
  updatedAt: Date;
}

/**
 * The figures of several enterprises at once, each enterprise's list (possibly empty) under its id, by year then
 * indicator. A year and indicator absent from a list is unknown, which is not zero.
 */
export async function readFiguresOf(db: DbOrTx, enterpriseIds: readonly string[]): Promise<Map<string, FigureFact[]>> {
  const result = new Map<string, FigureFact[]>(enterpriseIds.map((id) => [id, []]));
  if (!enterpriseIds.length) return result;
  const rows = await db
    .select({
      enterpriseId: figures.enterpriseId,
      year: figures.year,
      indicator: figures.indicator,
      value: figures.value,
      selfReported: figures.selfReported,
      verifiedAt: figures.verifiedAt,
      updatedAt: figures.updatedAt,
    })
    .from(figures)
    .where(inArray(figures.enterpriseId, [...new Set(enterpriseIds)]))
    .orderBy(figures.enterpriseId, figures.year, figures.indicator);
  for (const { enterpriseId, verifiedAt, ...fact } of rows) result.get(enterpriseId)!.push({ ...fact, verified: verifiedAt !== null });
  return result;
}

const verifier = alias(users, 'figure_verifier');
const updater = alias(users, 'figure_updater');

/** An enterprise's figures by year, newest first, each with who gave and who verified it. */
export async function readYearFigures(db: DbOrTx, enterpriseId: string, year?: number): Promise<YearFigures[]> {
  const rows = await db
    .select({
      year: figures.year,
      indicator: figures.indicator,
      value: figures.value,
      source: figures.source,
      selfReported: figures.selfReported,
      verifiedById: figures.verifiedById,
      verifierName: verifier.displayName,
      verifiedAt: figures.verifiedAt,
      updatedById: figures.updatedById,
      updaterName: updater.displayName,
      updatedAt: figures.updatedAt,
    })
    .from(figures)
    .leftJoin(verifier, eq(verifier.id, figures.verifiedById))
    .leftJoin(updater, eq(updater.id, figures.updatedById))
    .where(and(eq(figures.enterpriseId, enterpriseId), year === undefined ? undefined : eq(figures.year, year)))
    .orderBy(desc(figures.year));
  const years = new Map<number, Record<FigureIndicator, FigureView | null>>();
  for (const row of rows) {
    const year = years.get(row.year) ?? noFigures();
    years.set(row.year, year);
    year[row.indicator] = {
      value: row.value,
      source: row.source,
      selfReported: row.selfReported,
      verifiedBy: row.verifiedById ? { id: row.verifiedById, name: row.verifierName ?? '' } : null,
      verifiedAt: row.verifiedAt,
      updatedBy: row.updatedById ? { id: row.updatedById, name: row.updaterName ?? '' } : null,
      updatedAt: row.updatedAt,
    };
  }
  return [...years].map(([year, figures]) => ({ year, figures }));
}

/** The figures page of an enterprise the caller may see (404 for another, as for a missing one). */
export async function listEnterpriseFigures(db: DbOrTx, scope: EnterpriseScope, enterpriseId: string) {
  assertVisible(scope, enterpriseId);
  const [enterprise] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterpriseId));
  if (!enterprise) throw notFound();
  return {
    indicators: figureIndicators.map((key) => ({ key, unit: figureUnits[key] })),
    firstYear: firstFigureYear,
    lastYear: lastFigureYear(),
    items: await readYearFigures(db, enterpriseId),
  };
}
