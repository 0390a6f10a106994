import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Judgement } from '../matching/io/records.ts';
import { deals, introductions, type DeclineReason } from './schema.ts';

/**
 * The grade a decided introduction gives its (demand, listing) pair, in the scale of fixtures/match-dev/qrels.jsonl:
 * - 3: accepted and the deal reached 签约 or later (signed, registered, completed): it solved the problem;
 * - 2: accepted (a deal at 意向 or 洽谈, or closed before signing): relevant, as both owners agreed to talk;
 * - 1: declined as stage-too-early or price: the technology answers the problem, but not at this maturity or
 *   price, which the engine's structured fit should weigh (marginal: not counted by Recall@10 or MRR);
 * - 0: declined as benefit-unclear or already-solved: the listing does not serve this demand (now).
 * Declined as `other` says nothing the engine can learn from and is left out, as are introductions still waiting
 * and those without a demand (a request to a listing with no demand names no query to judge).
 */
export const declineGrades: Record<DeclineReason, number | null> = {
  'stage-too-early': 1,
  price: 1,
  'benefit-unclear': 0,
  'already-solved': 0,
  other: null,
};
const signedStates = new Set(['signed', 'registered', 'completed']);

/** Every decided introduction about a demand as a judgement, the best grade where a pair was introduced twice. */
export async function introductionJudgements(db: DbOrTx): Promise<Judgement[]> {
  const rows = await db
    .select({ demand: introductions.demandId, listing: introductions.listingId, state: introductions.state, reason: introductions.declineReason, dealState: deals.state })
    .from(introductions)
    .leftJoin(deals, eq(deals.introductionId, introductions.id))
    .where(and(isNotNull(introductions.demandId), inArray(introductions.state, ['accepted', 'declined'])))
    .orderBy(asc(introductions.demandId), asc(introductions.listingId));
  const grades = new Map<string, Judgement>();
  for (const row of rows) {
    const grade = row.state === 'accepted' ? (row.dealState && signedStates.has(row.dealState) ? 3 : 2) : declineGrades[row.reason ?? 'other'];
    if (grade === null || !row.demand) continue;
    const key = `${row.demand} ${row.listing}`;
    if ((grades.get(key)?.grade ?? -1) < grade) grades.set(key, { demand: row.demand, listing: row.listing, grade });
  }
  return [...grades.values()];
}
