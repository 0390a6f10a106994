import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { ProjectUser } from '../investment-projects/project-policy.ts';
import { visibleLinkedProject } from './talent-records.ts';

/**
 * The project a body links: null to unlink, undefined to leave; otherwise one the actor sees, or 400 on `projectId`
 * alike for a missing project and another team's, so that a link tells nothing of projects the actor cannot see.
 */
export async function linkableProject(db: DbOrTx, actor: ProjectUser, projectId: string | null | undefined): Promise<string | null | undefined> {
  if (!projectId) return projectId;
  const project = await visibleLinkedProject(db, actor, projectId);
  if (!project) throw invalidInput([{ field: 'projectId', message: 'talent.projectNotFound' }]);
  return project.id;
}
