import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.ts';
import type { BrokerQueue } from './schemas.ts';

/** Entries of each list shown on the home card; the counts are of all of them. */
const SHOWN = 5;

/**
 * What the operator must act on, oldest first: introductions still waiting for an owner's decision (asked for by a
 * party, or proposed by the operator), to follow up with whoever has not decided; deals registered (技术合同登记)
 * that only the operator can confirm as completed, from the day they were registered (they wait on the operator, so
 * waiting to stall would hide them); and open deals before registration (意向 to 签约) where nothing happened, no stage
 * move and no message on the thread, for `config.market.dealStallDays` days (MARKET_DEAL_STALL_DAYS). One query each,
 * the count with the entries.
 */
export async function readBrokerQueue(ctx: Pick<AppContext, 'db' | 'config'>, now = new Date()): Promise<BrokerQueue> {
  const stallDays = ctx.config.market.dealStallDays;
  const [waiting, registered, stalled] = await Promise.all([
    ctx.db.execute<{ id: string; origin: 'request' | 'proposal'; created_at: Date; listing_id: string; listing_title: string; party_id: string; party_name: string; total: number }>(sql`
      SELECT i.id, i.origin, i.created_at, l.id AS listing_id, l.title AS listing_title, p.id AS party_id, p.name AS party_name,
             count(*) OVER ()::int AS total
      FROM introductions i
      JOIN listings l ON l.id = i.listing_id
      JOIN enterprises p ON p.id = i.party_id
      WHERE i.state = 'requested'
      ORDER BY i.created_at, i.id
      LIMIT ${SHOWN}`),
    ctx.db.execute<{ id: string; listing_id: string; listing_title: string; seller_name: string; buyer_name: string; registered_at: Date; total: number }>(sql`
      SELECT d.id, l.id AS listing_id, l.title AS listing_title, seller.name AS seller_name, buyer.name AS buyer_name,
             registration.at AS registered_at, count(*) OVER ()::int AS total
      FROM deals d
      JOIN listings l ON l.id = d.listing_id
      JOIN enterprises seller ON seller.id = d.seller_id
      JOIN enterprises buyer ON buyer.id = d.buyer_id
      CROSS JOIN LATERAL (
        SELECT coalesce(max(t.at), d.updated_at) AS at
        FROM workflow_transitions t
        WHERE t.record_kind = 'deal' AND t.record_id = d.id::text AND t.to_state = 'registered'
      ) registration
      WHERE d.state = 'registered'
      ORDER BY registration.at, d.id
      LIMIT ${SHOWN}`),
    ctx.db.execute<{ id: string; state: 'intent' | 'negotiation' | 'signed'; listing_id: string; listing_title: string; seller_name: string; buyer_name: string; last_activity_at: Date; total: number }>(sql`
      SELECT d.id, d.state, l.id AS listing_id, l.title AS listing_title, seller.name AS seller_name, buyer.name AS buyer_name,
             activity.at AS last_activity_at, count(*) OVER ()::int AS total
      FROM deals d
      JOIN listings l ON l.id = d.listing_id
      JOIN enterprises seller ON seller.id = d.seller_id
      JOIN enterprises buyer ON buyer.id = d.buyer_id
      CROSS JOIN LATERAL (
        SELECT greatest(
          d.created_at,
          (SELECT max(t.at) FROM workflow_transitions t WHERE t.record_kind = 'deal' AND t.record_id = d.id::text),
          (SELECT max(m.created_at) FROM deal_messages m WHERE m.deal_id = d.id)
        ) AS at
      ) activity
      WHERE d.state IN ('intent', 'negotiation', 'signed')
        AND activity.at < ${now.toISOString()}::timestamptz - make_interval(days => ${stallDays})
      ORDER BY activity.at, d.id
      LIMIT ${SHOWN}`),
  ]);
  return {
    introductions: {
      total: waiting.rows[0]?.total ?? 0,
      items: waiting.rows.map((row) => ({
        id: row.id,
        origin: row.origin,
        createdAt: new Date(row.created_at),
        listing: { id: row.listing_id, title: row.listing_title },
        party: { id: row.party_id, name: row.party_name },
      })),
    },
    awaitingCompletion: {
      total: registered.rows[0]?.total ?? 0,
      items: registered.rows.map((row) => ({
        id: row.id,
        listing: { id: row.listing_id, title: row.listing_title },
        seller: row.seller_name,
        buyer: row.buyer_name,
        registeredAt: new Date(row.registered_at),
      })),
    },
    stalledDeals: {
      stallDays,
      total: stalled.rows[0]?.total ?? 0,
      items: stalled.rows.map((row) => ({
        id: row.id,
        state: row.state,
        listing: { id: row.listing_id, title: row.listing_title },
        seller: row.seller_name,
        buyer: row.buyer_name,
        lastActivityAt: new Date(row.last_activity_at),
      })),
    },
  };
}
