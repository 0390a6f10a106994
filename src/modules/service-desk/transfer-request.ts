import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { AppError, conflict, invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { teams } from '../../platform/teams/schema.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { tellStaff } from './request-notices.ts';
import { requestScopeOf } from './request-policy.ts';
import { findVisibleRequest, readRequestDetail } from './request-records.ts';
import { openStates, serviceRequestSubject } from './request-workflow.ts';
import { serviceRequests } from './schema.ts';
import type { RequestDetail } from './schemas.ts';

/**
 * Hands the work to another team: the request moves to that team's queue and its members that day are told, while
 * its owner stays its owner (首问负责制: the one who accepted answers for it to the end). Only an open request moves.
 */
export async function transferRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  id: string,
  teamId: string,
  locale: Locale,
): Promise<RequestDetail> {
  if (!actor.permissions.includes('serviceRequest.handle')) throw new AppError(403, 'problem.forbidden');
  const scope = await requestScopeOf(db, actor);
  await findVisibleRequest(db, scope, id);
  const [team] = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.id, teamId), isNull(teams.archivedAt)));
  if (!team) throw invalidInput([{ field: 'teamId', message: 'serviceRequest.teamUnavailable' }]);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
    if (!(openStates as readonly string[]).includes(before!.state)) throw conflict('serviceRequest.notOpen');
    if (before!.teamId === team.id) return;
    const [after] = await tx
      .update(serviceRequests)
      .set({ teamId: team.id, updatedAt: new Date() })
      .where(and(eq(serviceRequests.id, id), inArray(serviceRequests.state, [...openStates])))
      .returning();
    await recordAudit(tx, actor, {
      entityType: serviceRequestSubject.kind,
      entityId: id,
      action: 'transfer',
      before: { teamId: before!.teamId },
      after: { teamId: team.id },
    });
    await announceRequestChange(tx, after!, { formerTeamId: before!.teamId });
    const members = await membershipsOn(tx, chinaToday(), { teamIds: [team.id] });
    await tellStaff(
      tx,
      ctx,
      after!,
      members.map((member) => member.userId).filter((userId) => userId !== actor.id),
      { kind: 'service-request.transferred', message: 'serviceRequest.notice.transferred', params: { author: actor.name, team: team.name } },
    );
  });
  return readRequestDetail(db, scope, actor, id, locale);
}
