import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { allMarketFields, fieldName } from '../market/field-names.ts';
import { marketStates, type MarketState } from '../market/schema.ts';
import { countDealsByField, type FieldDeals } from './count-deals-by-field.ts';
import { monthsOf, type MonthRange } from './month-range.ts';
import { rangeEnd, rangeStart } from './range-sql.ts';

const recordKinds = ['listing', 'demand'] as const;
type RecordKind = (typeof recordKinds)[number];

export interface MonthActivity {
  month: string;
  listingsCreated: number;
  listingsSubmitted: number;
  listingsPublished: number;
  demandsCreated: number;
  demandsSubmitted: number;
  demandsPublished: number;
  dealsSigned: number;
  contractAmountWan: number;
}

export interface FieldSupply {
  /** Null for the records filed under no field. */
  fieldId: string | null;
  fieldName: string | null;
  listings: number;
  technologyDemands: number;
  capitalDemands: number;
}

export interface ReviewFigures {
  kind: RecordKind;
  approved: number;
  rejected: number;
  /** From the submission to the decision, in days; null when nothing was decided in the range. */
  medianDaysToDecision: number | null;
}

/** What the range's introductions and deals came to, step by step (events in the range, Beijing time). */
export interface DealFigures {
  introductionsRequested: number;
  introductionsAccepted: number;
  dealsSigned: number;
  dealsCompleted: number;
  /** Of the deals signed in the range, in 万元. */
  contractAmountWan: number;
}

/** How long deals stayed in a stage before moving on (or closing), for moves made in the range. */
export interface DealStageFigures {
  state: 'intent' | 'negotiation' | 'signed' | 'registered';
  moves: number;
  medianDays: number | null;
}

export interface StateCount {
  kind: RecordKind;
  state: MarketState;
  count: number;
}

export interface MarketStatistics {
  range: MonthRange;
  months: MonthActivity[];
  fields: FieldSupply[];
  review: ReviewFigures[];
  deals: DealFigures;
  /** The same steps by the field of the listing they are about. */
  fieldDeals: FieldDeals[];
  dealStages: DealStageFigures[];
  states: StateCount[];
}

const dealStageStates = ['intent', 'negotiation', 'signed', 'registered'] as const;
const roundDays = (days: number | string | null) => (days === null ? null : Math.round(Number(days) * 10) / 10);

