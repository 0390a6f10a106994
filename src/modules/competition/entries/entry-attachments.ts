import { and, eq, inArray } from 'drizzle-orm';
import { recordIdsFound, type AttachmentKind, type AttachmentPolicy } from '../../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../../platform/auth/plugin.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { entryIdsJudgedBy } from '../judging/judge-records.ts';
import { competitionEntries } from '../schema.ts';

const pdf = 'application/pdf';
const pptx = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Of the entry ids, those the user reads: every entry for the competition's readers; otherwise an entrant's own, and
 * a judge's assigned entries free of conflict.
 */
function readableEntries(db: Db, user: RequestUser, recordIds: readonly string[]): Promise<ReadonlySet<string>> {
  return recordIdsFound(recordIds, async (ids) => {
    const mine = user.permissions.includes('competition.read') ? undefined : eq(competitionEntries.entrantUserId, user.id);
    const rows = await db.select({ id: competitionEntries.id }).from(competitionEntries).where(and(inArray(competitionEntries.id, ids), mine));
    const judged = user.permissions.includes('competition.judge') ? await entryIdsJudgedBy(db, user.id, ids) : [];
    return [...rows.map((row) => row.id), ...judged];
  });
}

/** The entrant files them with the form; afterwards only the organisers add or remove one. */
const entryFilePolicy: AttachmentPolicy = {
  canRead: readableEntries,
  canAttach: (db, user, recordIds) => (user.permissions.includes('competition.manage') ? readableEntries(db, user, recordIds) : Promise.resolve(new Set())),
};

/** An entry's business plan (商业计划书), a PDF. */
export const businessPlanKind: AttachmentKind = { kind: 'competition-plan', mediaTypes: [pdf], maxBytes: 20 * 1024 * 1024, policy: entryFilePolicy };

/** An entry's pitch deck (路演材料), a PDF or PowerPoint file. */
export const pitchDeckKind: AttachmentKind = { kind: 'competition-deck', mediaTypes: [pdf, pptx], maxBytes: 50 * 1024 * 1024, policy: entryFilePolicy };

/** The files of the registration form, by the form's field name. */
export const entryFileKinds = { businessPlan: businessPlanKind, pitchDeck: pitchDeckKind } as const;
export type EntryFileField = keyof typeof entryFileKinds;
