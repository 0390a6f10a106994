import type { Pause } from '../calendar/working-calendar.ts';

/**
 * One cycle of a request's SLA clock: from opening (or reopening) to resolution. A reopened request starts a new
 * cycle with targets of its own; the earlier cycle's outcome stays as it was.
 */
export interface SlaCycle {
  /** 1 for the request as opened, 2 for its first reopening, and so on: part of the cycle's timer keys. */
  number: number;
  startedAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  /** While the request waited on the enterprise; the last one open (`to` null) while it still waits. */
  pauses: readonly Pause[];
}

export const slaEventKinds = ['opened', 'responded', 'paused', 'resumed', 'resolved', 'reopened'] as const;
export type SlaEventKind = (typeof slaEventKinds)[number];

/** A moment of a request's history that moves its SLA clock. */
export interface SlaEvent {
  kind: SlaEventKind;
  at: Date;
}

interface OpenCycle {
  number: number;
  startedAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  pauses: Pause[];
}

const closeOpenPause = (cycle: OpenCycle, at: Date) => {
  const last = cycle.pauses.at(-1);
  if (last && last.to === null) cycle.pauses[cycle.pauses.length - 1] = { from: last.from, to: at };
};

/**
 * The cycles of a request from its history, oldest first; the last is the current one. Events are taken in time
 * order (those of one instant in the order given). Nothing counts before the request is opened; a resolution ends
 * a pause; in a resolved cycle only a reopening counts, and it starts the next cycle. Events that change nothing
 * (a second response, a pause while paused, a resume while running, a reopening of an unresolved request) are
 * ignored rather than refused: the history is what happened, and the clock reads it as it can.
 */
export function slaCyclesOf(events: readonly SlaEvent[]): SlaCycle[] {
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index);
  const cycles: OpenCycle[] = [];
  for (const { event } of ordered) {
    const current = cycles.at(-1);
    if (!current) {
      if (event.kind === 'opened') cycles.push({ number: 1, startedAt: event.at, firstRespondedAt: null, resolvedAt: null, pauses: [] });
      continue;
    }
    if (current.resolvedAt) {
      if (event.kind === 'reopened') cycles.push({ number: current.number + 1, startedAt: event.at, firstRespondedAt: null, resolvedAt: null, pauses: [] });
      continue;
    }
    switch (event.kind) {
      case 'responded':
        current.firstRespondedAt ??= event.at;
        break;
      case 'paused':
        if (current.pauses.at(-1)?.to !== null) current.pauses.push({ from: event.at, to: null });
        break;
      case 'resumed':
        closeOpenPause(current, event.at);
        break;
      case 'resolved':
        closeOpenPause(current, event.at);
        current.resolvedAt = event.at;
        break;
      case 'opened':
      case 'reopened':
        break;
    }
  }
  return cycles;
}
