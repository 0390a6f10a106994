import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { findImport } from './find-import.ts';

/** The state of an import and its progress, for the uploader to poll. */
export async function getImport(db: DbOrTx, user: SessionUser, id: string, locale: Locale) {
  const { uploadedBy: _uploadedBy, error, ...record } = await findImport(db, user, id);
  return { ...record, ...(error ? { error: translate(locale, error) } : {}) };
}
