import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/record-audit.ts';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import { users } from '../../../platform/auth/schema.ts';
import { createUser } from '../../../platform/auth/users.ts';
import type { AttachmentStore } from '../../../platform/attachments/storage.ts';
import { discardStoredFile, insertAttachmentRow } from '../../../platform/attachments/upload-attachment.ts';
import type { Db, Tx } from '../../../platform/db/connection.ts';
import { invalidInput, type FieldError } from '../../../platform/http/errors.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import { enterpriseExists } from '../../enterprises/enterprise-exists.ts';
import { findOrCreateEnterprise } from '../../enterprises/find-or-create-enterprise.ts';
import type { EntrySource } from '../competition-terms.ts';
import { competitionEditions, competitionEntries, competitionRounds, competitionTracks, type CompetitionEntry } from '../schema.ts';
import { nextEntryNumber, placeHolding } from './entry-records.ts';
import { entryProblems } from './entry-problems.ts';
import type { EntryInput } from './entry-schemas.ts';
import type { EntryForm } from './read-entry-form.ts';

/** Who registers: an entrant on the public form, with the account they chose, or an organiser for them. */
export type Registrant = { entrant: { username: string; password: string } } | { organiser: Actor };

export interface Registered {
  entry: CompetitionEntry;
  username: string | null;
}

const lockKey = (tx: Tx, key: string) => tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);

/**
 * Registers an entry in one transaction: the entrant's account (role `entrant`, no organisation on it), its
 * organisation found in the master record or added, the entry with its number, eligible once every check passes, and
 * its two files. Problems come back together as field errors and write nothing. The same idempotency key again
 * answers the entry it registered. Simultaneous registrations wait for the round's row, so its capacity holds, and
 * for the project's key, so an organisation enters a project once per edition.
 */
export async function registerEntry(
  db: Db,
  store: AttachmentStore,
  form: EntryForm<EntryInput>,
  registrant: Registrant,
  source: EntrySource,
): Promise<Registered> {
  const { fields, files } = form;
  try {
    const result = await db.transaction(async (tx) => {
      await lockKey(tx, `competition-entry-key:${fields.idempotencyKey}`);
      const [earlier] = await tx.select().from(competitionEntries).where(eq(competitionEntries.idempotencyKey, fields.idempotencyKey));
      if (earlier) return { registered: await withUsername(tx, earlier), replayed: true };

      const [round] = await tx.select().from(competitionRounds).where(eq(competitionRounds.id, fields.roundId)).for('update');
      if (!round) throw invalidInput([{ field: 'roundId', message: 'competition.entry.roundNotOpen' }]);
      const [edition] = await tx.select().from(competitionEditions).where(eq(competitionEditions.id, round.editionId));
      const [track] = await tx.select({ editionId: competitionTracks.editionId }).from(competitionTracks).where(eq(competitionTracks.id, fields.trackId));
      const [taken] = await tx
        .select({ count: count() })
        .from(competitionEntries)
        .where(and(eq(competitionEntries.roundId, round.id), inArray(competitionEntries.state, placeHolding)));
      await lockKey(tx, `competition-project:${round.editionId}:${normalizeKey(fields.projectName)}`);

      const problems: FieldError[] = [];
      let entrant: { id: string; username: string } | null = null;
      if ('entrant' in registrant) {
        const usernameKey = normalizeKey(registrant.entrant.username);
        await lockKey(tx, `username:${usernameKey}`);
        const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.usernameKey, usernameKey));
        if (holder) problems.push({ field: 'username', message: 'auth.usernameTaken' });
      }
      const actor: Actor = 'organiser' in registrant ? registrant.organiser : { id: null, name: fields.contactName };
      const enterpriseId = await findOrCreateEnterprise(tx, actor, { name: fields.organisationName, creditCode: fields.creditCode });
      const sameProject = (
        await tx
          .select({ number: competitionEntries.number, projectName: competitionEntries.projectName })
          .from(competitionEntries)
          .where(and(eq(competitionEntries.editionId, round.editionId), eq(competitionEntries.enterpriseId, enterpriseId), ne(competitionEntries.state, 'withdrawn')))
      ).find((entry) => normalizeKey(entry.projectName) === normalizeKey(fields.projectName));
      problems.unshift(
        ...entryProblems({
          edition: { id: edition!.id, state: edition!.state },
          round,
          trackEditionId: track?.editionId ?? null,
          placesTaken: taken!.count,
          sameProjectNumber: sameProject?.number ?? null,
        }),
      );
      if (problems.length) throw invalidInput(problems);

      if ('entrant' in registrant) {
        const user = await createUser(
          tx,
          actor,
          { username: registrant.entrant.username, displayName: fields.contactName, password: registrant.entrant.password, roles: ['entrant'] },
          enterpriseExists,
        );
        entrant = { id: user.id, username: user.username };
      }
      const writer: Actor = entrant ? { id: entrant.id, name: fields.contactName } : actor;
      const { roundId: _roundId, creditCode: _creditCode, ...entryFields } = fields;
      const [entry] = await tx
        .insert(competitionEntries)
        .values({
          ...entryFields,
          financingWan: fields.financingWan ?? null,
          contactEmail: fields.contactEmail ?? null,
          editionId: round.editionId,
          roundId: round.id,
          enterpriseId,
          entrantUserId: entrant?.id ?? null,
          number: await nextEntryNumber(tx, edition!.year),
          source,
          state: 'eligible',
        })
        .returning();
      for (const file of Object.values(files)) await insertAttachmentRow(tx, writer, entrant?.id ?? writer.id, entry!.id, file);
      const { idempotencyKey: _key, ...audited } = entry!;
      await recordAudit(tx, writer, { entityType: 'competitionEntry', entityId: entry!.id, action: 'create', after: audited });
      return { registered: { entry: entry!, username: entrant?.username ?? null }, replayed: false };
    });
    if (result.replayed) await discardFiles(store, form);
    return result.registered;
  } catch (error) {
    await discardFiles(store, form);
    throw error;
  }
}

const discardFiles = (store: AttachmentStore, form: EntryForm<unknown>) => Promise.all(Object.values(form.files).map((file) => discardStoredFile(store, file)));

async function withUsername(tx: Tx, entry: CompetitionEntry): Promise<Registered> {
  if (!entry.entrantUserId) return { entry, username: null };
  const [user] = await tx.select({ username: users.username }).from(users).where(eq(users.id, entry.entrantUserId));
  return { entry, username: user?.username ?? null };
}
