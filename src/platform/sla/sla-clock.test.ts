import { describe, expect, it } from 'vitest';
import { announcedYears } from '../calendar/announced-years.fixture.ts';
import { alwaysOpen, chinaBusinessCalendar } from '../calendar/working-calendar.ts';
import { evaluateSla, type SlaTargetStatus, type SlaTargets } from './sla-clock.ts';
import { slaCyclesOf, type SlaEvent, type SlaEventKind } from './sla-cycle.ts';

const business = chinaBusinessCalendar(announcedYears);
const minutes = (n: number) => n * 60_000;
/** An instant given as Beijing time. */
const at = (beijing: string) => new Date(`${beijing}+08:00`);
const history = (...events: [SlaEventKind, string][]): SlaEvent[] => events.map(([kind, when]) => ({ kind, at: at(when) }));
const urgent: SlaTargets = { firstResponseMinutes: 10, resolutionMinutes: 30 };
const resolveInOneHour: SlaTargets = { firstResponseMinutes: null, resolutionMinutes: 60 };

/** A target's status with instants as Beijing times, for tables that read like the calendar. */
const shown = (status: SlaTargetStatus | null) =>
  status && {
    state: status.state,
    dueAt: status.dueAt && beijing(status.dueAt),
    warnAt: status.warnAt && beijing(status.warnAt),
    metAt: status.metAt && beijing(status.metAt),
    remaining: status.remainingMs / minutes(1),
    overdue: status.overdueMs / minutes(1),
  };
const beijing = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);

