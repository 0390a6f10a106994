import { and, inArray } from 'drizzle-orm';
import { recordIdsFound, type AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../platform/auth/plugin.ts';
import type { Db } from '../../platform/db/connection.ts';
import { visiblePolicies } from './policy-access.ts';
import { policies } from './schema.ts';

/** Of the ids, those of policies the user sees; for attaching, only when they manage policies. */
async function policyIdsFor(db: Db, user: RequestUser, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  const reads = user.permissions.includes('policy.read') || user.permissions.includes('policy.browse');
  if (!reads || (options.attaching && !user.permissions.includes('policy.manage'))) return new Set();
  return recordIdsFound(recordIds, async (ids) => {
    const rows = await db.select({ id: policies.id }).from(policies).where(and(inArray(policies.id, ids), visiblePolicies(user)));
    return rows.map((row) => row.id);
  });
}

/** A policy's original files (the signed 文件 as PDF, its annexes and forms): staff add them, its readers download them. */
export const policyAttachmentKind: AttachmentKind = {
  kind: 'policy',
  mediaTypes: [
    'application/pdf',
    'image/png',
    'image/jpeg',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  maxBytes: 30 * 1024 * 1024,
  policy: {
    canRead: (db, user, recordIds) => policyIdsFor(db, user, recordIds, { attaching: false }),
    canAttach: (db, user, recordIds) => policyIdsFor(db, user, recordIds, { attaching: true }),
  },
};
