/** The competition's terms as plain lists, for the tables, the routes' schemas and the web app alike. */

/** A draft edition is being prepared; open, it takes entries and holds its rounds; closed, it is the record. */
export const editionStates = ['draft', 'open', 'closed'] as const;
export type EditionState = (typeof editionStates)[number];

/** A regional round (分赛区) sends its best to the final (总决赛). */
export const roundKinds = ['regional', 'final'] as const;
export type RoundKind = (typeof roundKinds)[number];

/** A round is planned, then open for entries and judging, then closed with its results. */
export const roundStates = ['planned', 'open', 'closed'] as const;
export type RoundState = (typeof roundStates)[number];

/** A round's phases, in the order they run: business plans reviewed online, the roadshow (路演), the final. */
export const phaseKinds = ['onlineReview', 'roadshow', 'final'] as const;
export type PhaseKind = (typeof phaseKinds)[number];

/** Who goes on from a phase: the best N, or everyone scoring at least a mark (out of 100). */
export const advancementKinds = ['topN', 'minScore'] as const;
export type AdvancementKind = (typeof advancementKinds)[number];

/** How far an entrant's project has come: an idea, a prototype, first sales, growing revenue. */
export const entryStages = ['idea', 'prototype', 'earlyRevenue', 'growth'] as const;
export type EntryStage = (typeof entryStages)[number];

/** The money an entrant's project has raised so far. */
export const financingRounds = ['none', 'angel', 'seriesA', 'seriesBPlus'] as const;
export type FinancingRound = (typeof financingRounds)[number];

/** Where a registration came from: the public form by itself, a partner (an incubator, a chamber), a referral, the organisers. */
export const entrySources = ['online', 'partner', 'referral', 'organiser'] as const;
export type EntrySource = (typeof entrySources)[number];

/**
 * An entry is submitted, then checked (eligible, or ineligible with its reasons), or withdrawn by its entrant; how it
 * fares in each phase is its phase result.
 */
export const entryStates = ['submitted', 'eligible', 'ineligible', 'withdrawn'] as const;
export type EntryState = (typeof entryStates)[number];

/** The landing support recorded for an entry: an incubator place, funding, a bank referral, something else. */
export const landingSupportKinds = ['incubatorPlace', 'funding', 'bankReferral', 'other'] as const;
export type LandingSupportKind = (typeof landingSupportKinds)[number];
