import type { WorkflowSubject } from '../../platform/workflow/workflow.ts';
import { demandPolicy } from './demand-policy.ts';
import { listingPolicy } from './listing-policy.ts';
import { demandWorkflow, listingWorkflow } from './market-workflow.ts';
import { demands, listings } from './schema.ts';

/** Everything the shared workflow code needs of one kind of market record. */
export const listingKind = {
  kind: 'listing',
  table: listings,
  policy: listingPolicy,
  workflow: listingWorkflow,
  subject: { kind: 'listing', table: listings, id: 'id', state: 'state' } satisfies WorkflowSubject<typeof listings>,
} as const;

export const demandKind = {
  kind: 'demand',
  table: demands,
  policy: demandPolicy,
  workflow: demandWorkflow,
  subject: { kind: 'demand', table: demands, id: 'id', state: 'state' } satisfies WorkflowSubject<typeof demands>,
} as const;

export type MarketRecordKind = typeof listingKind | typeof demandKind;
export const marketKinds = [listingKind, demandKind] as const;
