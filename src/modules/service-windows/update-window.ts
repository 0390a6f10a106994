import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { nameColumns } from '../../platform/i18n/localized-name.ts';
import { serviceWindows } from './schema.ts';
import type { ServiceWindow, WindowUpdate } from './schemas.ts';
import { auditedWindow, presentWindow } from './window-records.ts';

/** Renames, describes, reorders, deactivates or reactivates a window; its code stays. */
export async function updateWindow(db: DbOrTx, actor: Actor, code: string, changes: WindowUpdate, locale: Locale): Promise<ServiceWindow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(serviceWindows).where(eq(serviceWindows.code, code)).for('update');
    if (!before) throw notFound();
    const [after] = await tx
      .update(serviceWindows)
      .set({
        ...(changes.names ? nameColumns(changes.names) : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.active !== undefined ? { active: changes.active } : {}),
        ...(changes.position !== undefined ? { position: changes.position } : {}),
        updatedAt: new Date(),
      })
      .where(eq(serviceWindows.code, code))
      .returning();
    await recordAudit(tx, actor, { entityType: 'service-window', entityId: code, action: 'update', before: auditedWindow(before), after: auditedWindow(after!) });
    return presentWindow(after!, locale);
  });
}
