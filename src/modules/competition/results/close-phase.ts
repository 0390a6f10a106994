import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { Db, Tx } from '../../../platform/db/connection.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../../platform/workflow/workflow.ts';
import { findEditionToChange, inRunningOrder } from '../competition-records.ts';
import { findPhaseOf } from '../judging/judge-records.ts';
import { offerEntriesAsLeads } from '../landing/offer-entries-as-leads.ts';
import { competitionPhaseResults, competitionPhases, competitionRounds } from '../schema.ts';
import { resolveLeadOffer } from './lead-owners.ts';
import { rankPhase } from './phase-ranking.ts';
import type { ClosePhaseInput } from './results-schemas.ts';

/**
 * Closes a phase: ranks its entries by the method (the phase's own unless the organiser chose another, then kept as
 * the phase's), stores each entry's value, rank, whether it advances by the phase's rule and how the value was
 * computed, and stamps the phase closed; refused (409) when already closed or while an earlier phase is open.
 * Closing the round's last open phase closes the round and offers every entry of it as a lead, in the same
 * transaction. Audited.
 */
export async function closePhase(db: Db, actor: WorkflowActor & { id: string }, ids: PhaseIds, input: ClosePhaseInput, locale: Locale) {
  await db.transaction((tx) => closePhaseWithin(tx, actor, ids, input, locale));
}

type PhaseIds = { editionId: string; roundId: string; phaseId: string };

/** `closePhase` inside the caller's transaction (the demo data closes its roadshows so). */
export async function closePhaseWithin(tx: Tx, actor: WorkflowActor & { id: string }, ids: PhaseIds, input: ClosePhaseInput, locale: Locale) {
  await findEditionToChange(tx, ids.editionId);
  const { round, phase } = await findPhaseOf(tx, ids.editionId, ids.roundId, ids.phaseId, { lock: true });
  if (phase.closedAt) throw new AppError(409, 'competition.results.alreadyClosed');
  const phases = inRunningOrder(await tx.select().from(competitionPhases).where(eq(competitionPhases.roundId, round.id)));
  const position = phases.findIndex((candidate) => candidate.id === phase.id);
  if (phases.slice(0, position).some((earlier) => earlier.closedAt === null)) throw new AppError(409, 'competition.results.earlierPhaseOpen');
  const leadOffer = await resolveLeadOffer(tx, input);

  const method = input.method ?? phase.aggregation;
  const { aggregates, ranking, advancement } = await rankPhase(tx, phase, method);
  const ranks = new Map(ranking.ranked.map((entry) => [entry.entryId, entry.rank]));
  const advancing = new Set(advancement?.advancing.map((entry) => entry.entryId));
  if (aggregates.length) {
    await tx.insert(competitionPhaseResults).values(
      aggregates.map(({ entryId, ...aggregate }) => ({ phaseId: phase.id, entryId, value: aggregate.value, rank: ranks.get(entryId) ?? null, advanced: advancing.has(entryId), aggregate })),
    );
  }
  const closedAt = new Date();
  await tx.update(competitionPhases).set({ closedAt, aggregation: method }).where(eq(competitionPhases.id, phase.id));
  await recordAudit(tx, actor, {
    entityType: 'competitionPhase',
    entityId: phase.id,
    action: 'close',
    before: { aggregation: phase.aggregation },
    after: { aggregation: method, ranked: ranking.ranked.length, unranked: ranking.unranked.length, advancing: advancing.size, tieAtCut: advancement?.tieAtCut ?? null },
  });

  const lastOpen = phases.every((candidate) => candidate.id === phase.id || candidate.closedAt !== null);
  if (lastOpen) {
    await tx.update(competitionRounds).set({ state: 'closed', updatedAt: closedAt }).where(eq(competitionRounds.id, round.id));
    const offered = await offerEntriesAsLeads(tx, actor, round, leadOffer, locale);
    await recordAudit(tx, actor, { entityType: 'competitionRound', entityId: round.id, action: 'close', before: { state: round.state }, after: { state: 'closed', leads: offered } });
  }
}
