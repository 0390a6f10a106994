import { enterpriseUserIds } from '../../platform/auth/enterprise-users.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { policyApplicationSubject } from './application-workflow.ts';
import type { PolicyApplication } from './schema.ts';

/** The path of an application in the web app, for notices. */
export const applicationLink = (id: string) => `/policy-applications/${id}`;

/** Tells the enterprise's users (the one who acts excepted) of a step of its application, inside the write's transaction. */
export async function tellApplicant(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  application: Pick<PolicyApplication, 'id' | 'number' | 'enterpriseId'>,
  actorId: string | null,
  notice: { kind: string; message: string; params?: Record<string, string> },
): Promise<void> {
  const audience = (await enterpriseUserIds(tx, application.enterpriseId)).filter((userId) => userId !== actorId);
  await tellAbout(tx, ctx, application, audience, notice);
}

/** Tells the given users of an application (staff: a new submission, a late one), inside the write's transaction. */
export async function tellAbout(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  application: Pick<PolicyApplication, 'id' | 'number'>,
  userIds: readonly string[],
  notice: { kind: string; message: string; params?: Record<string, string> },
): Promise<void> {
  await notify(tx, ctx, {
    userIds,
    kind: notice.kind,
    message: notice.message,
    params: { number: application.number, ...notice.params },
    link: applicationLink(application.id),
    record: { kind: policyApplicationSubject.kind, id: application.id },
  });
}
