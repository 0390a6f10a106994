import { asc, desc, inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { teams } from '../../platform/teams/schema.ts';
import { effectiveCredits, type CreditShare } from './credit-rules.ts';
import { findVisibleProject, projectScopeOf, type ProjectUser } from './project-policy.ts';
import { projectCredits, type Project } from './schema.ts';
import type { ProjectCredits } from './schemas.ts';

/** The shares set on projects (none for a project credited by the default rule), by project, largest first. */
export async function setCreditsOf(db: DbOrTx, projectIds: readonly string[]): Promise<Map<string, CreditShare[]>> {
  const byProject = new Map<string, CreditShare[]>();
  if (!projectIds.length) return byProject;
  const rows = await db
    .select({ projectId: projectCredits.projectId, userId: projectCredits.userId, teamId: projectCredits.teamId, percent: projectCredits.percent })
    .from(projectCredits)
    .where(inArray(projectCredits.projectId, [...projectIds]))
    .orderBy(asc(projectCredits.projectId), desc(projectCredits.percent), asc(projectCredits.id));
  for (const { projectId, ...share } of rows) byProject.set(projectId, [...(byProject.get(projectId) ?? []), share]);
  return byProject;
}

/**
 * Whether the user sets the project's credit: administrators and leaders (`project.credit`), its manager, and the
 * lead of its team that day.
 */
export async function maySetCredits(db: DbOrTx, user: ProjectUser, project: Pick<Project, 'managerId' | 'teamId'>, day: string = chinaToday()): Promise<boolean> {
  if (user.permissions.includes('project.credit') || project.managerId === user.id) return true;
  if (!project.teamId) return false;
  return (await membershipsOn(db, day, { teamIds: [project.teamId], userIds: [user.id], role: 'lead' })).length > 0;
}

/** Names of users and teams by id. */
export async function holderNames(db: DbOrTx, userIds: readonly string[], teamIds: readonly string[]) {
  const [userRows, teamRows] = await Promise.all([
    userIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...userIds])) : [],
    teamIds.length ? db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, [...teamIds])) : [],
  ]);
  return { users: new Map(userRows.map((u) => [u.id, u.name])), teams: new Map(teamRows.map((t) => [t.id, t.name])) };
}

/** A visible project's credit as it stands (404 for any other), named, with whether it is the default and the user may set it. */
export async function readProjectCredits(db: DbOrTx, user: ProjectUser, id: string): Promise<ProjectCredits> {
  const scope = await projectScopeOf(db, user);
  const project = await findVisibleProject(db, scope, id);
  const set = (await setCreditsOf(db, [id])).get(id) ?? [];
  const shares = effectiveCredits(set, project);
  const names = await holderNames(
    db,
    shares.flatMap((s) => (s.userId ? [s.userId] : [])),
    shares.flatMap((s) => (s.teamId ? [s.teamId] : [])),
  );
  return {
    credits: shares.map((share) => ({
      ...share,
      name: (share.userId ? names.users.get(share.userId) : names.teams.get(share.teamId!)) ?? '',
    })),
    isDefault: set.length === 0,
    maySet: await maySetCredits(db, user, project),
  };
}
