import { describe, expect, it } from 'vitest';
import { conflictOfInterest, type ConflictReason, type EntryParty, type JudgeParty } from './conflicts-of-interest.ts';

const conflictOf = conflictOfInterest([{ judgeId: 'wang', entryId: 'drone' }]);
const wang: JudgeParty = { judgeId: 'wang', organisationId: 'ocean-university' };
const li: JudgeParty = { judgeId: 'li', organisationId: null };

describe('conflicts of interest', () => {
  it.each<[string, JudgeParty, EntryParty, ConflictReason | null]>([
    ['declared on the entry', wang, { entryId: 'drone', organisationId: 'gladius' }, 'declared'],
    ['declared, and the same organisation too: the declaration is named', wang, { entryId: 'drone', organisationId: 'ocean-university' }, 'declared'],
    ["the entrant is the judge's own organisation", wang, { entryId: 'gene-therapy', organisationId: 'ocean-university' }, 'same-organisation'],
    ['another organisation, nothing declared', wang, { entryId: 'gene-therapy', organisationId: 'haemophilia-lab' }, null],
    ['a declaration binds only the judge who made it', li, { entryId: 'drone', organisationId: 'gladius' }, null],
    ['two unknown organisations are not the same one', li, { entryId: 'gene-therapy', organisationId: null }, null],
  ])('%s', (_, judge, entry, reason) => {
    expect(conflictOf(judge, entry)).toBe(reason);
  });
});
