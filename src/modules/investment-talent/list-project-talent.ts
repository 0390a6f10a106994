import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { findVisibleProject, projectScopeOf } from '../investment-projects/project-policy.ts';
import { talentRecords } from './schema.ts';
import type { TalentSummary } from './schemas.ts';
import { talentScopeOf, visibleTalent, type TalentUser } from './talent-policy.ts';
import { readTalent } from './talent-records.ts';

/** The talent records that come with a project, those the user sees; 404 for a project the user does not see. */
export async function listProjectTalent(db: DbOrTx, user: TalentUser, projectId: string, locale: Locale): Promise<TalentSummary[]> {
  await findVisibleProject(db, await projectScopeOf(db, user), projectId);
  const scope = await talentScopeOf(db, user);
  return readTalent(db, and(eq(talentRecords.projectId, projectId), visibleTalent(scope)), locale, { limit: 50, offset: 0, order: [asc(talentRecords.name), asc(talentRecords.id)] });
}
