import type { DemandKind } from '../types.ts';

/**
 * Structured fit: each criterion compares one attribute of the demand with the listing's and yields a status and
 * a factor; the text score is multiplied by the factors. Unknown values (面议, no field given…) give factor 1:
 * they neither help nor hurt. Factors are kept within a narrow band so that fit reorders comparable texts
 * without letting an unrelated listing in a matching field outrank a listing that addresses the problem.
 */
export type FitStatus = 'met' | 'partly' | 'unmet' | 'unknown';

export interface Assessment {
  readonly status: FitStatus;
  readonly factor: number;
}

const assessment = (status: FitStatus, factor: number): Assessment => Object.freeze({ status, factor });
const UNKNOWN = assessment('unknown', 1);

/** How the listing's field relates to the demand's (related fields come from field-affinity.txt). */
export type FieldRelation = 'same' | 'related' | 'other' | 'unknown';

/** Where the demand's field came from: its own field, or the text (field-inference.ts), which is a guess. */
export type FieldSource = 'stated' | 'inferred';

// An investor's field is its mandate, so for capital demands field weighs more than for technology demands,
// where the demander's field label is often loose (a drug maker's process problem may be solved by chemical
// engineering).
// A field inferred from the text moves scores about half as far as a stated one: it can be wrong, and a
// demander's own industry (an auto-parts maker's vision problem) is not always the solution's field.
const FIELD = {
  stated: {
    technology: { same: assessment('met', 1.25), related: assessment('partly', 1.1), other: assessment('unmet', 0.85) },
    capital: { same: assessment('met', 1.5), related: assessment('partly', 1.2), other: assessment('unmet', 0.75) },
  },
  inferred: {
    technology: { same: assessment('met', 1.12), related: assessment('partly', 1.05), other: assessment('unmet', 0.93) },
    capital: { same: assessment('met', 1.3), related: assessment('partly', 1.1), other: assessment('unmet', 0.85) },
  },
} as const;

export function fieldFit(kind: DemandKind, relation: FieldRelation, source: FieldSource = 'stated'): Assessment {
  return relation === 'unknown' ? UNKNOWN : FIELD[source][kind][relation];
}

// Technology demands state the least maturity they can use; every level short costs more.
const MATURITY_SHORT = [assessment('met', 1), assessment('partly', 0.85), assessment('unmet', 0.7), assessment('unmet', 0.6)];
// Investors state the earliest stage they invest in; much later stages are outside their focus (an angel fund
// does not buy into mass production), earlier ones are too risky.
const STAGE_MET = assessment('met', 1);
const STAGE_LATE = assessment('partly', 0.9);
const STAGE_EARLY = [STAGE_MET, assessment('unmet', 0.75), assessment('unmet', 0.6), assessment('unmet', 0.5)];

/**
 * Levels index MATURITY_LEVELS (0 = 实验室 … 3 = 量产); -1 = unknown. For an investor `needed` is the earliest
 * stage and `latest` the latest it invests in; without a latest stage, two levels or more past the earliest are
 * taken as outside its focus.
 */
export function maturityFit(kind: DemandKind, needed: number, offered: number, latest = -1): Assessment {
  if (needed < 0 || offered < 0) return UNKNOWN;
  if (kind === 'capital') {
    if (offered > (latest >= needed ? latest : needed + 1)) return STAGE_LATE;
    return STAGE_EARLY[Math.max(0, needed - offered)] ?? STAGE_MET;
  }
  return MATURITY_SHORT[Math.max(0, needed - offered)] ?? MATURITY_SHORT[3]!;
}

const PRICE = {
  within: assessment('met', 1.05),
  slightlyOver: assessment('partly', 0.95),
  over: assessment('unmet', 0.8),
};
const TICKET = { within: assessment('met', 1), over: assessment('unmet', 0.85) };
/** A price up to this multiple of the budget is treated as negotiable. */
const NEGOTIABLE_OVERRUN = 1.5;

/** Budget (or an investor's largest ticket) against the asking price, both in 10k CNY; NaN = unknown (面议). */
export function priceFit(kind: DemandKind, budgetWan: number, priceWan: number): Assessment {
  if (Number.isNaN(budgetWan) || Number.isNaN(priceWan)) return UNKNOWN;
  if (kind === 'capital') return priceWan <= budgetWan ? TICKET.within : TICKET.over;
  if (priceWan <= budgetWan) return PRICE.within;
  return priceWan <= budgetWan * NEGOTIABLE_OVERRUN ? PRICE.slightlyOver : PRICE.over;
}

const MODES = {
  technology: { met: assessment('met', 1.05), unmet: assessment('unmet', 0.9) },
  capital: { met: assessment('met', 1.05), unmet: assessment('unmet', 0.95) },
} as const;

/** Transaction modes as bit masks (bit i = TRANSACTION_MODES[i]); 0 = not stated. */
export function modeFit(kind: DemandKind, wantedModes: number, offeredModes: number): Assessment {
  if (wantedModes === 0 || offeredModes === 0) return UNKNOWN;
  return (wantedModes & offeredModes) !== 0 ? MODES[kind].met : MODES[kind].unmet;
}

const SAME_REGION = assessment('met', 1.03);
// A different province is reported but costs nothing: technology travels, and the market is open to all.
const OTHER_REGION = assessment('unmet', 1);

/** Region ids from regions.ts; 0 = unknown. */
export function regionFit(demandRegion: number, listingRegion: number): Assessment {
  if (demandRegion === 0 || listingRegion === 0) return UNKNOWN;
  return demandRegion === listingRegion ? SAME_REGION : OTHER_REGION;
}
