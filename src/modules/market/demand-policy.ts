import { marketPolicy, type MarketReader } from './market-policy.ts';
import { demands, type DemandRow } from './schema.ts';

/** Who sees and edits which demands (需求表): the market's shared rules, with the demand permissions. */
export const demandPolicy = marketPolicy('demand', demands);

/**
 * Whether the reader may read a demand's confidential details: its owner's users and the reviewers only. Every
 * response carrying a demand is made by presentDemand, which asks this; introductions will add the parties whose
 * introduction the owner accepted, here.
 */
export function confidentialDetailsVisibleTo(reader: MarketReader, demand: Pick<DemandRow, 'ownerId'>): boolean {
  return demandPolicy.isReviewer(reader) || demandPolicy.owns(reader, demand);
}
