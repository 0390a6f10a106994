import { and, arrayOverlaps, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { AppError, invalidInput, type FieldError } from '../../platform/http/errors.ts';
import { teams } from '../../platform/teams/schema.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { creditProblems, type CreditShare } from './credit-rules.ts';
import { findVisibleProject, projectScopeOf } from './project-policy.ts';
import { maySetCredits, readProjectCredits, setCreditsOf } from './read-project-credits.ts';
import { projectCredits } from './schema.ts';
import type { ProjectCredits, SetCreditsInput } from './schemas.ts';

/** Who may be credited: members of staff who work projects (not organisations' accounts, operators or agents). */
const staffRoles = ['admin', 'leader', 'officer'];

/** Shares naming users who are not active staff, or teams that do not exist or are archived: 400 on each. */
async function unknownHolders(tx: Tx, shares: readonly CreditShare[]): Promise<FieldError[]> {
  const userIds = shares.flatMap((s) => (s.userId ? [s.userId] : []));
  const teamIds = shares.flatMap((s) => (s.teamId ? [s.teamId] : []));
  const [staff, liveTeams] = await Promise.all([
    userIds.length
      ? tx
          .select({ id: users.id })
          .from(users)
          .where(and(inArray(users.id, userIds), eq(users.disabled, false), arrayOverlaps(users.roles, staffRoles)))
      : [],
    teamIds.length ? tx.select({ id: teams.id }).from(teams).where(and(inArray(teams.id, teamIds), isNull(teams.archivedAt))) : [],
  ]);
  const known = new Set([...staff.map((u) => `user:${u.id}`), ...liveTeams.map((t) => `team:${t.id}`)]);
  return shares.flatMap((share, index) => {
    const key = share.userId ? `user:${share.userId}` : `team:${share.teamId}`;
    return known.has(key) ? [] : [{ field: `credits.${index}`, message: share.userId ? 'project.credit.userUnknown' : 'project.credit.teamUnknown' }];
  });
}

/**
 * Replaces a project's credit as a whole, in one transaction with its audit event (the shares before and after):
 * a project the user sees (404 otherwise), set by its manager, its team's lead or an administrator or leader (403);
 * shares each of one officer or team, none twice, known, summing to exactly 100 (400 naming each). An empty list
 * goes back to the default rule.
 */
export async function setProjectCredits(db: Db, actor: WorkflowActor & { id: string }, id: string, input: SetCreditsInput): Promise<ProjectCredits> {
  await db.transaction(async (tx) => {
    const scope = await projectScopeOf(tx, actor);
    const project = await findVisibleProject(tx, scope, id, { lock: true });
    if (!(await maySetCredits(tx, actor, project))) throw new AppError(403, 'project.credit.mayNotSet');
    const shares: CreditShare[] = input.credits.map((c) => ({ userId: c.userId ?? null, teamId: c.teamId ?? null, percent: c.percent }));
    const problems: FieldError[] = shares.length ? creditProblems(shares) : [];
    if (problems.length) throw invalidInput(problems);
    const unknown = await unknownHolders(tx, shares);
    if (unknown.length) throw invalidInput(unknown);
    const before = (await setCreditsOf(tx, [id])).get(id) ?? [];
    await tx.delete(projectCredits).where(eq(projectCredits.projectId, id));
    if (shares.length) await tx.insert(projectCredits).values(shares.map((share) => ({ projectId: id, ...share })));
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'set-credits', before: { credits: before }, after: { credits: shares } });
  });
  return readProjectCredits(db, actor, id);
}
