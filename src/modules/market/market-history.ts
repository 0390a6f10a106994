import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { timeInStates } from '../../platform/workflow/time-in-states.ts';
import { transitionsOf } from '../../platform/workflow/transitions-of.ts';
import type { MarketRecordKind } from './market-kinds.ts';
import type { MarketReader } from './market-policy.ts';

/**
 * A record's transitions (who, when, from what to what, with what reason) and the time spent in each state: for its
 * owner and the reviewers only, as a review's reasons are between them. Anyone else gets 404, as for a missing one.
 */
export async function marketHistory(db: DbOrTx, kind: MarketRecordKind, reader: MarketReader, id: string, now = new Date()) {
  const record = await kind.policy.findVisible(db, reader, id);
  if (!kind.policy.isReviewer(reader) && !kind.policy.owns(reader, record)) throw notFound();
  const transitions = await transitionsOf(db, kind.kind, id);
  return {
    transitions: transitions.map(({ action, fromState, toState, actorId, actorName, at, evidence }) => ({
      action,
      fromState,
      toState,
      actorId,
      actorName,
      at,
      evidence,
    })),
    timeInStates: timeInStates(transitions, now),
  };
}
