import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { resolveTeam } from '../investment-projects/create-project.ts';
import { getTalent } from './get-talent.ts';
import { linkableProject } from './link-project.ts';
import { talentRecords } from './schema.ts';
import type { CreateTalentInput, TalentDetail } from './schemas.ts';
import { assertOwner, resolveTalentIndustry } from './talent-details.ts';
import { talentScopeOf } from './talent-policy.ts';
import { talentSearchText } from './talent-records.ts';
import { talentSubject, talentWorkflow } from './talent-workflow.ts';

/**
 * Creates a talent record at 接触, kept by the given team (one of the creator's that day, unless they read all) or
 * the creator's first, owned by the creator or a member of that team, linked to a project the creator sees.
 * Refused, nothing is written.
 */
export async function createTalent(db: Db, actor: WorkflowActor & { id: string }, input: CreateTalentInput, locale: Locale): Promise<TalentDetail> {
  const day = chinaToday();
  const id = await db.transaction(async (tx) => {
    const scope = await talentScopeOf(tx, actor, day);
    const teamId = await resolveTeam(tx, scope, input.teamId, null);
    const ownerId = input.ownerId ?? actor.id;
    await assertOwner(tx, actor.id, ownerId, teamId, day);
    const values = {
      name: input.name,
      kind: input.kind,
      field: input.field ?? null,
      industryCode: (await resolveTalentIndustry(tx, input.industryCode)) ?? null,
      institution: input.institution ?? null,
      currentCity: input.currentCity ?? null,
      needs: input.needs,
      needsNote: input.needsNote ?? null,
      contacts: input.contacts,
      teamId,
      ownerId,
      projectId: (await linkableProject(tx, actor, input.projectId)) ?? null,
      nextFollowUpOn: input.nextFollowUpOn ?? null,
    };
    const [record] = await tx
      .insert(talentRecords)
      .values({ ...values, searchText: talentSearchText(values), stage: talentWorkflow.initial, createdById: actor.id })
      .returning({ id: talentRecords.id });
    const started = await startWorkflow(tx, talentWorkflow, talentSubject, { recordId: record!.id, actor });
    await tx.update(talentRecords).set({ stageEnteredAt: started.at }).where(eq(talentRecords.id, record!.id));
    await recordAudit(tx, actor, { entityType: talentSubject.kind, entityId: record!.id, action: 'create', after: values });
    return record!.id;
  });
  return getTalent(db, actor, id, locale);
}
