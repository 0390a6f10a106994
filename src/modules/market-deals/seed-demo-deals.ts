import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connection.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { demands, listings, type ListingRow } from '../market/schema.ts';
import { dealSubject, dealWorkflow } from './deal-workflow.ts';
import { dealMessages, deals, introductions, type DealState, type DeclineReason } from './schema.ts';

type Outcome = { state: 'requested' } | { state: 'declined'; reason: DeclineReason; text?: string } | { state: 'accepted'; stage: DealState };

/** The outcomes dealt in turn to the demo introductions, so that every stage and every reason appears. */
const outcomes: Outcome[] = [
  { state: 'accepted', stage: 'completed' },
  { state: 'requested' },
  { state: 'accepted', stage: 'intent' },
  { state: 'declined', reason: 'benefit-unclear' },
  { state: 'accepted', stage: 'negotiation' },
  { state: 'declined', reason: 'price' },
  { state: 'accepted', stage: 'signed' },
  { state: 'declined', reason: 'stage-too-early' },
  { state: 'accepted', stage: 'registered' },
  { state: 'declined', reason: 'already-solved' },
  { state: 'accepted', stage: 'closed' },
  { state: 'declined', reason: 'other', text: '我方技术路线近期调整，暂不对外合作' },
];

/** The party-building system's buyers through the market: four signed, one still negotiating. */
const partyBuildingStages: DealState[] = ['completed', 'completed', 'registered', 'signed', 'negotiation'];

const path: DealState[] = ['intent', 'negotiation', 'signed', 'registered', 'completed'];
const actionInto: Partial<Record<DealState, string>> = { negotiation: 'negotiate', signed: 'sign', registered: 'register', completed: 'complete' };
const operatorName = '技术市场运营';
const day = 24 * 60 * 60 * 1000;

/** How many demo introductions at most, over the published demands. */
const demoIntroductions = 36;

interface Pair {
  listing: ListingRow;
  demand: { id: string; ownerId: string; title: string } | null;
  partyId: string;
  outcome: Outcome;
}

async function seedPair(tx: Tx, pair: Pair, index: number): Promise<void> {
  const start = new Date(Date.now() - (40 + (index % 20) * 3) * day);
  const at = (days: number) => new Date(start.getTime() + days * day);
  const { outcome } = pair;
  const origin = index % 4 === 3 && pair.demand ? 'proposal' : 'request';
  const [introduction] = await tx
    .insert(introductions)
    .values({
      listingId: pair.listing.id,
      demandId: pair.demand?.id ?? null,
      partyId: pair.partyId,
      origin,
      state: outcome.state,
      message: pair.demand ? `我们的需求「${pair.demand.title}」与贵方成果相关，希望进一步沟通。` : '希望了解该成果的转化条件。',
      listingAcceptedAt: outcome.state === 'accepted' ? at(2) : null,
      // Asking with a demand is its owner's consent; a proposal's demand owner consents by accepting.
      demandAcceptedAt: pair.demand && (origin === 'request' || outcome.state === 'accepted') ? at(origin === 'request' ? 0 : 1) : null,
      declineReason: outcome.state === 'declined' ? outcome.reason : null,
      declineText: outcome.state === 'declined' ? (outcome.text ?? null) : null,
      decidedAt: outcome.state === 'requested' ? null : at(2),
      createdAt: at(0),
      updatedAt: at(2),
    })
    .returning();
  if (outcome.state !== 'accepted') return;

  const stages = outcome.stage === 'closed' ? path.slice(0, 2) : path.slice(0, path.indexOf(outcome.stage) + 1);
  const amountWan = pair.listing.priceWan ?? 30 + (index % 9) * 15;
  const signedOn = at(12).toISOString().slice(0, 10);
  const reached = (state: DealState) => outcome.stage === state || (outcome.stage !== 'closed' && path.indexOf(outcome.stage) > path.indexOf(state));
  const [deal] = await tx
    .insert(deals)
    .values({
      introductionId: introduction!.id,
      listingId: pair.listing.id,
      demandId: pair.demand?.id ?? null,
      sellerId: pair.listing.ownerId,
      buyerId: pair.partyId,
      state: outcome.stage,
      // Demo deals carry the contract's facts but no file: the seed has no file storage to write to.
      amountWan: reached('signed') ? amountWan : null,
      signedOn: reached('signed') ? signedOn : null,
      mode: reached('signed') ? (pair.listing.modes[0] ?? '转让') : null,
      registrationNumber: reached('registered') ? `2026370271${String(100000 + index).slice(1)}` : null,
      closeReason: outcome.stage === 'closed' ? '双方未就许可范围达成一致' : null,
      createdAt: at(2),
      updatedAt: at(2 + stages.length * 5),
    })
    .returning();
  const evidenceOf: Partial<Record<string, unknown>> = {
    sign: { amountWan, signedOn, mode: pair.listing.modes[0] ?? '转让' },
    register: { registrationNumber: deal!.registrationNumber },
    close: { reason: deal!.closeReason },
  };
  const moves = stages.map((state, step) => ({ from: step === 0 ? null : stages[step - 1]!, to: state, action: step === 0 ? 'start' : actionInto[state]! }));
  if (outcome.stage === 'closed') moves.push({ from: 'negotiation', to: 'closed', action: 'close' });
  await tx.insert(workflowTransitions).values(
    moves.map((move, step) => ({
      workflow: dealWorkflow.name,
      recordKind: dealSubject.kind,
      recordId: deal!.id,
      fromState: move.from,
      toState: move.to,
      action: move.action,
      actorId: null,
      actorName: operatorName,
      evidence: evidenceOf[move.action] ?? null,
      at: at(2 + step * 5),
    })),
  );
  if (outcome.stage === 'intent') return;
  await tx.insert(dealMessages).values([
    { dealId: deal!.id, authorName: '需求方联系人', side: 'buyer', body: '请提供中试数据和授权方式的详细说明。', createdAt: at(8) },
    { dealId: deal!.id, authorName: '成果方联系人', side: 'seller', body: '资料已整理，下周可安排现场演示。', createdAt: at(9) },
    { dealId: deal!.id, authorName: operatorName, side: 'operator', body: '演示时间已确认，技术市场派专员陪同。', createdAt: at(10) },
  ]);
}

