import type { WorkflowTransition } from './schema.ts';

export interface TimeInState {
  state: string;
  /** Every stay in the state added up, the one still open counted until `now`. */
  ms: number;
  /** The state the record is in now. */
  current: boolean;
}

/**
 * How long a record spent in each state, from its transitions in the order they were made, in the order the
 * states were first entered. A stay begins with the transition into the state and ends with the next one; the
 * last stays open until `now`. A stay whose end reads earlier than its start (a clock set back) counts zero. The
 * state before the first transition counts only when that transition is the start, which says when it began.
 */
export function timeInStates(
  transitions: readonly Pick<WorkflowTransition, 'fromState' | 'toState' | 'at'>[],
  now: Date,
): TimeInState[] {
  const totals = new Map<string, number>();
  transitions.forEach((transition, index) => {
    const leftAt = transitions[index + 1]?.at ?? now;
    const ms = Math.max(0, leftAt.getTime() - transition.at.getTime());
    totals.set(transition.toState, (totals.get(transition.toState) ?? 0) + ms);
  });
  const current = transitions.at(-1)?.toState;
  return [...totals].map(([state, ms]) => ({ state, ms, current: state === current }));
}
