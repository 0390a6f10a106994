import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { serviceWindows } from './schema.ts';
import type { ServiceWindow } from './schemas.ts';
import { presentWindow } from './window-records.ts';

/** The windows in their order: the active ones for a requester's choice, every one for their administrators. */
export async function listWindows(db: DbOrTx, options: { includeInactive: boolean; locale: Locale }): Promise<ServiceWindow[]> {
  const rows = await db
    .select()
    .from(serviceWindows)
    .where(options.includeInactive ? undefined : eq(serviceWindows.active, true))
    .orderBy(asc(serviceWindows.position), asc(serviceWindows.code));
  return rows.map((row) => presentWindow(row, options.locale));
}