/**
 * Introductions and deals at every stage over the published listings and demands already seeded (the market's
 * demo data, before this module), chosen deterministically by title; and, if a party-building (党建) system is
 * listed, its buyers through the market. Without published listings it does nothing.
 */
export async function seedDemoDeals(tx: Tx): Promise<void> {
  const published = await tx.select().from(listings).where(eq(listings.state, 'published')).orderBy(asc(listings.title), asc(listings.id));
  if (published.length === 0) return;
  const openDemands = await tx
    .select({ id: demands.id, ownerId: demands.ownerId, title: demands.title })
    .from(demands)
    .where(eq(demands.state, 'published'))
    .orderBy(asc(demands.title), asc(demands.id));
  // Pairs with an introduction open already (none on a first start) are left as they are.
  const open = await tx.select({ listingId: introductions.listingId, partyId: introductions.partyId }).from(introductions).where(inArray(introductions.state, ['requested', 'accepted']));
  const taken = new Set(open.map((row) => `${row.listingId} ${row.partyId}`));
  const pairs: Pair[] = [];
  const add = (pair: Pair) => {
    const key = `${pair.listing.id} ${pair.partyId}`;
    if (taken.has(key) || pair.listing.ownerId === pair.partyId) return false;
    taken.add(key);
    pairs.push(pair);
    return true;
  };

  const partyBuilding = published.find((listing) => listing.title.includes('党建'));
  if (partyBuilding) {
    const buyers = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(and(eq(enterprises.kind, 'company'), isNull(enterprises.mergedIntoId), ne(enterprises.id, partyBuilding.ownerId)))
      .orderBy(asc(enterprises.name), asc(enterprises.id))
      .limit(partyBuildingStages.length);
    buyers.forEach((buyer, index) => add({ listing: partyBuilding, demand: null, partyId: buyer.id, outcome: { state: 'accepted', stage: partyBuildingStages[index]! } }));
  }

  openDemands.slice(0, demoIntroductions).forEach((demand, index) => {
    // A spread of listings for the demands, the same on every seed; the next one along if it is the demander's own.
    for (let step = 0; step < published.length; step++) {
      const listing = published[(index * 7 + step) % published.length]!;
      if (add({ listing, demand, partyId: demand.ownerId, outcome: outcomes[index % outcomes.length]! })) break;
    }
  });
  for (const [index, pair] of pairs.entries()) await seedPair(tx, pair, index);
}
