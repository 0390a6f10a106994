import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { conflict, invalidInput, notFound } from '../../platform/http/errors.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { industries } from '../reference/schema.ts';
import { marketFields, type MarketField } from './schema.ts';

export interface MarketFieldChanges {
  name?: string;
  nameEn?: string;
  industryCode?: string | null;
  position?: number;
  active?: boolean;
}

async function checkIndustry(db: DbOrTx, code: string | null | undefined) {
  if (!code) return;
  const [row] = await db.select({ code: industries.code }).from(industries).where(eq(industries.code, code));
  if (!row) throw invalidInput([{ field: 'industryCode', message: 'market.industryUnknown' }]);
}

/**
 * Creates a field (no id) or changes one; deactivating is a change of `active`. A name that is another field's in
 * either script answers 409 market.fieldNameTaken.
 */
export async function saveMarketField(db: DbOrTx, actor: Actor, id: string | null, changes: MarketFieldChanges): Promise<MarketField> {
  try {
    return await db.transaction(async (tx) => {
      await checkIndustry(tx, changes.industryCode);
      const values = { ...changes, ...(changes.name !== undefined ? { nameKey: normalizeKey(changes.name) } : {}) };
      if (id === null) {
        const [created] = await tx
          .insert(marketFields)
          .values({ name: changes.name!, nameEn: changes.nameEn!, ...values, nameKey: normalizeKey(changes.name!) })
          .returning();
        await recordAudit(tx, actor, { entityType: 'marketField', entityId: created!.id, action: 'create', after: created });
        return created!;
      }
      const [before] = await tx.select().from(marketFields).where(eq(marketFields.id, id)).for('update');
      if (!before) throw notFound();
      const [after] = await tx.update(marketFields).set({ ...values, updatedAt: new Date() }).where(eq(marketFields.id, id)).returning();
      await recordAudit(tx, actor, { entityType: 'marketField', entityId: id, action: 'update', before, after });
      return after!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'market_fields_name_key_unique')) throw conflict('market.fieldNameTaken');
    throw error;
  }
}
