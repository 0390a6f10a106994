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
