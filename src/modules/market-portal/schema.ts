import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { listings } from '../market/schema.ts';

/**
 * How often each listing's page was opened, one row per listing and Beijing day: the first step of the listing's
 * funnel. A view is one UPSERT of its day's row, so counting costs no growing table and no read.
 */
export const listingDailyViews = pgTable(
  'listing_daily_views',
  {
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.day] }), check('listing_daily_views_views_check', sql`${t.views} >= 0`)],
);
