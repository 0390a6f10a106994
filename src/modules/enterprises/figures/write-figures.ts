import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, type Actor, type AuditEntry } from '../../../platform/audit/record-audit.ts';
import type { Tx } from '../../../platform/db/connection.ts';
import { figureIndicators, type FigureIndicator } from '../figure-indicators.ts';
import { enterpriseFigures as figures, enterprises } from '../schema.ts';

/** One enterprise's year as a writer gives it: a number sets an indicator, null clears it, a missing key keeps it. */
export interface YearFiguresWrite {
  enterpriseId: string;
  year: number;
  values: Partial<Record<FigureIndicator, number | null>>;
  source: string | null;
  /** Given by the enterprise itself: unverified until staff check it. Staff writes are not. */
  selfReported: boolean;
}

interface StoredFigure {
  value: number;
  source: string | null;
  selfReported: boolean;
  verified: boolean;
}

type YearView = { year: number } & Record<FigureIndicator, StoredFigure | null>;

const yearKey = (enterpriseId: string, year: number) => `${enterpriseId}|${year}`;

/** A year's figures as the audit trail keeps them: every indicator, so that the history shows which ones changed. */
function yearView(year: number, stored: Map<FigureIndicator, StoredFigure>): YearView {
  return { year, ...(Object.fromEntries(figureIndicators.map((indicator) => [indicator, stored.get(indicator) ?? null])) as Record<FigureIndicator, StoredFigure | null>) };
}

/** The figures stored for some enterprises' years, by enterprise and year. */
export async function readStoredYears(tx: Tx, years: readonly { enterpriseId: string; year: number }[]) {
  const stored = new Map<string, Map<FigureIndicator, StoredFigure>>(years.map((y) => [yearKey(y.enterpriseId, y.year), new Map()]));
  if (!years.length) return stored;
  const pairs = sql.join(
    years.map((y) => sql`(${y.enterpriseId}::uuid, ${y.year}::int)`),
    sql`, `,
  );
  const rows = await tx
    .select({
      enterpriseId: figures.enterpriseId,
      year: figures.year,
      indicator: figures.indicator,
      value: figures.value,
      source: figures.source,
      selfReported: figures.selfReported,
      verifiedAt: figures.verifiedAt,
    })
    .from(figures)
    .where(sql`(${figures.enterpriseId}, ${figures.year}) IN (${pairs})`);
  for (const { enterpriseId, year, indicator, verifiedAt, ...figure } of rows) {
    stored.get(yearKey(enterpriseId, year))!.set(indicator, { ...figure, verified: verifiedAt !== null });
  }
  return stored;
}

/**
 * Writes years of figures inside the caller's transaction, with one audit event per enterprise year that changed
 * (`action` on the enterprise, so that its history and timeline show it). A value given again with the same source
 * is no change: a self-reported figure that staff leave as it is stays self-reported until they verify it, while
 * one they change becomes theirs. The changed figures' `updated_at` and their enterprises' are set to now, so that
 * whatever follows changed figures (the policies' eligibility) finds them. Returns how many years changed.
 */
export async function writeYearFigures(tx: Tx, actor: Actor, writes: readonly YearFiguresWrite[], action: string): Promise<number> {
  const stored = await readStoredYears(tx, writes);
  const now = new Date();
  const upserts: (typeof figures.$inferInsert)[] = [];
  const clears: { enterpriseId: string; year: number; indicator: FigureIndicator }[] = [];
  const audits: AuditEntry[] = [];
  for (const write of writes) {
    const before = stored.get(yearKey(write.enterpriseId, write.year))!;
    const after = new Map(before);
    for (const indicator of figureIndicators) {
      const value = write.values[indicator];
      const old = before.get(indicator);
      if (value === undefined) continue;
      if (value === null) {
        if (!old) continue;
        after.delete(indicator);
        clears.push({ enterpriseId: write.enterpriseId, year: write.year, indicator });
        continue;
      }
      if (old && old.value === value && old.source === write.source) continue;
      after.set(indicator, { value, source: write.source, selfReported: write.selfReported, verified: false });
      upserts.push({
        enterpriseId: write.enterpriseId,
        year: write.year,
        indicator,
        value,
        source: write.source,
        selfReported: write.selfReported,
        verifiedById: null,
        verifiedAt: null,
        updatedById: actor.id,
        updatedAt: now,
      });
    }
    if (after.size === before.size && [...after].every(([indicator, figure]) => before.get(indicator) === figure)) continue;
    audits.push({ entityType: 'enterprise', entityId: write.enterpriseId, action, before: yearView(write.year, before), after: yearView(write.year, after) });
  }
  if (upserts.length) {
    await tx
      .insert(figures)
      .values(upserts)
      .onConflictDoUpdate({
        target: [figures.enterpriseId, figures.year, figures.indicator],
        set: {
          value: sql`excluded.value`,
          source: sql`excluded.source`,
          selfReported: sql`excluded.self_reported`,
          verifiedById: null,
          verifiedAt: null,
          updatedById: sql`excluded.updated_by_id`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
  for (const clear of clears) {
    await tx
      .delete(figures)
      .where(and(eq(figures.enterpriseId, clear.enterpriseId), eq(figures.year, clear.year), eq(figures.indicator, clear.indicator)));
  }
  const changed = [...new Set(audits.map((audit) => audit.entityId))];
  if (changed.length) await tx.update(enterprises).set({ updatedAt: now }).where(inArray(enterprises.id, changed));
  await recordAudit(tx, actor, audits);
  return audits.length;
}
