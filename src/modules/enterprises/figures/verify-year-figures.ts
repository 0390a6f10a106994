import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { Db } from '../../../platform/db/connection.ts';
import type { EnterpriseScope } from '../enterprise-scope.ts';
import { enterpriseFigures as figures, enterprises } from '../schema.ts';
import { noFigures, type YearFigures } from './figure-schemas.ts';
import { readYearFigures } from './read-figures.ts';
import { checkFigureYear, lockEnterpriseForFigures } from './save-year-figures.ts';

/**
 * Staff confirm the self-reported figures of one year of an enterprise: they stay marked as the enterprise's own,
 * now verified by whom and when. Verifying figures already verified (or a year without self-reported ones) changes
 * nothing and records nothing. Returns the year as stored.
 */
export async function verifyYearFigures(db: Db, actor: Actor, scope: EnterpriseScope, enterpriseId: string, year: number): Promise<YearFigures> {
  checkFigureYear(year);
  return db.transaction(async (tx) => {
    await lockEnterpriseForFigures(tx, scope, enterpriseId);
    const now = new Date();
    const verified = await tx
      .update(figures)
      .set({ verifiedById: actor.id, verifiedAt: now })
      .where(and(eq(figures.enterpriseId, enterpriseId), eq(figures.year, year), eq(figures.selfReported, true), isNull(figures.verifiedAt)))
      .returning({ indicator: figures.indicator, value: figures.value, source: figures.source });
    if (verified.length) {
      // A verified figure may count where an unverified one did not: the record reads as changed.
      await tx.update(enterprises).set({ updatedAt: now }).where(eq(enterprises.id, enterpriseId));
      await recordAudit(tx, actor, {
        entityType: 'enterprise',
        entityId: enterpriseId,
        action: 'figures-verify',
        after: { year, ...Object.fromEntries(verified.map(({ indicator, ...figure }) => [indicator, { ...figure, selfReported: true, verified: true }])) },
      });
    }
    const [stored] = await readYearFigures(tx, enterpriseId, year);
    return stored ?? { year, figures: noFigures() };
  });
}
