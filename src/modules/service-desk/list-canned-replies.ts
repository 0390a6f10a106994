import { asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { teams } from '../../platform/teams/schema.ts';
import type { RequestScope } from './request-policy.ts';
import { serviceCannedReplies } from './schema.ts';
import type { CannedReplyView } from './schemas.ts';

/** The canned replies a caller may insert: an agent the global ones and their teams'; a reader of all, every one. */
export async function listCannedReplies(db: DbOrTx, scope: RequestScope): Promise<CannedReplyView[]> {
  const condition =
    scope.kind === 'all'
      ? undefined
      : scope.kind === 'agent' && scope.teams.teamIds.length
        ? or(isNull(serviceCannedReplies.teamId), inArray(serviceCannedReplies.teamId, [...scope.teams.teamIds]))
        : isNull(serviceCannedReplies.teamId);
  const rows = await db
    .select({ reply: serviceCannedReplies, teamName: teams.name })
    .from(serviceCannedReplies)
    .leftJoin(teams, eq(teams.id, serviceCannedReplies.teamId))
    .where(condition)
    .orderBy(asc(teams.name), asc(serviceCannedReplies.title));
  return rows.map(({ reply, teamName }) => ({ id: reply.id, teamId: reply.teamId, teamName, title: reply.title, body: reply.body }));
}
