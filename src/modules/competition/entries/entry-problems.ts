import type { FieldError } from '../../../platform/http/errors.ts';
import type { EditionState, EntryState, RoundKind, RoundState } from '../competition-terms.ts';

/** What the registration checks know of the round, its edition and the entries already in, read under the round's lock. */
export interface EntryFacts {
  edition: { id: string; state: EditionState };
  round: { editionId: string; kind: RoundKind; state: RoundState; capacity: number };
  /** The edition of the track named; null when there is no such track. */
  trackEditionId: string | null;
  /** The round's entries that hold a place: neither withdrawn nor ineligible. */
  placesTaken: number;
  /** The number of an entry of the same project by the same organisation in the edition, not withdrawn. */
  sameProjectNumber: string | null;
}

/**
 * Why an entry may not be registered, each under the field that the entrant can change, in the order a person
 * reads the form: the round (the edition and round open, a regional round, a place left), the track, the project.
 */
export function entryProblems(facts: EntryFacts): FieldError[] {
  const problems: FieldError[] = [];
  if (facts.edition.state !== 'open') problems.push({ field: 'roundId', message: 'competition.entry.editionNotOpen' });
  else if (facts.round.state !== 'open') problems.push({ field: 'roundId', message: 'competition.entry.roundNotOpen' });
  else if (facts.round.kind !== 'regional') problems.push({ field: 'roundId', message: 'competition.entry.notRegionalRound' });
  else if (facts.placesTaken >= facts.round.capacity) problems.push({ field: 'roundId', message: 'competition.entry.roundFull', params: { capacity: facts.round.capacity } });
  if (facts.trackEditionId !== facts.edition.id) problems.push({ field: 'trackId', message: 'competition.entry.trackNotOfEdition' });
  if (facts.sameProjectNumber) problems.push({ field: 'projectName', message: 'competition.entry.alreadyEntered', params: { number: facts.sameProjectNumber } });
  return problems;
}

/** The registration number: the edition's year and a number of the one series, e.g. LB2026-0042. */
export const entryNumber = (year: number, sequence: number) => `LB${year}-${String(sequence).padStart(4, '0')}`;

/**
 * Whether an entrant may still withdraw: the entry not already withdrawn, its round not closed, and the round's first
 * phase neither closed by the organisers nor past its closing day (China days). A round without phases yet is open.
 */
export function withdrawalOpen(
  entry: { state: EntryState },
  round: { state: RoundState },
  firstPhase: { closesOn: string | null; closedAt: Date | null } | undefined,
  today: string,
): boolean {
  if (entry.state === 'withdrawn' || round.state === 'closed') return false;
  if (!firstPhase) return true;
  return firstPhase.closedAt === null && (firstPhase.closesOn === null || today <= firstPhase.closesOn);
}
