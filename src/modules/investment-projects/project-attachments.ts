import { and, inArray, notInArray } from 'drizzle-orm';
import type { AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from './project-policy.ts';
import { projects } from './schema.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Of the ids, those of projects the user sees (and, for attaching, works and that are not terminated). */
async function projectIdsFor(db: DbOrTx, user: ProjectUser, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  // Ids arrive as text from any caller; one that is no uuid names no project, and must not reach a uuid column.
  const ids = recordIds.filter((id) => uuid.test(id));
  if (!ids.length || !user.permissions.includes('project.read')) return new Set();
  if (options.attaching && !user.permissions.includes('project.work')) return new Set();
  const scope = await projectScopeOf(db, user);
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(inArray(projects.id, ids), visibleProjects(scope), options.attaching ? notInArray(projects.stage, ['terminated']) : undefined));
  const found = new Set(rows.map((row) => row.id.toLowerCase()));
  return new Set(recordIds.filter((id) => found.has(id.toLowerCase())));
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
