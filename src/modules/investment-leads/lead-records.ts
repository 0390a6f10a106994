import { asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { referenceData } from '../reference/reference-data.ts';
import { returnsToPoolAt, type IdleRule } from './lead-idle.ts';
import { leadFollowUps, leads } from './schema.ts';
import type { LeadSummary } from './schemas.ts';

const owners = alias(users, 'lead_owner');

/** The columns of a lead with its enterprise's, owner's and team's names, for lists and the detail. */
export const leadColumns = {
  id: leads.id,
  enterpriseId: leads.enterpriseId,
  enterpriseName: enterprises.name,
  source: leads.source,
  sourceNote: leads.sourceNote,
  industryCode: leads.industryCode,
  chainSegment: leads.chainSegment,
  ownerId: leads.ownerId,
  ownerName: owners.displayName,
  teamId: leads.teamId,
  teamName: teams.name,
  priority: leads.priority,
  nextFollowUpOn: leads.nextFollowUpOn,
  status: leads.status,
  dropReason: leads.dropReason,
  touchedAt: leads.touchedAt,
  createdAt: leads.createdAt,
};

/** Leads joined with the names they show. */
export function selectLeads(db: DbOrTx) {
  return db
    .select(leadColumns)
    .from(leads)
    .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
    .leftJoin(owners, eq(owners.id, leads.ownerId))
    .leftJoin(teams, eq(teams.id, leads.teamId));
}

type LeadRow = Awaited<ReturnType<ReturnType<typeof selectLeads>['execute']>>[number];

/** Rows as the API gives them: industry named in the reader's language, the day it would return to the pool. */
export async function presentLeads(db: DbOrTx, rows: LeadRow[], locale: Locale, rule: IdleRule): Promise<LeadSummary[]> {
  const names = rows.some((row) => row.industryCode) ? (await referenceData(db)).localized(locale) : null;
  return rows.map((row) => ({
    ...row,
    industryName: row.industryCode ? (names?.industryName(row.industryCode) ?? null) : null,
    returnsToPoolOn: row.ownerId && row.status === 'open' ? chinaDayOf(returnsToPoolAt(row, rule)) : null,
  }));
}

export async function readLeads(db: DbOrTx, where: SQL | undefined, locale: Locale, rule: IdleRule, page?: { limit: number; offset: number; order?: SQL[] }) {
  const query = selectLeads(db)
    .where(where)
    .orderBy(...(page?.order ?? [desc(leads.touchedAt), desc(leads.id)]));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return presentLeads(db, rows, locale, rule);
}

export async function readLead(db: DbOrTx, id: string, locale: Locale, rule: IdleRule): Promise<LeadSummary> {
  const [lead] = await readLeads(db, eq(leads.id, id), locale, rule);
  return lead!;
}

export async function readFollowUps(db: DbOrTx, leadIds: string[]) {
  if (!leadIds.length) return [];
  return db
    .select()
    .from(leadFollowUps)
    .where(inArray(leadFollowUps.leadId, leadIds))
    .orderBy(desc(leadFollowUps.happenedOn), desc(leadFollowUps.createdAt), asc(leadFollowUps.id));
}
