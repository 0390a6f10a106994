import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { requestScopeOf } from './request-policy.ts';
import { readRequestDetail } from './request-records.ts';
import type { RequestDetail } from './schemas.ts';

/** One request with its thread and history, for a caller the policy lets see it. */
export async function getRequest(db: DbOrTx, actor: WorkflowActor & { id: string }, id: string, locale: Locale): Promise<RequestDetail> {
  return readRequestDetail(db, await requestScopeOf(db, actor), actor, id, locale);
}
