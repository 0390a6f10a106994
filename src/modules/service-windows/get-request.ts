import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { readRequestDetail } from './request-records.ts';
import { requestScopeOf } from './request-policy.ts';
import type { RequestDetail } from './schemas.ts';

/** One request with its thread, for a caller the policy lets see it. */
export async function getRequest(db: DbOrTx, actor: WorkflowActor, id: string, locale: Locale): Promise<RequestDetail> {
  return readRequestDetail(db, requestScopeOf(actor), actor, id, locale);
}
