import { describe, expect, it } from 'vitest';
import { eventTotals } from './event-totals.ts';
import { landingRate } from './event-landing-rates.ts';

const project = (sectionCode: string | null, countedWan: number, verification: 'verified' | 'unverified' | null = 'verified') => ({
  sectionCode,
  sectionName: sectionCode ? `section ${sectionCode}` : null,
  countedWan,
  verification,
});

describe('eventTotals', () => {
  it('is nothing for no projects', () => {
    expect(eventTotals([])).toEqual({ projects: 0, amountWan: 0, unverifiedProjects: 0, unverifiedAmountWan: 0, sectors: [] });
  });

  it('sums each project once, by section, largest amount first and no industry last, with the unverified part', () => {
    const totals = eventTotals([project(null, 5), project('F', 0.1), project('C', 0.2, 'unverified'), project('F', 0.2), project('C', 1000.5)]);
    expect(totals).toEqual({
      projects: 5,
      amountWan: 1006,
      unverifiedProjects: 1,
      unverifiedAmountWan: 0.2,
      sectors: [
        { code: 'C', name: 'section C', projects: 2, amountWan: 1000.7, unverifiedProjects: 1, unverifiedAmountWan: 0.2 },
        { code: 'F', name: 'section F', projects: 2, amountWan: 0.3, unverifiedProjects: 0, unverifiedAmountWan: 0 },
        { code: null, name: null, projects: 1, amountWan: 5, unverifiedProjects: 0, unverifiedAmountWan: 0 },
      ],
    });
  });
});

describe('landingRate', () => {
  it.each([
    [0, 0, 0],
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [3, 3, 1],
  ])('%i of %i is %d', (part, whole, rate) => {
    expect(landingRate(part, whole)).toBe(rate);
  });
});
