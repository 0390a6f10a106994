import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { nameColumns } from '../../platform/i18n/localized-name.ts';
import { serviceWindows } from './schema.ts';
import type { ServiceWindow, WindowInput } from './schemas.ts';
import { auditedWindow, presentWindow } from './window-records.ts';

export async function createWindow(db: DbOrTx, actor: Actor, input: WindowInput, locale: Locale): Promise<ServiceWindow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(serviceWindows)
      .values({ code: input.code, ...nameColumns(input.names), description: input.description ?? null, active: input.active, position: input.position })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('serviceWindow.codeTaken');
    await recordAudit(tx, actor, { entityType: 'service-window', entityId: row.code, action: 'create', after: auditedWindow(row) });
    return presentWindow(row, locale);
  });
}
