import { describe, expect, it } from 'vitest';
import { idleCutoffs, returnsToPoolAt, type IdleClock, type IdleCutoff, type IdleRule } from './lead-idle.ts';

const at = (iso: string) => new Date(iso);
const hour = 3_600_000;
const usual: IdleRule = { returnDays: 30, warningDays: 5 };
// 17:30 in China on 20 November; thirty days on is 17:30 on 20 December.
const touchedAt = at('2026-11-20T09:30:00Z');

const cases: [string, IdleClock, IdleRule, string, string][] = [
  // what, the lead, the rule, returns to the pool at, its owner warned at
  ['no follow-up planned', { touchedAt, nextFollowUpOn: null }, usual, '2026-12-20T09:30:00Z', '2026-12-15T09:30:00Z'],
  ['a follow-up before the period ends', { touchedAt, nextFollowUpOn: '2026-12-10' }, usual, '2026-12-20T09:30:00Z', '2026-12-15T09:30:00Z'],
  // Kept until the planned day is over in China: its next midnight, 16:00 UTC.
  ['a follow-up after the period ends', { touchedAt, nextFollowUpOn: '2026-12-22' }, usual, '2026-12-22T16:00:00Z', '2026-12-17T16:00:00Z'],
  ['a follow-up on the day the period ends', { touchedAt, nextFollowUpOn: '2026-12-20' }, usual, '2026-12-20T16:00:00Z', '2026-12-15T16:00:00Z'],
  ['a follow-up on the day of the touch', { touchedAt, nextFollowUpOn: '2026-11-20' }, usual, '2026-12-20T09:30:00Z', '2026-12-15T09:30:00Z'],
  ['a follow-up already past', { touchedAt, nextFollowUpOn: '2026-10-01' }, usual, '2026-12-20T09:30:00Z', '2026-12-15T09:30:00Z'],
  ['no warning period, no follow-up', { touchedAt, nextFollowUpOn: null }, { returnDays: 30, warningDays: 0 }, '2026-12-20T09:30:00Z', '2026-12-20T09:30:00Z'],
  ['no warning period, a later follow-up', { touchedAt, nextFollowUpOn: '2027-01-05' }, { returnDays: 30, warningDays: 0 }, '2027-01-05T16:00:00Z', '2027-01-05T16:00:00Z'],
  // A touch at 01:00 in China is already the next China day there.
  ['a touch after midnight in China', { touchedAt: at('2026-11-20T17:00:00Z'), nextFollowUpOn: '2026-12-21' }, usual, '2026-12-21T16:00:00Z', '2026-12-16T16:00:00Z'],
  // A warning period as long as the whole one warns from the touch, never before it.
  ['a warning period longer than the period', { touchedAt, nextFollowUpOn: null }, { returnDays: 3, warningDays: 9 }, '2026-11-23T09:30:00Z', '2026-11-20T09:30:00Z'],
  ['a warning period longer than the period, a later follow-up', { touchedAt, nextFollowUpOn: '2026-12-01' }, { returnDays: 3, warningDays: 9 }, '2026-12-01T16:00:00Z', '2026-11-22T16:00:00Z'],
];

/** When its owner is warned: the warning period before the return, never before the touch that started the idle period. */
const warnsOfReturnAt = (lead: IdleClock, rule: IdleRule) =>
  new Date(Math.max(returnsToPoolAt(lead, rule).getTime() - rule.warningDays * 86_400_000, lead.touchedAt.getTime()));

// What `pastCutoff` asks of a row in SQL.
const isPast = (lead: IdleClock, cutoff: IdleCutoff) => lead.touchedAt <= cutoff.touchedBy && (lead.nextFollowUpOn === null || lead.nextFollowUpOn < cutoff.followUpBefore);

describe('idle leads', () => {
  it.each(cases)('%s: when it returns to the pool and when its owner is warned', (_, lead, rule, returns, warns) => {
    expect(returnsToPoolAt(lead, rule)).toEqual(at(returns));
    expect(warnsOfReturnAt(lead, rule)).toEqual(at(warns));
  });

  it.each(cases)("%s: the job's cutoffs select the lead exactly from its instants on", (_, lead, rule) => {
    const returns = returnsToPoolAt(lead, rule).getTime();
    const warns = warnsOfReturnAt(lead, rule).getTime();
    const nows = [returns - 1, returns, returns + 1, warns - 1, warns, warns + 1];
    for (let t = lead.touchedAt.getTime(); t < returns + 3 * 86_400_000; t += hour) nows.push(t, t + 30 * 60_000);
    for (const now of nows) {
      const { returnBy, warnBy } = idleCutoffs(new Date(now), rule);
      expect(isPast(lead, returnBy), `return at ${new Date(now).toISOString()}`).toBe(returns <= now);
      expect(isPast(lead, warnBy), `warning at ${new Date(now).toISOString()}`).toBe(warns <= now);
    }
  });

  it.each([
    // now, return days, warning days, return cutoff, warning cutoff
    ['2026-12-05T00:00:00Z', 30, 5, { touchedBy: '2026-11-05T00:00:00Z', followUpBefore: '2026-12-05' }, { touchedBy: '2026-11-10T00:00:00Z', followUpBefore: '2026-12-10' }],
    // 00:40 in China, as the job runs: follow-ups of yesterday and before are past.
    ['2026-12-04T16:40:00Z', 30, 5, { touchedBy: '2026-11-04T16:40:00Z', followUpBefore: '2026-12-05' }, { touchedBy: '2026-11-09T16:40:00Z', followUpBefore: '2026-12-10' }],
    ['2026-12-05T00:00:00Z', 1, 0, { touchedBy: '2026-12-04T00:00:00Z', followUpBefore: '2026-12-05' }, { touchedBy: '2026-12-04T00:00:00Z', followUpBefore: '2026-12-05' }],
  ])('at %s with %i days and a warning %i days before: cutoffs %o and %o', (now, returnDays, warningDays, returnBy, warnBy) => {
    const cutoff = (c: { touchedBy: string; followUpBefore: string }) => ({ touchedBy: at(c.touchedBy), followUpBefore: c.followUpBefore });
    expect(idleCutoffs(at(now), { returnDays, warningDays })).toEqual({ returnBy: cutoff(returnBy), warnBy: cutoff(warnBy) });
  });
});
