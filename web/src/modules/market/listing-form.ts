import type { Listing, ListingBody, Maturity, Patent, TransactionMode } from './api.ts';
import { amountOrNull, contactValues, toContacts, toKeywords, type ContactValues } from './record-form.ts';

/**
 * The listing form's values. The price is two controls: 面议 (to be negotiated) or an amount in 万元; the API keeps
 * one field, where null is 面议.
 */
export interface ListingFormValues {
  ownerId?: string;
  title: string;
  summary: string;
  details?: string;
  fieldId?: string | null;
  keywords?: string[];
  maturity?: Maturity | null;
  trl?: number | null;
  patents?: Partial<Patent>[];
  modes?: TransactionMode[];
  priceNegotiable: boolean;
  priceWan?: number | null;
  contacts?: ContactValues[];
}

/** The body for creating a listing (with the owner, which only reviewers name) or changing a draft (without). */
export function toListingBody(values: ListingFormValues, options: { includeOwner: boolean }): ListingBody {
  return {
    ...(options.includeOwner && values.ownerId ? { ownerId: values.ownerId } : {}),
    title: values.title.trim(),
    summary: values.summary.trim(),
    details: (values.details ?? '').trim(),
    fieldId: values.fieldId ?? null,
    keywords: toKeywords(values.keywords),
    maturity: values.maturity ?? null,
    trl: amountOrNull(values.trl),
    patents: (values.patents ?? [])
      .filter((patent): patent is Patent => Boolean(patent.number?.trim() && patent.type && patent.status))
      .map((patent) => ({ number: patent.number.trim(), type: patent.type, status: patent.status })),
    modes: values.modes ?? [],
    priceWan: values.priceNegotiable ? null : amountOrNull(values.priceWan),
    contacts: toContacts(values.contacts),
  };
}

/** A saved listing as the form shows it for editing. */
export function listingFormValues(listing: Listing): ListingFormValues {
  return {
    ownerId: listing.owner.id,
    title: listing.title,
    summary: listing.summary,
    details: listing.details,
    fieldId: listing.field?.id ?? null,
    keywords: listing.keywords,
    maturity: listing.maturity,
    trl: listing.trl,
    patents: listing.patents,
    modes: listing.modes,
    priceNegotiable: listing.priceWan === null,
    priceWan: listing.priceWan,
    contacts: contactValues(listing.contacts),
  };
}

export const emptyListingForm: ListingFormValues = { title: '', summary: '', priceNegotiable: true, keywords: [], patents: [], modes: [], contacts: [] };
