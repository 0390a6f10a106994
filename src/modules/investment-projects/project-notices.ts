import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';

/** The path of a project in the web app, for notices. */
export const projectLink = (id: string) => `/projects/${id}`;

/** Tells people of a project, in the transaction that decides it: `project.notice.<what>` with the project's name. */
export async function notifyProject(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  what: 'stalled',
  project: { id: string; name: string },
  userIds: readonly string[],
  params: Record<string, string | number> = {},
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await notify(tx, ctx, {
    userIds: unique,
    kind: `project.${what}`,
    message: `project.notice.${what}`,
    params: { project: project.name, ...params },
    link: projectLink(project.id),
    record: { kind: 'project', id: project.id },
  });
}
