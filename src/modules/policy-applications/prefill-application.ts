import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import { forbidden } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { applicableItem, openApplicationOf } from './create-application.ts';
import { readApplicationSnapshot } from './read-application-snapshot.ts';
import type { prefillSchema } from './schemas.ts';
import type { z } from 'zod';

/**
 * What the apply form shows before anything is written: the item with its required files, the user's enterprise as
 * the master record has it (the figures the item reads), the amount it would get, and the application already
 * under way for the item, if any.
 */
export async function prefillApplication(db: Db, actor: WorkflowActor, itemId: string): Promise<z.infer<typeof prefillSchema>> {
  if (!actor.enterpriseId) throw forbidden();
  const { item, policy } = await applicableItem(db, itemId);
  const { snapshot, suggestedAmountWan } = await readApplicationSnapshot(db, actor.enterpriseId, item, chinaToday());
  return {
    item: { id: item.id, title: item.title, policyId: policy.id, policyTitle: policy.title, requiredFiles: item.requiredFiles },
    snapshot,
    suggestedAmountWan,
    openApplicationId: await openApplicationOf(db, actor.enterpriseId, item.id),
  };
}
