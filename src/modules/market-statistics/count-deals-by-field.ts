import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { fieldName } from '../market/field-names.ts';
import type { MarketField } from '../market/schema.ts';
import type { MonthRange } from './month-range.ts';
import { inRange } from './range-sql.ts';

/** The range's introductions and deals to the listings of one field, step by step, and how each step converted. */
export interface FieldDeals {
  /** Null for listings filed under no field. */
  fieldId: string | null;
  fieldName: string | null;
  introductionsRequested: number;
  introductionsAccepted: number;
  dealsSigned: number;
  dealsCompleted: number;
  /** Of the deals signed in the range, in 万元. */
  contractAmountWan: number;
  /** Accepted of those asked for, in per cent; null when none was asked for. */
  acceptedRate: number | null;
  /** Signed of those accepted, in per cent; null when none was accepted. */
  signedRate: number | null;
  /** Completed of those signed, in per cent; null when none was signed. */
  completedRate: number | null;
}

/** A step's count as a share of the step before, in per cent to one decimal. */
const rate = (count: number, before: number) => (before === 0 ? null : Math.round((count / before) * 1000) / 10);

/**
 * The same events as the market's totals (introductions asked for and accepted, deals signed and completed, each
 * counted in the range it happened in, Beijing time), by the field of the listing they are about, so the fields'
 * rows add up to the totals. Fields with nothing in the range are left out; the list of fields is the settings
 * page's.
 */
export async function countDealsByField(db: DbOrTx, range: MonthRange, fields: readonly MarketField[], locale: Locale): Promise<FieldDeals[]> {
  const [asked, moved] = await Promise.all([
    db.execute<{ field_id: string | null; requested: number; accepted: number }>(sql`
      SELECT l.field_id,
             count(*) FILTER (WHERE ${inRange(sql`i.created_at`, range)})::int AS requested,
             count(*) FILTER (WHERE i.state = 'accepted' AND ${inRange(sql`i.decided_at`, range)})::int AS accepted
      FROM introductions i JOIN listings l ON l.id = i.listing_id
      WHERE ${inRange(sql`i.created_at`, range)} OR ${inRange(sql`i.decided_at`, range)}
      GROUP BY 1`),
    db.execute<{ field_id: string | null; signed: number; completed: number; amount: string | null }>(sql`
      SELECT l.field_id,
             count(*) FILTER (WHERE moved.action = 'sign')::int AS signed,
             count(*) FILTER (WHERE moved.action = 'complete')::int AS completed,
             sum(d.amount_wan) FILTER (WHERE moved.action = 'sign') AS amount
      FROM (
        SELECT DISTINCT record_id, action FROM workflow_transitions
        WHERE record_kind = 'deal' AND action IN ('sign', 'complete') AND ${inRange(sql`at`, range)}
      ) moved
      JOIN deals d ON d.id::text = moved.record_id
      JOIN listings l ON l.id = d.listing_id
      GROUP BY 1`),
  ]);
  const askedOf = new Map(asked.rows.map((row) => [row.field_id, row]));
  const movedOf = new Map(moved.rows.map((row) => [row.field_id, row]));
  return [...fields.map((field) => ({ id: field.id as string | null, name: fieldName(locale, field) })), { id: null, name: null }]
    .map(({ id, name }) => {
      const requested = askedOf.get(id)?.requested ?? 0;
      const accepted = askedOf.get(id)?.accepted ?? 0;
      const signed = movedOf.get(id)?.signed ?? 0;
      const completed = movedOf.get(id)?.completed ?? 0;
      return {
        fieldId: id,
        fieldName: name,
        introductionsRequested: requested,
        introductionsAccepted: accepted,
        dealsSigned: signed,
        dealsCompleted: completed,
        contractAmountWan: Number(movedOf.get(id)?.amount ?? 0),
        acceptedRate: rate(accepted, requested),
        signedRate: rate(signed, accepted),
        completedRate: rate(completed, signed),
      };
    })
    .filter((row) => row.introductionsRequested + row.introductionsAccepted + row.dealsSigned + row.dealsCompleted > 0);
}
