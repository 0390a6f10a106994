import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput, type FieldError } from '../../platform/http/errors.ts';
import { assertMayManageSite, findBuilding, type SiteActor } from './site-policy.ts';
import { siteFloors, siteUnits } from './schema.ts';
import type { AddUnitsInput, UnitPattern, UnitRow } from './schemas.ts';

/** How a building names a floor by its level: 1F, 2F …, B1, B2 … below ground. */
export const floorLabel = (level: number) => (level > 0 ? `${level}F` : `B${-level}`);

/** "Floors 1–5, units 01–20": a row per unit, coded by its floor and number (101 … 120, 201 … 220), basements B1-01. */
export function expandUnitPattern(pattern: UnitPattern): UnitRow[] {
  const rows: UnitRow[] = [];
  for (let level = pattern.floorFrom; level <= pattern.floorTo; level++) {
    if (level === 0) continue;
    for (let n = pattern.unitFrom; n <= pattern.unitTo; n++) {
      const number = String(n).padStart(2, '0');
      rows.push({ level, code: `${pattern.prefix}${level > 0 ? `${level}${number}` : `${floorLabel(level)}-${number}`}`, area: pattern.area, use: pattern.use });
    }
  }
  return rows;
}

/**
 * Adds units to a building, one by one or as a block of floors and units, creating the floors they need: all of
 * them in one transaction, or none when any row is refused (a code twice in the request, or already on its floor).
 */
export async function addUnits(db: Db, actor: SiteActor, buildingId: string, input: AddUnitsInput): Promise<{ floors: number; units: number }> {
  const rows = input.pattern ? expandUnitPattern(input.pattern) : input.rows!;
  const field = (index: number) => (input.pattern ? 'pattern' : `rows.${index}.code`);
  return db.transaction(async (tx) => {
    const { site } = await findBuilding(tx, buildingId);
    await assertMayManageSite(tx, actor, site);
    // Floors of the building, locked so that two requests adding the same floor's units wait for one another.
    const levels = [...new Set(rows.map((r) => r.level))];
    const existing = await tx.select().from(siteFloors).where(eq(siteFloors.buildingId, buildingId)).for('update');
    const missing = levels.filter((level) => !existing.some((f) => f.level === level));
    const created = missing.length
      ? await tx
          .insert(siteFloors)
          .values(missing.map((level) => ({ buildingId, level, label: floorLabel(level) })))
          .onConflictDoNothing()
          .returning()
      : [];
    const floors = [...existing, ...created];
    if (floors.length < existing.length + missing.length) {
      floors.push(...(await tx.select().from(siteFloors).where(and(eq(siteFloors.buildingId, buildingId), inArray(siteFloors.level, missing)))));
    }
    const floorOf = new Map(floors.map((f) => [f.level, f.id]));
    const taken = await tx
      .select({ floorId: siteUnits.floorId, code: siteUnits.code })
      .from(siteUnits)
      .where(inArray(siteUnits.floorId, floors.map((f) => f.id)));
    const seen = new Set(taken.map((t) => `${t.floorId}\u0000${t.code}`));
    const problems: FieldError[] = [];
    rows.forEach((row, index) => {
      const key = `${floorOf.get(row.level)}\u0000${row.code}`;
      if (seen.has(key)) problems.push({ field: field(index), message: 'site.unit.codeTaken', params: { code: row.code } });
      seen.add(key);
    });
    if (problems.length) throw invalidInput(problems.slice(0, 20));
    const inserted = await tx
      .insert(siteUnits)
      .values(rows.map((row) => ({ floorId: floorOf.get(row.level)!, code: row.code, area: row.area, use: row.use })))
      .returning({ id: siteUnits.id });
    await recordAudit(tx, actor, {
      entityType: 'site-building',
      entityId: buildingId,
      action: 'add-units',
      after: { floors: missing, units: inserted.length, codes: rows.slice(0, 50).map((r) => r.code) },
    });
    return { floors: missing.length, units: inserted.length };
  });
}
