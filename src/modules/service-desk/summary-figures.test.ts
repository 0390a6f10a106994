import { describe, expect, it } from 'vitest';
import {
  durationFigures,
  openItemSla,
  percentile,
  repeatedProblems,
  slaOutcome,
  type OpenItem,
  type OpenItemDeadlines,
  type ProblemSighting,
  type SlaTargetTimes,
} from './summary-figures.ts';

/** An instant given as Beijing time. */
const at = (beijing: string) => new Date(`${beijing}+08:00`);

describe('percentiles, as PERCENTILE.INC', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.5, 7],
    [[7], 0.9, 7],
    [[3, 1, 2], 0.5, 2],
    [[4, 1, 3, 2], 0.5, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[10, 20], 0.9, 19],
    [[5, 5, 5, 100], 0.5, 5],
    [[0, 240], 0, 0],
    [[0, 240], 1, 240],
  ])('%j at %s is %s', (values, share, expected) => {
    const value = percentile(values, share);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected);
  });

  it('refuses a share outside 0..1', () => {
    expect(() => percentile([1], 1.5)).toThrow(/between 0 and 1/);
  });

  it.each([
    [[], { count: 0, medianMinutes: null, p90Minutes: null }],
    [[25], { count: 1, medianMinutes: 25, p90Minutes: 25 }],
    [[12, 3, 7.25], { count: 3, medianMinutes: 7.3, p90Minutes: 11.1 }],
  ])('durations %j give %j, rounded to a tenth of a minute', (minutes, figures) => {
    expect(durationFigures(minutes)).toEqual(figures);
  });
});

describe('an SLA target decided', () => {
  const now = at('2026-12-06T07:00:00');
  it.each<[string, SlaTargetTimes, { outcome: 'met' | 'breached'; at: Date } | null]>([
    ['met before due', { dueAt: at('2026-12-05T10:30:00'), metAt: at('2026-12-05T10:25:00') }, { outcome: 'met', at: at('2026-12-05T10:25:00') }],
    ['met exactly when due', { dueAt: at('2026-12-05T10:30:00'), metAt: at('2026-12-05T10:30:00') }, { outcome: 'met', at: at('2026-12-05T10:30:00') }],
    ['met late: breached when due', { dueAt: at('2026-12-05T10:30:00'), metAt: at('2026-12-05T11:00:00') }, { outcome: 'breached', at: at('2026-12-05T10:30:00') }],
    ['unmet and overdue', { dueAt: at('2026-12-05T18:00:00'), metAt: null }, { outcome: 'breached', at: at('2026-12-05T18:00:00') }],
    ['unmet, due later', { dueAt: at('2026-12-07T18:00:00'), metAt: null }, null],
    ['paused: no due time yet', { dueAt: null, metAt: null }, null],
  ])('%s', (_, target, expected) => {
    expect(slaOutcome(target, now)).toEqual(expected);
  });
});

describe("an open item's SLA", () => {
  const now = at('2026-12-06T07:00:00');
  const none = { slaResponseWarnAt: null, slaResponseDueAt: null, slaResolutionWarnAt: null, slaResolutionDueAt: null };
  it.each<[string, Partial<OpenItemDeadlines>, OpenItem['sla']]>([
    ['no clock counting (paused, or no policy)', {}, null],
    ['before its warnings', { slaResolutionWarnAt: at('2026-12-06T08:00:00'), slaResolutionDueAt: at('2026-12-06T09:00:00') }, null],
    ['past the resolution warning', { slaResolutionWarnAt: at('2026-12-06T06:00:00'), slaResolutionDueAt: at('2026-12-06T09:00:00') }, 'at_risk'],
    ['past the response warning only', { slaResponseWarnAt: at('2026-12-06T07:00:00'), slaResponseDueAt: at('2026-12-06T07:10:00') }, 'at_risk'],
    ['past the response deadline', { slaResponseWarnAt: at('2026-12-06T06:00:00'), slaResponseDueAt: at('2026-12-06T06:30:00') }, 'breached'],
    [
      'breached outweighs at risk',
      { slaResponseWarnAt: at('2026-12-06T06:00:00'), slaResponseDueAt: at('2026-12-06T20:00:00'), slaResolutionDueAt: at('2026-12-05T20:00:00') },
      'breached',
    ],
  ])('%s', (_, deadlines, expected) => {
    expect(openItemSla({ ...none, ...deadlines }, now)).toBe(expected);
  });
});

describe('repeated problems', () => {
  const sighting = (reference: string, categoryCode: string, locationKey: string, locationLabel = locationKey): ProblemSighting => ({
    requestId: `id-${reference}`,
    reference,
    categoryCode,
    locationKey,
    locationLabel,
  });

  it.each<[string, ProblemSighting[], { categoryCode: string; locationLabel: string; references: string[] }[]]>([
    ['nothing twice', [sighting('1', 'power', 'b1'), sighting('2', 'property', 'b1'), sighting('3', 'power', 'b2')], []],
    [
      'the same building and category twice',
      [sighting('1', 'power', 'b1', 'A 座'), sighting('2', 'property', 'b1', 'A 座'), sighting('3', 'power', 'b1', 'A 座')],
      [{ categoryCode: 'power', locationLabel: 'A 座', references: ['1', '3'] }],
    ],
    [
      'most often first, then by category and place',
      [
        sighting('1', 'property', 'b2', 'B 座'),
        sighting('2', 'power', 'b1', 'A 座'),
        sighting('3', 'property', 'b2', 'B 座'),
        sighting('4', 'power', 'b1', 'A 座'),
        sighting('5', 'power', 'b1', 'A 座'),
        sighting('6', 'legal', 'b3', 'C 座'),
        sighting('7', 'legal', 'b3', 'C 座'),
      ],
      [
        { categoryCode: 'power', locationLabel: 'A 座', references: ['2', '4', '5'] },
        { categoryCode: 'legal', locationLabel: 'C 座', references: ['6', '7'] },
        { categoryCode: 'property', locationLabel: 'B 座', references: ['1', '3'] },
      ],
    ],
  ])('%s', (_, sightings, expected) => {
    expect(
      repeatedProblems(sightings).map((group) => ({
        categoryCode: group.categoryCode,
        locationLabel: group.locationLabel,
        references: group.requests.map((request) => request.reference),
      })),
    ).toEqual(expected);
    for (const group of repeatedProblems(sightings)) expect(group.count).toBe(group.requests.length);
  });

  it('takes a higher minimum when asked', () => {
    const sightings = [sighting('1', 'power', 'b1'), sighting('2', 'power', 'b1'), sighting('3', 'legal', 'b2'), sighting('4', 'legal', 'b2'), sighting('5', 'legal', 'b2')];
    expect(repeatedProblems(sightings, 3).map((group) => group.categoryCode)).toEqual(['legal']);
  });
});
