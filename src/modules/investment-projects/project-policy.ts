import { and, eq, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { teamScopeAllows, teamScopeCondition, teamScopeOf, type TeamScope } from '../../platform/teams/team-scope.ts';
import { projects, type Project } from './schema.ts';

/** A member of staff as the project policy sees them. */
export interface ProjectUser {
  id: string;
  permissions: readonly Permission[];
}

/**
 * The projects a user sees on a China day (today by default): every one with project.readAll; otherwise those of the
 * teams they belong to that day and those they manage. There is no pool: a project always has its team or manager.
 */
export function projectScopeOf(db: DbOrTx, user: ProjectUser, day: string = chinaToday()): Promise<TeamScope> {
  return teamScopeOf(db, user, user.permissions.includes('project.readAll'), day);
}

/** The condition on projects that keeps the rows in the scope; undefined when all are. */
export function visibleProjects(scope: TeamScope): SQL | undefined {
  return teamScopeCondition(scope, { teamId: projects.teamId, ownerId: projects.managerId });
}

export const projectVisibleTo = (scope: TeamScope, project: Pick<Project, 'teamId' | 'managerId'>) =>
  teamScopeAllows(scope, { teamId: project.teamId, ownerId: project.managerId });

/** A project the scope sees, locked for the caller's transaction when asked; 404 exactly like a missing id otherwise. */
export async function findVisibleProject(db: DbOrTx, scope: TeamScope, id: string, options: { lock?: boolean } = {}): Promise<Project> {
  const query = db.select().from(projects).where(and(eq(projects.id, id), visibleProjects(scope)));
  const [project] = options.lock ? await query.for('update') : await query;
  if (!project) throw notFound();
  return project;
}

/** Whether the user works this project (edits it, moves it, records signings): its manager, its team, an administrator. */
export function mayWorkProject(user: ProjectUser, scope: TeamScope, project: Pick<Project, 'teamId' | 'managerId'>): boolean {
  return user.permissions.includes('project.work') && projectVisibleTo(scope, project);
}

/** Visible projects that the user may not work on answer 403, with a reason they can read. */
export const mayNotWorkProject = () => new AppError(403, 'project.mayNotWork');