describe('the SLA clock of a cycle', () => {
  it.each([
    [
      '24×7: running before the warning',
      alwaysOpen, urgent, history(['opened', '2026-12-04T10:00:00']), '2026-12-04T10:05:00',
      { state: 'running', dueAt: '2026-12-04T10:10:00', warnAt: '2026-12-04T10:07:30', metAt: null, remaining: 5, overdue: 0 },
      { state: 'running', dueAt: '2026-12-04T10:30:00', warnAt: '2026-12-04T10:22:30', metAt: null, remaining: 25, overdue: 0 },
    ],
    [
      '24×7: at risk from 75 % of a target',
      alwaysOpen, urgent, history(['opened', '2026-12-04T10:00:00']), '2026-12-04T10:08:00',
      { state: 'at_risk', dueAt: '2026-12-04T10:10:00', warnAt: '2026-12-04T10:07:30', metAt: null, remaining: 2, overdue: 0 },
      { state: 'running', dueAt: '2026-12-04T10:30:00', warnAt: '2026-12-04T10:22:30', metAt: null, remaining: 22, overdue: 0 },
    ],
    [
      '24×7: breached at 100 %, met when answered in time',
      alwaysOpen, urgent, history(['opened', '2026-12-04T10:00:00'], ['responded', '2026-12-04T10:06:00']), '2026-12-04T10:31:00',
      { state: 'met', dueAt: '2026-12-04T10:10:00', warnAt: '2026-12-04T10:07:30', metAt: '2026-12-04T10:06:00', remaining: 4, overdue: 0 },
      { state: 'breached', dueAt: '2026-12-04T10:30:00', warnAt: '2026-12-04T10:22:30', metAt: null, remaining: 0, overdue: 1 },
    ],
    [
      '24×7: a target met late, the first response met by the resolution itself',
      alwaysOpen, urgent, history(['opened', '2026-12-04T10:00:00'], ['resolved', '2026-12-04T10:45:00']), '2026-12-04T12:00:00',
      { state: 'met_late', dueAt: '2026-12-04T10:10:00', warnAt: '2026-12-04T10:07:30', metAt: '2026-12-04T10:45:00', remaining: 0, overdue: 35 },
      { state: 'met_late', dueAt: '2026-12-04T10:30:00', warnAt: '2026-12-04T10:22:30', metAt: '2026-12-04T10:45:00', remaining: 0, overdue: 15 },
    ],
    [
      '24×7: met exactly on time is met',
      alwaysOpen, urgent, history(['opened', '2026-12-04T10:00:00'], ['responded', '2026-12-04T10:10:00'], ['resolved', '2026-12-04T10:30:00']), '2026-12-04T12:00:00',
      { state: 'met', dueAt: '2026-12-04T10:10:00', warnAt: '2026-12-04T10:07:30', metAt: '2026-12-04T10:10:00', remaining: 0, overdue: 0 },
      { state: 'met', dueAt: '2026-12-04T10:30:00', warnAt: '2026-12-04T10:22:30', metAt: '2026-12-04T10:30:00', remaining: 0, overdue: 0 },
    ],
    [
      'business hours: over a weekend, at risk on Monday morning',
      business, resolveInOneHour, history(['opened', '2026-12-04T17:00:00']), '2026-12-07T09:20:00',
      null,
      { state: 'at_risk', dueAt: '2026-12-07T09:30:00', warnAt: '2026-12-07T09:15:00', metAt: null, remaining: 10, overdue: 0 },
    ],
    [
      'business hours: over a weekend, nothing spent on Saturday',
      business, resolveInOneHour, history(['opened', '2026-12-04T17:00:00']), '2026-12-05T15:00:00',
      null,
      { state: 'running', dueAt: '2026-12-07T09:30:00', warnAt: '2026-12-07T09:15:00', metAt: null, remaining: 30, overdue: 0 },
    ],
    [
      'business hours: across 国庆 2025 into its 调休 Saturday',
      business, { firstResponseMinutes: 60, resolutionMinutes: 15 * 60 }, history(['opened', '2025-09-30T17:00:00'], ['responded', '2025-10-09T09:50:00']), '2025-10-10T18:00:00',
      { state: 'met_late', dueAt: '2025-10-09T09:30:00', warnAt: '2025-10-09T09:15:00', metAt: '2025-10-09T09:50:00', remaining: 0, overdue: 20 },
      { state: 'at_risk', dueAt: '2025-10-11T09:30:00', warnAt: '2025-10-10T14:15:00', metAt: null, remaining: 30, overdue: 0 },
    ],
    [
      '24×7: paused across midnight, no deadline while it lasts',
      alwaysOpen, resolveInOneHour, history(['opened', '2026-12-04T23:00:00'], ['paused', '2026-12-04T23:30:00']), '2026-12-05T00:10:00',
      null,
      { state: 'paused', dueAt: null, warnAt: null, metAt: null, remaining: 30, overdue: 0 },
    ],
    [
      '24×7: resumed after midnight, the deadline moved by the pause',
      alwaysOpen, resolveInOneHour, history(['opened', '2026-12-04T23:00:00'], ['paused', '2026-12-04T23:30:00'], ['resumed', '2026-12-05T00:30:00']), '2026-12-05T00:40:00',
      null,
      { state: 'running', dueAt: '2026-12-05T01:00:00', warnAt: '2026-12-05T00:45:00', metAt: null, remaining: 20, overdue: 0 },
    ],
    [
      '24×7: a pause after the deadline does not stop the breach',
      alwaysOpen, urgent, history(['opened', '2026-12-04T10:00:00'], ['responded', '2026-12-04T10:02:00'], ['paused', '2026-12-04T10:40:00']), '2026-12-04T11:00:00',
      { state: 'met', dueAt: '2026-12-04T10:10:00', warnAt: '2026-12-04T10:07:30', metAt: '2026-12-04T10:02:00', remaining: 8, overdue: 0 },
      { state: 'breached', dueAt: '2026-12-04T10:30:00', warnAt: '2026-12-04T10:22:30', metAt: null, remaining: 0, overdue: 10 },
    ],
    [
      '24×7: a pause after the warning keeps the warning past and hides the deadline',
      alwaysOpen, resolveInOneHour, history(['opened', '2026-12-04T10:00:00'], ['paused', '2026-12-04T10:50:00']), '2026-12-04T12:00:00',
      null,
      { state: 'paused', dueAt: null, warnAt: '2026-12-04T10:45:00', metAt: null, remaining: 10, overdue: 0 },
    ],
    [
      'a pause the history has not reached yet is not counted',
      alwaysOpen, resolveInOneHour, history(['opened', '2026-12-04T10:00:00'], ['paused', '2026-12-04T10:50:00'], ['resumed', '2026-12-04T11:50:00']), '2026-12-04T10:30:00',
      null,
      { state: 'running', dueAt: '2026-12-04T11:00:00', warnAt: '2026-12-04T10:45:00', metAt: null, remaining: 30, overdue: 0 },
    ],
  ] as const)('%s', (_, calendar, targets, events, now, firstResponse, resolution) => {
    const cycle = slaCyclesOf(events).at(-1)!;
    const status = evaluateSla({ calendar, targets, cycle, now: at(now) });
    expect(shown(status.firstResponse)).toEqual(firstResponse);
    expect(shown(status.resolution)).toEqual(resolution);
  });

  it('starts a reopened request on a new cycle, the first one kept as it ended', () => {
    const cycles = slaCyclesOf(
      history(['opened', '2026-12-04T10:00:00'], ['responded', '2026-12-04T10:05:00'], ['resolved', '2026-12-04T10:45:00'], ['reopened', '2026-12-04T14:00:00']),
    );
    expect(cycles.map((cycle) => cycle.number)).toEqual([1, 2]);
    const now = at('2026-12-04T14:08:00');
    expect(evaluateSla({ calendar: alwaysOpen, targets: urgent, cycle: cycles[0]!, now }).resolution?.state).toBe('met_late');
    expect(shown(evaluateSla({ calendar: alwaysOpen, targets: urgent, cycle: cycles[1]!, now }).firstResponse)).toEqual({
      state: 'at_risk', dueAt: '2026-12-04T14:10:00', warnAt: '2026-12-04T14:07:30', metAt: null, remaining: 2, overdue: 0,
    });
  });

  it('takes another warning share', () => {
    const cycle = slaCyclesOf(history(['opened', '2026-12-04T10:00:00']))[0]!;
    const status = evaluateSla({ calendar: alwaysOpen, targets: resolveInOneHour, cycle, warningShare: 0.5, now: at('2026-12-04T10:31:00') });
    expect(shown(status.resolution)).toMatchObject({ state: 'at_risk', warnAt: '2026-12-04T10:30:00' });
    expect(() => evaluateSla({ calendar: alwaysOpen, targets: resolveInOneHour, cycle, warningShare: 1.5, now: at('2026-12-04T10:31:00') })).toThrow(/warning share/);
  });
});

