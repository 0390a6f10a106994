import { and, inArray, notInArray } from 'drizzle-orm';
import { recordIdsFound, type AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from './project-policy.ts';
import { projects } from './schema.ts';

/** Of the ids, those of projects the user sees (and, for attaching, works and that are not terminated). */
async function projectIdsFor(db: DbOrTx, user: ProjectUser, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  if (!user.permissions.includes('project.read')) return new Set();
  if (options.attaching && !user.permissions.includes('project.work')) return new Set();
  return recordIdsFound(recordIds, async (ids) => {
    const scope = await projectScopeOf(db, user);
    const rows = await db
      .select({ id: projects.id })
      .from(projects)
      .where(and(inArray(projects.id, ids), visibleProjects(scope), options.attaching ? notInArray(projects.stage, ['terminated']) : undefined));
    return rows.map((row) => row.id);
  });
}

/** A project's files (agreements, site photos, licences): whoever sees the project reads them, whoever works it adds them. */
export const projectAttachmentKind: AttachmentKind = {
  kind: 'project',
  mediaTypes: [
    'application/pdf',
    'image/png',
    'image/jpeg',
    'image/webp',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  maxBytes: 30 * 1024 * 1024,
  policy: {
    canRead: (db, user, recordIds) => projectIdsFor(db, user, recordIds, { attaching: false }),
    canAttach: (db, user, recordIds) => projectIdsFor(db, user, recordIds, { attaching: true }),
  },
};
