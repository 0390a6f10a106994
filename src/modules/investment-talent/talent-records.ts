import { and, desc, eq, type SQL } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { teams } from '../../platform/teams/schema.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from '../investment-projects/project-policy.ts';
import { projects } from '../investment-projects/schema.ts';
import { referenceData } from '../reference/reference-data.ts';
import { talentRecords, type TalentRecord } from './schema.ts';
import type { TalentSummary } from './schemas.ts';

/** What the list's search reads: the name, institution and field, in either script. */
export const talentSearchText = (record: Pick<TalentRecord, 'name' | 'institution' | 'field'>) =>
  normalizeKey([record.name, record.institution, record.field].filter(Boolean).join(' '));

const summaryColumns = {
  id: talentRecords.id,
  name: talentRecords.name,
  kind: talentRecords.kind,
  field: talentRecords.field,
  industryCode: talentRecords.industryCode,
  institution: talentRecords.institution,
  currentCity: talentRecords.currentCity,
  needs: talentRecords.needs,
  teamId: talentRecords.teamId,
  teamName: teams.name,
  ownerId: talentRecords.ownerId,
  ownerName: users.displayName,
  nextFollowUpOn: talentRecords.nextFollowUpOn,
  stage: talentRecords.stage,
  stageEnteredAt: talentRecords.stageEnteredAt,
  landedOn: talentRecords.landedOn,
  createdAt: talentRecords.createdAt,
};

/** Talent records with their team's and owner's names, in the reader's language; newest change first by default. */
export async function readTalent(
  db: DbOrTx,
  where: SQL | undefined,
  locale: Locale,
  page?: { limit: number; offset: number; order?: SQL[] },
): Promise<TalentSummary[]> {
  const query = db
    .select(summaryColumns)
    .from(talentRecords)
    .leftJoin(teams, eq(teams.id, talentRecords.teamId))
    .leftJoin(users, eq(users.id, talentRecords.ownerId))
    .where(where)
    .orderBy(...(page?.order ?? [desc(talentRecords.updatedAt), desc(talentRecords.id)]));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const names = rows.some((row) => row.industryCode) ? (await referenceData(db)).localized(locale) : null;
  return rows.map((row) => ({ ...row, industryName: row.industryCode ? (names?.industryName(row.industryCode) ?? null) : null }));
}

/** The project, when the user sees it (the projects' own policy); null for none, a missing one or another team's. */
export async function visibleLinkedProject(db: DbOrTx, user: ProjectUser, projectId: string | null) {
  if (!projectId || !user.permissions.includes('project.read')) return null;
  const scope = await projectScopeOf(db, user);
  const [project] = await db
    .select({ id: projects.id, name: projects.name, stage: projects.stage })
    .from(projects)
    .where(and(eq(projects.id, projectId), visibleProjects(scope)));
  return project ?? null;
}