const beijingMonthOf = (column: ReturnType<typeof sql.raw>) => sql`to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;

/**
 * The market's figures over a range of months (Beijing time): what was created, submitted and published each
 * month (records, not transitions: a listing submitted twice in a month counts once), how long review took, and
 * what is on offer now by field and in each state. Every number is a count of records the operator can open.
 */
export async function getMarketStatistics(db: DbOrTx, range: MonthRange, locale: Locale): Promise<MarketStatistics> {
  const [transitions, created, supply, review, states, fields] = await Promise.all([
    db.execute<{ month: string; kind: RecordKind; action: 'submit' | 'approve'; records: number }>(sql`
      SELECT ${beijingMonthOf(sql.raw('at'))} AS month, record_kind AS kind, action, count(DISTINCT record_id)::int AS records
      FROM workflow_transitions
      WHERE record_kind IN ('listing', 'demand') AND action IN ('submit', 'approve')
        AND at >= ${rangeStart(range)} AND at < ${rangeEnd(range)}
      GROUP BY 1, 2, 3`),
    db.execute<{ month: string; kind: RecordKind; records: number }>(sql`
      SELECT month, kind, count(*)::int AS records FROM (
        SELECT ${beijingMonthOf(sql.raw('created_at'))} AS month, 'listing' AS kind FROM listings
        WHERE created_at >= ${rangeStart(range)} AND created_at < ${rangeEnd(range)}
        UNION ALL
        SELECT ${beijingMonthOf(sql.raw('created_at'))}, 'demand' FROM demands
        WHERE created_at >= ${rangeStart(range)} AND created_at < ${rangeEnd(range)}
      ) created GROUP BY 1, 2`),
    db.execute<{ field_id: string | null; listings: number; technology_demands: number; capital_demands: number }>(sql`
      SELECT field_id, sum(listings)::int AS listings, sum(technology_demands)::int AS technology_demands,
             sum(capital_demands)::int AS capital_demands
      FROM (
        SELECT field_id, 1 AS listings, 0 AS technology_demands, 0 AS capital_demands FROM listings WHERE state = 'published'
        UNION ALL
        SELECT field_id, 0, (kind = 'technology')::int, (kind = 'capital')::int
        FROM demands LEFT JOIN LATERAL unnest(CASE WHEN field_ids = '{}' THEN '{NULL}'::uuid[] ELSE field_ids END) AS field_id ON true
        WHERE state = 'published'
      ) offered GROUP BY field_id`),
    db.execute<{ kind: RecordKind; approved: number; rejected: number; median_days: number | null }>(sql`
      SELECT decision.record_kind AS kind,
             count(*) FILTER (WHERE decision.action = 'approve')::int AS approved,
             count(*) FILTER (WHERE decision.action = 'reject')::int AS rejected,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decision.at - submission.at) / 86400) AS median_days
      FROM workflow_transitions decision
      JOIN LATERAL (
        SELECT at FROM workflow_transitions submission
        WHERE submission.record_kind = decision.record_kind AND submission.record_id = decision.record_id
          AND submission.action = 'submit' AND submission.at <= decision.at
        ORDER BY submission.at DESC LIMIT 1
      ) submission ON true
      WHERE decision.record_kind IN ('listing', 'demand') AND decision.action IN ('approve', 'reject')
        AND decision.at >= ${rangeStart(range)} AND decision.at < ${rangeEnd(range)}
      GROUP BY 1`),
    db.execute<{ kind: RecordKind; state: MarketState; records: number }>(sql`
      SELECT 'listing' AS kind, state, count(*)::int AS records FROM listings GROUP BY state
      UNION ALL
      SELECT 'demand', state, count(*)::int FROM demands GROUP BY state`),
    allMarketFields(db),
  ]);
  const [signings, dealTotals, stageTimes, fieldDeals] = await Promise.all([
    db.execute<{ month: string; deals: number; amount: string | null }>(sql`
      SELECT ${beijingMonthOf(sql.raw('t.at'))} AS month, count(DISTINCT t.record_id)::int AS deals, sum(d.amount_wan) AS amount
      FROM workflow_transitions t JOIN deals d ON d.id::text = t.record_id
      WHERE t.record_kind = 'deal' AND t.action = 'sign' AND t.at >= ${rangeStart(range)} AND t.at < ${rangeEnd(range)}
      GROUP BY 1`),
    db.execute<{ requested: number; accepted: number; completed: number }>(sql`
      SELECT
        (SELECT count(*)::int FROM introductions WHERE created_at >= ${rangeStart(range)} AND created_at < ${rangeEnd(range)}) AS requested,
        (SELECT count(*)::int FROM introductions WHERE state = 'accepted' AND decided_at >= ${rangeStart(range)} AND decided_at < ${rangeEnd(range)}) AS accepted,
        (SELECT count(DISTINCT record_id)::int FROM workflow_transitions WHERE record_kind = 'deal' AND action = 'complete'
           AND at >= ${rangeStart(range)} AND at < ${rangeEnd(range)}) AS completed`),
    db.execute<{ state: string; moves: number; median_days: number | null }>(sql`
      SELECT left_state.from_state AS state, count(*)::int AS moves,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_state.at - entered.at) / 86400) AS median_days
      FROM workflow_transitions left_state
      JOIN LATERAL (
        SELECT at FROM workflow_transitions entered
        WHERE entered.record_kind = 'deal' AND entered.record_id = left_state.record_id AND entered.to_state = left_state.from_state
          AND entered.at <= left_state.at
        ORDER BY entered.at DESC LIMIT 1
      ) entered ON true
      WHERE left_state.record_kind = 'deal' AND left_state.from_state IS NOT NULL
        AND left_state.at >= ${rangeStart(range)} AND left_state.at < ${rangeEnd(range)}
      GROUP BY 1`),
    countDealsByField(db, range, fields, locale),
  ]);

  const months = monthsOf(range).map((month) => {
    const count = (kind: RecordKind, action: 'submit' | 'approve') =>
      transitions.rows.find((row) => row.month === month && row.kind === kind && row.action === action)?.records ?? 0;
    const createdIn = (kind: RecordKind) => created.rows.find((row) => row.month === month && row.kind === kind)?.records ?? 0;
    return {
      month,
      listingsCreated: createdIn('listing'),
      listingsSubmitted: count('listing', 'submit'),
      listingsPublished: count('listing', 'approve'),
      demandsCreated: createdIn('demand'),
      demandsSubmitted: count('demand', 'submit'),
      demandsPublished: count('demand', 'approve'),
      dealsSigned: signings.rows.find((row) => row.month === month)?.deals ?? 0,
      contractAmountWan: Number(signings.rows.find((row) => row.month === month)?.amount ?? 0),
    };
  });

  const supplyOf = new Map(supply.rows.map((row) => [row.field_id, row]));
  const fieldRows: FieldSupply[] = [...fields.map((field) => ({ id: field.id as string | null, name: fieldName(locale, field) })), { id: null, name: null }]
    .map(({ id, name }) => {
      const row = supplyOf.get(id);
      return { fieldId: id, fieldName: name, listings: row?.listings ?? 0, technologyDemands: row?.technology_demands ?? 0, capitalDemands: row?.capital_demands ?? 0 };
    })
    // Fields with nothing on offer say nothing; the list of fields is the settings page's.
    .filter((row) => row.listings + row.technologyDemands + row.capitalDemands > 0);

  return {
    range,
    months,
    fields: fieldRows,
    review: recordKinds.map((kind) => {
      const row = review.rows.find((candidate) => candidate.kind === kind);
      const median = row?.median_days ?? null;
      return { kind, approved: row?.approved ?? 0, rejected: row?.rejected ?? 0, medianDaysToDecision: roundDays(median) };
    }),
    deals: {
      introductionsRequested: dealTotals.rows[0]?.requested ?? 0,
      introductionsAccepted: dealTotals.rows[0]?.accepted ?? 0,
      dealsSigned: months.reduce((total, row) => total + row.dealsSigned, 0),
      dealsCompleted: dealTotals.rows[0]?.completed ?? 0,
      contractAmountWan: months.reduce((total, row) => total + row.contractAmountWan, 0),
    },
    fieldDeals,
    dealStages: dealStageStates.map((state) => {
      const row = stageTimes.rows.find((candidate) => candidate.state === state);
      return { state, moves: row?.moves ?? 0, medianDays: roundDays(row?.median_days ?? null) };
    }),
    states: recordKinds.flatMap((kind) =>
      marketStates.map((state) => ({ kind, state, count: states.rows.find((row) => row.kind === kind && row.state === state)?.records ?? 0 })),
    ),
  };
}
