import { and, eq, ne } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { checkIndustryCodes } from './check-competition-input.ts';
import { findEditionToChange, readEditionDetail } from './competition-records.ts';
import { competitionTracks } from './schema.ts';
import type { EditionDetail, TrackInput } from './schemas.ts';

/** Adds a track to the edition (trackId null) or changes one of its tracks; names are unique within the edition. */
export async function saveTrack(db: Db, actor: Actor, editionId: string, trackId: string | null, input: TrackInput, locale: Locale): Promise<EditionDetail> {
  const values = { name: input.name, industryCodes: [...new Set(input.industryCodes)] };
  await db.transaction(async (tx) => {
    await findEditionToChange(tx, editionId);
    const [before] = trackId
      ? await tx.select().from(competitionTracks).where(and(eq(competitionTracks.id, trackId), eq(competitionTracks.editionId, editionId)))
      : [];
    if (trackId && !before) throw notFound();
    const [sameName] = await tx
      .select({ id: competitionTracks.id })
      .from(competitionTracks)
      .where(and(eq(competitionTracks.editionId, editionId), eq(competitionTracks.name, values.name), trackId ? ne(competitionTracks.id, trackId) : undefined));
    if (sameName) throw invalidInput([{ field: 'name', message: 'competition.track.nameTaken' }]);
    await checkIndustryCodes(tx, values.industryCodes);
    if (before) {
      await tx.update(competitionTracks).set(values).where(eq(competitionTracks.id, before.id));
      await recordAudit(tx, actor, { entityType: 'competitionTrack', entityId: before.id, action: 'update', before: { name: before.name, industryCodes: before.industryCodes }, after: values });
    } else {
      const [created] = await tx.insert(competitionTracks).values({ ...values, editionId }).returning();
      await recordAudit(tx, actor, { entityType: 'competitionTrack', entityId: created!.id, action: 'create', after: { ...values, editionId } });
    }
  });
  return readEditionDetail(db, editionId, true, locale);
}
