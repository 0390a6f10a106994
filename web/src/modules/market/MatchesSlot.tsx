import type { DemandBody } from './api.ts';

// Where the matching panels go. They are built in web/src/modules/market-matching and wired in here; until then
// each slot shows nothing, and the pages around them do not change when they arrive.

/** On the demand form: the best listings for the demand as it is being written (the body the form would send). */
export function DemandDraftMatchesSlot(_props: { draft: DemandBody }) {
  return null;
}

/** On a demand's page: the listings that match it. */
export function DemandMatchesSlot(_props: { demandId: string }) {
  return null;
}

/** On a listing's page: the technology and capital demands that match it. */
export function ListingMatchesSlot(_props: { listingId: string }) {
  return null;
}
