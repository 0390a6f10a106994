import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';

/** An open request of an enterprise, as another module words it for the linked person's home card. */
export interface OpenRequest {
  enterpriseId: string;
  reference: string;
  title: string;
  /** Its state, worded in the reader's language. */
  state: string;
  openedAt: Date;
  /** Its page in the app, when the reader may open it; null otherwise. */
  path: string | null;
}

/**
 * The extension point through which a module that keeps enterprises' requests (service windows, the service desk)
 * lists the open ones of the given enterprises, without this module importing it: the composition
 * (`src/server/modules.ts`) hands the providers to `keyEnterprisesModule`. A linked person reads them because of
 * their link; the provider decides which ones open for them (`path`).
 */
export type OpenRequestsProvider = (
  db: DbOrTx,
  query: { enterpriseIds: readonly string[]; reader: { id: string; permissions: readonly Permission[] }; locale: Locale },
) => Promise<OpenRequest[]>;
