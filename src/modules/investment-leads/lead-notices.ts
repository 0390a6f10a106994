import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leadSubject } from './lead-workflow.ts';
import { leads } from './schema.ts';

/** The path of a lead in the web app, for notices. */
export const leadLink = (id: string) => `/leads/${id}`;

/** Tells people of a move on a lead, in the move's transaction: `lead.notice.<what>` with the enterprise's name. */
export async function notifyLead(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  what: 'assigned' | 'poolWarning' | 'returned',
  leadId: string,
  userIds: readonly string[],
  params: Record<string, string | number> = {},
): Promise<void> {
  if (!userIds.length) return;
  const [row] = await tx
    .select({ enterpriseName: enterprises.name })
    .from(leads)
    .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
    .where(eq(leads.id, leadId));
  await notify(tx, ctx, {
    userIds,
    kind: `lead.${what}`,
    message: `lead.notice.${what}`,
    params: { enterprise: row?.enterpriseName ?? '', ...params },
    link: leadLink(leadId),
    record: { kind: leadSubject.kind, id: leadId },
  });
}
