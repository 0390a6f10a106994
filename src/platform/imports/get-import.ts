import type { SessionUser } from '../auth/sessions.ts';
import type { DbOrTx } from '../db/connection.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/messages.ts';
import { findImport } from './find-import.ts';
import type { AnyImportKind } from './import-kind.ts';

/** The state of an import and its progress, for the uploader to poll. */
export async function getImport(db: DbOrTx, kind: AnyImportKind, user: SessionUser, id: string, locale: Locale) {
  const { uploadedBy: _uploadedBy, error, ...record } = await findImport(db, kind, user, id);
  return { ...record, ...(error ? { error: translate(locale, error) } : {}) };
}
