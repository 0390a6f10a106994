import { describe, expect, it } from 'vitest';
import { entryNumber, entryProblems, withdrawalOpen, type EntryFacts } from './entry-problems.ts';

const open: EntryFacts = {
  edition: { id: 'e1', state: 'open' },
  round: { editionId: 'e1', kind: 'regional', state: 'open', capacity: 60 },
  trackEditionId: 'e1',
  placesTaken: 59,
  sameProjectNumber: null,
};
const messages = (facts: Partial<EntryFacts>) => entryProblems({ ...open, ...facts }).map((problem) => `${problem.field}:${problem.message}`);

describe('the registration checks', () => {
  it.each([
    ['an open regional round with a place left', {}, []],
    ['a draft edition', { edition: { id: 'e1', state: 'draft' as const } }, ['roundId:competition.entry.editionNotOpen']],
    ['a closed edition', { edition: { id: 'e1', state: 'closed' as const } }, ['roundId:competition.entry.editionNotOpen']],
    ['a planned round', { round: { ...open.round, state: 'planned' as const } }, ['roundId:competition.entry.roundNotOpen']],
    ['a closed round', { round: { ...open.round, state: 'closed' as const } }, ['roundId:competition.entry.roundNotOpen']],
    ['the final', { round: { ...open.round, kind: 'final' as const } }, ['roundId:competition.entry.notRegionalRound']],
    ['a full round', { placesTaken: 60 }, ['roundId:competition.entry.roundFull']],
    ['a track of another edition', { trackEditionId: 'e2' }, ['trackId:competition.entry.trackNotOfEdition']],
    ['no such track', { trackEditionId: null }, ['trackId:competition.entry.trackNotOfEdition']],
    ['the same project again', { sameProjectNumber: 'LB2026-0001' }, ['projectName:competition.entry.alreadyEntered']],
    ['a full round, another edition’s track and the project again', { placesTaken: 61, trackEditionId: 'e2', sameProjectNumber: 'LB2026-0001' }, [
      'roundId:competition.entry.roundFull',
      'trackId:competition.entry.trackNotOfEdition',
      'projectName:competition.entry.alreadyEntered',
    ]],
  ])('%s', (_case, facts, expected) => {
    expect(messages(facts)).toEqual(expected);
  });

  it('names the capacity and the earlier entry', () => {
    expect(entryProblems({ ...open, placesTaken: 60, sameProjectNumber: 'LB2026-0007' }).map((problem) => problem.params)).toEqual([{ capacity: 60 }, { number: 'LB2026-0007' }]);
  });

  it('numbers entries with the year and four digits at least', () => {
    expect([entryNumber(2026, 42), entryNumber(2026, 12345)]).toEqual(['LB2026-0042', 'LB2026-12345']);
  });
});

describe('withdrawing an entry', () => {
  const phase = { closesOn: '2026-07-01', closedAt: null };
  it.each([
    ['before the first phase closes', 'eligible', 'open', phase, '2026-06-30', true],
    ['on its closing day', 'submitted', 'open', phase, '2026-07-01', true],
    ['after its closing day', 'eligible', 'open', phase, '2026-07-02', false],
    ['once the organisers closed it', 'eligible', 'open', { closesOn: null, closedAt: new Date() }, '2026-06-01', false],
    ['an ineligible entry', 'ineligible', 'open', phase, '2026-06-30', true],
    ['a withdrawn entry', 'withdrawn', 'open', phase, '2026-06-30', false],
    ['a closed round', 'eligible', 'closed', undefined, '2026-06-30', false],
    ['a round without phases yet', 'eligible', 'open', undefined, '2026-06-30', true],
  ] as const)('%s', (_case, state, roundState, firstPhase, today, expected) => {
    expect(withdrawalOpen({ state }, { state: roundState }, firstPhase, today)).toBe(expected);
  });
});
