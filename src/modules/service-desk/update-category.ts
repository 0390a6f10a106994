import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { nameColumns } from '../../platform/i18n/localized-name.ts';
import { auditedCategory, presentCategory } from './category-records.ts';
import { serviceCategories } from './schema.ts';
import type { CategoryUpdate, CategoryView } from './schemas.ts';

/** Renames, describes, reorders, marks as a market window, deactivates or reactivates a category; its requests and rules keep it either way. */
export async function updateCategory(db: DbOrTx, actor: Actor, code: string, changes: CategoryUpdate, locale: Locale): Promise<CategoryView> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(serviceCategories).where(eq(serviceCategories.code, code)).for('update');
    if (!before) throw notFound();
    const [after] = await tx
      .update(serviceCategories)
      .set({
        ...(changes.names ? nameColumns(changes.names) : {}),
        ...(changes.description === undefined ? {} : { description: changes.description }),
        ...(changes.marketWindow === undefined ? {} : { marketWindow: changes.marketWindow }),
        ...(changes.active === undefined ? {} : { active: changes.active }),
        ...(changes.position === undefined ? {} : { position: changes.position }),
        updatedAt: new Date(),
      })
      .where(eq(serviceCategories.code, code))
      .returning();
    await recordAudit(tx, actor, { entityType: 'service-category', entityId: code, action: 'update', before: auditedCategory(before), after: auditedCategory(after!) });
    return presentCategory(after!, locale);
  });
}
