import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { findEditionToChange, readEditionDetail } from './competition-records.ts';
import { competitionTracks } from './schema.ts';
import type { EditionDetail } from './schemas.ts';

/** Removes a track while the edition is a draft; once open, entrants may have chosen it. */
export async function deleteTrack(db: Db, actor: Actor, editionId: string, trackId: string, locale: Locale): Promise<EditionDetail> {
  await db.transaction(async (tx) => {
    const edition = await findEditionToChange(tx, editionId);
    const [track] = await tx.delete(competitionTracks).where(and(eq(competitionTracks.id, trackId), eq(competitionTracks.editionId, editionId))).returning();
    if (!track) throw notFound();
    if (edition.state !== 'draft') throw new AppError(409, 'competition.track.onlyInDraft');
    await recordAudit(tx, actor, { entityType: 'competitionTrack', entityId: trackId, action: 'delete', before: { name: track.name, editionId } });
  });
  return readEditionDetail(db, editionId, true, locale);
}
