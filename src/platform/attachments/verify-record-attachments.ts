import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { VerifyAttachments } from '../workflow/apply-transition.ts';
import { attachments } from './schema.ts';

/** For a workflow's evidence: the ids that are not live (undeleted) files on this very record. */
export const verifyRecordAttachments: VerifyAttachments = async (db, { recordKind, recordId, attachmentIds }) => {
  const found = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.recordKind, recordKind), eq(attachments.recordId, recordId), inArray(attachments.id, attachmentIds), isNull(attachments.deletedAt)));
  const present = new Set(found.map((row) => row.id));
  return attachmentIds.filter((id) => !present.has(id));
};
