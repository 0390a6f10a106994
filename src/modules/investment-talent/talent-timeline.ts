import { sql } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { teamScopeConditionOnDay } from '../../platform/teams/team-scope.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import { talentRecords } from './schema.ts';
import { talentSubject, talentWorkflow } from './talent-workflow.ts';

/**
 * The moves of the talent that landed at an enterprise, on its timeline, for readers of those records only (their
 * teams' that day, their own, every one with talent.readAll): the timeline is open to the enterprise's own users too,
 * who read no talent.
 */
export const talentTimelineSource: TimelineSource = (enterpriseIds, reader) => {
  const visible = reader.permissions.includes('talent.read')
    ? teamScopeConditionOnDay(reader, reader.permissions.includes('talent.readAll'), chinaToday(), { teamId: talentRecords.teamId, ownerId: talentRecords.ownerId })
    : sql`false`;
  return transitionTimelineSource(talentWorkflow, talentSubject, {
    titlePrefix: 'talent.timeline',
    recordIds: (ids) => sql`SELECT ${talentRecords.id}::text FROM ${talentRecords} WHERE ${talentRecords.landedEnterpriseId}::text IN ${ids} AND ${visible ?? sql`true`}`,
  })(enterpriseIds);
};
