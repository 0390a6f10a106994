import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getTalent } from './get-talent.ts';
import { linkableProject } from './link-project.ts';
import { talentRecords, type TalentRecord } from './schema.ts';
import type { TalentDetail, UpdateTalentInput } from './schemas.ts';
import { assertOwner, resolveTalentIndustry } from './talent-details.ts';
import { findVisibleTalent, mayNotWorkTalent, mayWorkTalent, talentScopeOf } from './talent-policy.ts';
import { talentSearchText } from './talent-records.ts';

/** Changes a record's details, owner, linked project or next follow-up: whoever works it, unless ended (409). */
export async function updateTalent(db: Db, actor: WorkflowActor & { id: string }, id: string, input: UpdateTalentInput, locale: Locale): Promise<TalentDetail> {
  await db.transaction(async (tx) => {
    const day = chinaToday();
    const scope = await talentScopeOf(tx, actor, day);
    const record = await findVisibleTalent(tx, scope, id, { lock: true });
    if (!mayWorkTalent(actor, scope, record)) throw mayNotWorkTalent();
    if (record.stage === 'ended') throw conflict('talent.ended');
    if (input.ownerId !== undefined && input.ownerId !== record.ownerId) await assertOwner(tx, actor.id, input.ownerId, record.teamId, day);
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<TalentRecord>;
    const changes: Partial<TalentRecord> = {
      ...given,
      ...(input.industryCode !== undefined ? { industryCode: (await resolveTalentIndustry(tx, input.industryCode)) ?? null } : {}),
      ...(input.projectId !== undefined ? { projectId: (await linkableProject(tx, actor, input.projectId)) ?? null } : {}),
    };
    if (!Object.keys(changes).length) return;
    const searchText = talentSearchText({ ...record, ...changes });
    await tx
      .update(talentRecords)
      .set({ ...changes, searchText, updatedAt: new Date() })
      .where(eq(talentRecords.id, id));
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, record[key as keyof TalentRecord]]));
    await recordAudit(tx, actor, { entityType: 'talent', entityId: id, action: 'update', before, after: changes });
  });
  return getTalent(db, actor, id, locale);
}
