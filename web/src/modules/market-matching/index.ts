// The panels other modules' pages host.
export { DemandsForListing } from './DemandsForListing.tsx';
export { ListingsForDemand } from './ListingsForDemand.tsx';
export { LiveMatchPreview } from './LiveMatchPreview.tsx';
export type { DemandDraft } from './api.ts';
