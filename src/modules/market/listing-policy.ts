import { marketPolicy } from './market-policy.ts';
import { listings } from './schema.ts';

/** Who sees and edits which listings (科技成果): the market's shared rules, with the listing permissions. */
export const listingPolicy = marketPolicy('listing', listings);
