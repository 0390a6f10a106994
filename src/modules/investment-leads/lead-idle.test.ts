import { describe, expect, it } from 'vitest';
import { idleCutoffs, returnsToPoolAt } from './lead-idle.ts';

const at = (iso: string) => new Date(iso);

describe('idle leads', () => {
  it.each([
    // now, return days, warning days, return before, warn before
    ['2026-12-05T00:00:00Z', 30, 5, '2026-11-05T00:00:00Z', '2026-11-10T00:00:00Z'],
    ['2026-03-01T12:00:00Z', 30, 5, '2026-01-30T12:00:00Z', '2026-02-04T12:00:00Z'],
    ['2026-12-05T00:00:00Z', 7, 2, '2026-11-28T00:00:00Z', '2026-11-30T00:00:00Z'],
    ['2026-12-05T00:00:00Z', 1, 0, '2026-12-04T00:00:00Z', '2026-12-04T00:00:00Z'],
    // A warning period as long as the whole one warns from the first day, never before the touch.
    ['2026-12-05T00:00:00Z', 3, 9, '2026-12-02T00:00:00Z', '2026-12-05T00:00:00Z'],
  ])('at %s with %i days and a warning %i days before: return before %s, warn before %s', (now, returnDays, warningDays, returnBefore, warnBefore) => {
    expect(idleCutoffs(at(now), { returnDays, warningDays })).toEqual({ returnBefore: at(returnBefore), warnBefore: at(warnBefore) });
  });

  it('names the instant a lead returns to the pool', () => {
    expect(returnsToPoolAt(at('2026-11-20T09:30:00Z'), { returnDays: 30 })).toEqual(at('2026-12-20T09:30:00Z'));
    expect(returnsToPoolAt(at('2026-02-27T16:00:00Z'), { returnDays: 2 })).toEqual(at('2026-03-01T16:00:00Z'));
  });
});
