import type { Db } from '../../../platform/db/connection.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../../platform/workflow/workflow.ts';
import { findEdition, findRoundOf } from '../competition-records.ts';
import { resolveLeadOffer } from '../results/lead-owners.ts';
import type { LeadOfferInput } from '../results/results-schemas.ts';
import { offerEntriesAsLeads } from './offer-entries-as-leads.ts';

/**
 * Offers a closed round's entries as leads again, for those not yet leads (registered by the organisers after the
 * closing, or whose lead was deleted): the closing's own offer, idempotent.
 */
export async function offerRoundAsLeads(db: Db, actor: WorkflowActor & { id: string }, editionId: string, roundId: string, offer: LeadOfferInput, locale: Locale) {
  return db.transaction(async (tx) => {
    await findEdition(tx, editionId);
    const round = await findRoundOf(tx, editionId, roundId);
    if (round.state !== 'closed') throw new AppError(409, 'competition.results.roundOpen');
    return offerEntriesAsLeads(tx, actor, round, await resolveLeadOffer(tx, offer), locale);
  });
}
