import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { nameColumns } from '../../platform/i18n/localized-name.ts';
import { auditedCategory, presentCategory } from './category-records.ts';
import { serviceCategories } from './schema.ts';
import type { CategoryInput, CategoryView } from './schemas.ts';

/** Adds a category; a code already taken answers 409. */
export async function createCategory(db: DbOrTx, actor: Actor, input: CategoryInput, locale: Locale): Promise<CategoryView> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(serviceCategories)
      .values({ code: input.code, ...nameColumns(input.names), description: input.description, marketWindow: input.marketWindow, active: input.active, position: input.position })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('serviceCategory.codeTaken');
    await recordAudit(tx, actor, { entityType: 'service-category', entityId: row.code, action: 'create', after: auditedCategory(row) });
    return presentCategory(row, locale);
  });
}
