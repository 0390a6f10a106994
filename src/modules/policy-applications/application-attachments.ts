import type { AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../platform/auth/plugin.ts';
import type { Db } from '../../platform/db/connection.ts';
import { applicationScopeOf, visibleApplicationIds } from './application-policy.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive as text from any caller; one that is no uuid names no application and must not reach a uuid column. */
async function readable(db: Db, user: RequestUser, recordIds: readonly string[]): Promise<ReadonlySet<string>> {
  const ids = recordIds.filter((id) => uuid.test(id)).map((id) => id.toLowerCase());
  const found = await visibleApplicationIds(db, applicationScopeOf(user), ids);
  return new Set(recordIds.filter((id) => found.has(id.toLowerCase())));
}

/**
 * The files of an application: the enterprise's required files (营业执照, 审计报告) and the office's payment voucher.
 * Both sides read them; the enterprise adds its own, the staff who review or pay add theirs.
 */
export const policyApplicationAttachmentKind: AttachmentKind = {
  kind: 'policy-application',
  mediaTypes: [
    'image/jpeg',
    'image/png',
    'image/webp',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  maxBytes: 20 * 1024 * 1024,
  policy: {
    canRead: readable,
    canAttach: (db, user, recordIds) =>
      user.permissions.some((permission) => ['policyApplication.apply', 'policyApplication.review', 'policyPayout.record'].includes(permission))
        ? readable(db, user, recordIds)
        : Promise.resolve(new Set()),
  },
};
