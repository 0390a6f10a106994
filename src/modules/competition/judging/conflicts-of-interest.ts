/** Ids of master records: the judge's organisation and the entrant's, null when not known. */
export interface JudgeParty {
  judgeId: string;
  organisationId: string | null;
}

export interface EntryParty {
  entryId: string;
  organisationId: string | null;
}

/** A conflict of interest a judge declared on an entry (an investor in it, a former colleague, a relative). */
export interface DeclaredConflict {
  judgeId: string;
  entryId: string;
}

/** Why a judge may not judge an entry: a declaration, or the entrant being the judge's own organisation. */
export type ConflictReason = 'declared' | 'same-organisation';

/**
 * The conflict test over a round's declarations: assignment leaves such pairs out, and every scoring route refuses
 * them, so that a judge who declared a conflict after being assigned cannot score the entry either.
 */
export function conflictOfInterest(declared: readonly DeclaredConflict[]): (judge: JudgeParty, entry: EntryParty) => ConflictReason | null {
  // Keyed by judge, then entry: assignment asks about every judge–entry pair of a round (500,000 at 5,000 × 100),
  // and building a composite key string per question was half its time.
  const declaredEntriesByJudge = new Map<string, Set<string>>();
  for (const { judgeId, entryId } of declared) {
    const entries = declaredEntriesByJudge.get(judgeId) ?? new Set<string>();
    entries.add(entryId);
    declaredEntriesByJudge.set(judgeId, entries);
  }
  return (judge, entry) => {
    if (declaredEntriesByJudge.get(judge.judgeId)?.has(entry.entryId)) return 'declared';
    if (judge.organisationId !== null && judge.organisationId === entry.organisationId) return 'same-organisation';
    return null;
  };
}
