import { z } from 'zod';
import { text } from '../http/schemas.ts';
import { teamRoles } from './schema.ts';

/** Optional free text: blank means absent. */
const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable();

const day = z.iso.date().describe('A China calendar day, YYYY-MM-DD');

export const teamSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  location: z.string().nullable(),
  description: z.string().nullable(),
  archived: z.boolean(),
  lead: z.object({ id: z.uuid(), displayName: z.string() }).nullable().describe('The lead on the day asked about'),
  memberCount: z.number().int().describe('Members, the lead included, on the day asked about'),
});

export const teamMembershipSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(teamRoles),
  startsOn: z.string(),
  endsOn: z.string().nullable().describe('Last day, included; null until further notice'),
  status: z.enum(['current', 'coming', 'past']).describe('Relative to the day asked about'),
});

export const teamSchema = teamSummarySchema.omit({ lead: true, memberCount: true }).extend({ memberships: teamMembershipSchema.array() });

export const teamListQuery = z.object({
  day: day.optional().describe("Whose membership counts: today's (Beijing) unless given"),
  includeArchived: z.stringbool().optional().default(false),
});

export const teamDayQuery = z.object({ day: day.optional() });

export const createTeamBody = z.object({
  name: text(100).min(1),
  location: optionalText(100).optional(),
  description: optionalText(2000).optional(),
});

export const updateTeamBody = createTeamBody.partial().extend({ archived: z.boolean().optional().describe('Archive, or bring back') });

export const addTeamMemberBody = z.object({
  userId: z.uuid(),
  role: z.enum(teamRoles).default('member'),
  startsOn: day,
  endsOn: day.nullable().default(null),
});

export const changeTeamMembershipBody = z.object({
  role: z.enum(teamRoles).optional(),
  startsOn: day.optional(),
  endsOn: day.nullable().optional().describe('Set the last day to end a membership; null reopens it'),
});

export const membershipParams = z.object({ id: z.uuid(), membershipId: z.uuid() });

export const myTeamSchema = z.object({ id: z.uuid(), name: z.string(), role: z.enum(teamRoles) });

/** A calendar year of targets: from the first year anyone would plan to a decade ahead. */
const targetYear = z.coerce.number().int().min(2000).max(2100);
export const teamYearParams = z.object({ id: z.uuid(), year: targetYear });
export const teamTargetsQuery = z.object({ year: targetYear.optional().describe('Default: this year (Beijing)') });

export const teamTargetSchema = z.object({
  measure: z.string(),
  label: z.string(),
  unit: z.enum(['count', 'wan']),
  target: z.number().nullable(),
  progress: z.number(),
  share: z.number().nullable().describe('progress ÷ target; null without a target'),
});
export const teamTargetsSchema = z.object({ year: z.number().int(), targets: teamTargetSchema.array() });
export const setTeamTargetsBody = z.object({
  targets: z
    .record(z.string().max(64), z.number().min(0).max(1e9).nullable())
    .describe('By measure: a number sets the target, null removes it; measures left out keep theirs'),
});
