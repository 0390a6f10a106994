import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { Tx } from '../../../platform/db/connection.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import type { WorkflowActor } from '../../../platform/workflow/workflow.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { createLeadWithin } from '../../investment-leads/create-lead.ts';
import { leads } from '../../investment-leads/schema.ts';
import { competitionEditions, competitionEntries, competitionPhaseResults, competitionPhases, type CompetitionRound } from '../schema.ts';
import '../results/results-messages.ts';

export interface LeadOffer {
  /** The officer who owns the new leads; null puts them in the pool. */
  ownerId: string | null;
  /** The team that keeps them, whose members see them; checked by `resolveLeadOffer`. */
  teamId: string | null;
  nextFollowUpOn: string | null;
}

/**
 * Offers every entry of a round (not only the winners; all but the withdrawn) to the investment module as a lead,
 * inside the caller's transaction: a new lead through the leads module's own create, with the competition as its
 * source and the edition, round and rank the entry reached in its note, or the open lead its enterprise already has
 * (linked, not doubled). An entry already linked is left as it is, so that offering twice offers nothing new.
 * Returns how many leads were created and how many entries were linked to an existing one.
 */
export async function offerEntriesAsLeads(tx: Tx, actor: WorkflowActor & { id: string }, round: CompetitionRound, offer: LeadOffer, locale: Locale): Promise<{ created: number; linked: number }> {
  const entries = await tx
    // A merged organisation's entry becomes a lead of the record it was merged into (merges keep one level).
    .select({ id: competitionEntries.id, number: competitionEntries.number, enterpriseId: sql<string>`coalesce(${enterprises.mergedIntoId}, ${enterprises.id})` })
    .from(competitionEntries)
    .innerJoin(enterprises, eq(enterprises.id, competitionEntries.enterpriseId))
    .where(and(eq(competitionEntries.roundId, round.id), ne(competitionEntries.state, 'withdrawn'), isNull(competitionEntries.leadId)))
    .orderBy(asc(competitionEntries.number))
    .for('update', { of: competitionEntries });
  if (!entries.length) return { created: 0, linked: 0 };
  const [edition] = await tx.select({ name: competitionEditions.name }).from(competitionEditions).where(eq(competitionEditions.id, round.editionId));
  const ranks = await furthestRanks(
    tx,
    entries.map((entry) => entry.id),
  );
  let created = 0;
  let linked = 0;
  for (const entry of entries) {
    const [open] = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.enterpriseId, entry.enterpriseId), eq(leads.status, 'open')))
      .orderBy(asc(leads.createdAt), asc(leads.id))
      .limit(1);
    let leadId = open?.id;
    if (leadId) linked += 1;
    else {
      const rank = ranks.get(entry.id);
      const sourceNote = translate(locale, rank ? 'competition.results.leadNote' : 'competition.results.leadNoteUnranked', {
        edition: edition!.name,
        round: round.name,
        number: entry.number,
        phase: rank ? translate(locale, `competition.results.phaseKind.${rank.kind}`) : '',
        rank: rank?.rank ?? '',
      });
      leadId = await createLeadWithin(
        tx,
        actor,
        { enterpriseId: entry.enterpriseId, source: 'competition', sourceNote, priority: 'normal', nextFollowUpOn: offer.nextFollowUpOn, inPool: offer.ownerId === null },
        { ownerId: offer.ownerId, teamId: offer.teamId },
      );
      created += 1;
    }
    await tx.update(competitionEntries).set({ leadId, updatedAt: new Date() }).where(eq(competitionEntries.id, entry.id));
    await recordAudit(tx, actor, { entityType: 'competitionEntry', entityId: entry.id, action: 'offerAsLead', after: { leadId, linkedToOpenLead: Boolean(open) } });
  }
  return { created, linked };
}

/** Each entry's rank in the furthest phase it has a ranked result of (the final's before the roadshow's before the review's). */
async function furthestRanks(tx: Tx, entryIds: string[]): Promise<Map<string, { kind: string; rank: number }>> {
  const rows = await tx
    .select({ entryId: competitionPhaseResults.entryId, kind: competitionPhases.kind, rank: competitionPhaseResults.rank, closedAt: competitionPhases.closedAt })
    .from(competitionPhaseResults)
    .innerJoin(competitionPhases, eq(competitionPhases.id, competitionPhaseResults.phaseId))
    .where(inArray(competitionPhaseResults.entryId, entryIds))
    .orderBy(desc(competitionPhases.closedAt));
  const ranks = new Map<string, { kind: string; rank: number }>();
  for (const row of rows) if (row.rank !== null && !ranks.has(row.entryId)) ranks.set(row.entryId, { kind: row.kind, rank: row.rank });
  return ranks;
}
