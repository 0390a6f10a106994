import { eq } from 'drizzle-orm';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { demands, listings } from './schema.ts';

/** A merged-away organisation's listings and demands belong to the surviving record, inside the merge. */
export const mergeMarketOwners: EnterpriseMergeStep = async (tx, { survivorId, duplicateId }) => {
  await tx.update(listings).set({ ownerId: survivorId }).where(eq(listings.ownerId, duplicateId));
  await tx.update(demands).set({ ownerId: survivorId }).where(eq(demands.ownerId, duplicateId));
};
