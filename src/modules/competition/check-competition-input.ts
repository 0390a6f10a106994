import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, type FieldError } from '../../platform/http/errors.ts';
import { industries } from '../reference/schema.ts';
import { phaseKinds, type PhaseKind } from './competition-terms.ts';

interface Span {
  startsOn?: string | null;
  endsOn?: string | null;
}

const within = (day: string, span: Span) => (!span.startsOn || span.startsOn <= day) && (!span.endsOn || day <= span.endsOn);

/** An edition ends no earlier than it starts, and its rounds are held within its dates. */
export function checkEditionDates(span: Span, rounds: readonly { name: string; heldOn: string }[]): void {
  if (span.startsOn && span.endsOn && span.endsOn < span.startsOn) throw invalidInput([{ field: 'endsOn', message: 'competition.edition.endsBeforeStart' }]);
  const outside = rounds.find((round) => !within(round.heldOn, span));
  if (outside) {
    const field = span.startsOn && outside.heldOn < span.startsOn ? 'startsOn' : 'endsOn';
    throw invalidInput([{ field, message: 'competition.edition.roundOutside', params: { round: outside.name, day: outside.heldOn } }]);
  }
}

/** A round is held within its edition's dates, where the edition has them. */
export function checkRoundDay(edition: Span, heldOn: string): void {
  if (!within(heldOn, edition)) {
    throw invalidInput([{ field: 'heldOn', message: 'competition.round.outsideEdition', params: { startsOn: edition.startsOn ?? '…', endsOn: edition.endsOn ?? '…' } }]);
  }
}

/** Each code a track names is a GB/T 4754 industry; each one that is not is a field error. */
export async function checkIndustryCodes(db: DbOrTx, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set((await db.select({ code: industries.code }).from(industries).where(inArray(industries.code, [...codes]))).map((row) => row.code));
  const errors: FieldError[] = codes.flatMap((code, n) => (known.has(code) ? [] : [{ field: `industryCodes.${n}`, message: 'competition.track.unknownIndustry', params: { code } }]));
  if (errors.length) throw invalidInput(errors);
}

interface PhaseTiming {
  kind: PhaseKind;
  opensOn?: string | null;
  closesOn?: string | null;
}

/**
 * A phase closes no earlier than it opens, is the round's only one of its kind, and runs in turn with the others:
 * not opening before an earlier kind closes, nor closing after a later kind opens.
 */
export function checkPhase(phase: PhaseTiming, others: readonly PhaseTiming[]): void {
  const errors: FieldError[] = [];
  if (others.some((other) => other.kind === phase.kind)) errors.push({ field: 'kind', message: 'competition.phase.kindTaken' });
  if (phase.opensOn && phase.closesOn && phase.closesOn < phase.opensOn) errors.push({ field: 'closesOn', message: 'competition.phase.closesBeforeOpens' });
  const order = phaseKinds.indexOf(phase.kind);
  const earlier = others.filter((other) => phaseKinds.indexOf(other.kind) < order);
  const later = others.filter((other) => phaseKinds.indexOf(other.kind) > order);
  if (phase.opensOn && earlier.some((other) => other.closesOn && phase.opensOn! < other.closesOn)) errors.push({ field: 'opensOn', message: 'competition.phase.outOfOrder' });
  if (phase.closesOn && later.some((other) => other.opensOn && other.opensOn < phase.closesOn!)) errors.push({ field: 'closesOn', message: 'competition.phase.overlapsNext' });
  if (errors.length) throw invalidInput(errors);
}

/** A prize's last rank comes no earlier than its first. */
export function checkPrizeRanks(prize: { rankFrom: number; rankTo: number }): void {
  if (prize.rankTo < prize.rankFrom) throw invalidInput([{ field: 'rankTo', message: 'competition.prize.ranksOutOfOrder' }]);
}