describe('cycles from a request history', () => {
  it.each([
    ['nothing before the opening', history(['responded', '2026-12-04T09:00:00'], ['opened', '2026-12-04T10:00:00']), [
      { number: 1, startedAt: '2026-12-04T10:00:00', firstRespondedAt: null, resolvedAt: null, pauses: [] },
    ]],
    ['the first response only, pauses closed by a resume or the resolution', history(
      ['opened', '2026-12-04T10:00:00'], ['responded', '2026-12-04T10:05:00'], ['responded', '2026-12-04T10:20:00'],
      ['paused', '2026-12-04T11:00:00'], ['paused', '2026-12-04T11:10:00'], ['resumed', '2026-12-04T12:00:00'], ['resumed', '2026-12-04T12:05:00'],
      ['paused', '2026-12-04T13:00:00'], ['resolved', '2026-12-04T14:00:00'],
    ), [
      { number: 1, startedAt: '2026-12-04T10:00:00', firstRespondedAt: '2026-12-04T10:05:00', resolvedAt: '2026-12-04T14:00:00', pauses: [
        ['2026-12-04T11:00:00', '2026-12-04T12:00:00'], ['2026-12-04T13:00:00', '2026-12-04T14:00:00'],
      ] },
    ]],
    ['a reopening starts a cycle; one of an unresolved request is ignored, events after a resolution too', history(
      ['opened', '2026-12-04T10:00:00'], ['reopened', '2026-12-04T10:30:00'], ['resolved', '2026-12-04T11:00:00'], ['responded', '2026-12-04T11:30:00'],
      ['reopened', '2026-12-05T09:00:00'], ['paused', '2026-12-05T09:10:00'],
    ), [
      { number: 1, startedAt: '2026-12-04T10:00:00', firstRespondedAt: null, resolvedAt: '2026-12-04T11:00:00', pauses: [] },
      { number: 2, startedAt: '2026-12-05T09:00:00', firstRespondedAt: null, resolvedAt: null, pauses: [['2026-12-05T09:10:00', null]] },
    ]],
    ['events given out of order', history(['resolved', '2026-12-04T11:00:00'], ['opened', '2026-12-04T10:00:00'], ['reopened', '2026-12-04T12:00:00']), [
      { number: 1, startedAt: '2026-12-04T10:00:00', firstRespondedAt: null, resolvedAt: '2026-12-04T11:00:00', pauses: [] },
      { number: 2, startedAt: '2026-12-04T12:00:00', firstRespondedAt: null, resolvedAt: null, pauses: [] },
    ]],
  ] as const)('%s', (_, events, expected) => {
    const shownCycles = slaCyclesOf(events).map((cycle) => ({
      number: cycle.number,
      startedAt: beijing(cycle.startedAt),
      firstRespondedAt: cycle.firstRespondedAt && beijing(cycle.firstRespondedAt),
      resolvedAt: cycle.resolvedAt && beijing(cycle.resolvedAt),
      pauses: cycle.pauses.map((pause) => [beijing(pause.from), pause.to && beijing(pause.to)]),
    }));
    expect(shownCycles).toEqual(expected);
  });

  it('has no cycle before the request is opened', () => {
    expect(slaCyclesOf(history(['responded', '2026-12-04T09:00:00']))).toEqual([]);
  });
});
