import { recordIdsFound, type AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../platform/auth/plugin.ts';
import type { Db } from '../../platform/db/connection.ts';
import { applicationScopeOf, visibleApplicationIds } from './application-policy.ts';

/** Of the ids, those of applications the user reads. */
function readable(db: Db, user: RequestUser, recordIds: readonly string[]): Promise<ReadonlySet<string>> {
  return recordIdsFound(recordIds, (ids) => visibleApplicationIds(db, applicationScopeOf(user), ids));
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
