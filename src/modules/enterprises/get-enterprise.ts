import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { readEnterprise } from './enterprise-records.ts';
import { assertVisible, type EnterpriseScope } from './enterprise-scope.ts';
import type { Enterprise } from './schemas.ts';

/** One enterprise; a merged-away record is returned too, with `mergedIntoId` telling where it lives on. */
export async function getEnterprise(db: DbOrTx, scope: EnterpriseScope, id: string): Promise<Enterprise> {
  assertVisible(scope, id);
  const enterprise = await readEnterprise(db, id);
  if (!enterprise) throw notFound();
  return enterprise;
}
