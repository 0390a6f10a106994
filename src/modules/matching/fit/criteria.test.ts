import { describe, expect, it } from 'vitest';
import { fieldFit, maturityFit, modeFit, priceFit, regionFit } from './criteria.ts';

const NONE = -1;
const [LAB, SMALL, PILOT, MASS] = [0, 1, 2, 3];

describe('fit criteria', () => {
  it.each([
    ['technology', 'same', 'met', 1.25],
    ['technology', 'related', 'partly', 1.1],
    ['technology', 'other', 'unmet', 0.85],
    ['technology', 'unknown', 'unknown', 1],
    ['capital', 'same', 'met', 1.5],
    ['capital', 'other', 'unmet', 0.75],
  ] as const)('field: %s demand, %s field → %s ×%s', (kind, relation, status, factor) => {
    expect(fieldFit(kind, relation)).toEqual({ status, factor });
  });

  it.each([
    ['technology', 'same', 'met', 1.12],
    ['technology', 'related', 'partly', 1.05],
    ['technology', 'other', 'unmet', 0.93],
    ['technology', 'unknown', 'unknown', 1],
    ['capital', 'same', 'met', 1.3],
    ['capital', 'other', 'unmet', 0.85],
  ] as const)('field inferred from the text: %s demand, %s field → %s ×%s, closer to 1 than stated', (kind, relation, status, factor) => {
    expect(fieldFit(kind, relation, 'inferred')).toEqual({ status, factor });
    expect(Math.abs(Math.log(factor))).toBeLessThanOrEqual(Math.abs(Math.log(fieldFit(kind, relation, 'stated').factor)));
  });

  it.each([
    ['technology', PILOT, MASS, 'met', 1],
    ['technology', PILOT, PILOT, 'met', 1],
    ['technology', MASS, PILOT, 'partly', 0.85],
    ['technology', MASS, SMALL, 'unmet', 0.7],
    ['technology', MASS, LAB, 'unmet', 0.6],
    ['technology', NONE, LAB, 'unknown', 1],
    ['technology', MASS, NONE, 'unknown', 1],
    ['capital', LAB, SMALL, 'met', 1],
    ['capital', LAB, PILOT, 'partly', 0.9],
    ['capital', PILOT, SMALL, 'unmet', 0.75],
  ] as const)('maturity: %s demand needs %i, listing offers %i → %s ×%s', (kind, needed, offered, status, factor) => {
    expect(maturityFit(kind, needed, offered)).toEqual({ status, factor });
  });

  it.each([
    [LAB, SMALL, LAB, 'met', 1],
    [LAB, SMALL, SMALL, 'met', 1],
    [LAB, SMALL, PILOT, 'partly', 0.9],
    [SMALL, MASS, MASS, 'met', 1],
    [PILOT, MASS, SMALL, 'unmet', 0.75],
    [MASS, MASS, PILOT, 'unmet', 0.75],
    [PILOT, NONE, MASS, 'met', 1],
  ] as const)('stage: an investor in %i to %i, listing at %i → %s ×%s', (earliest, latest, offered, status, factor) => {
    expect(maturityFit('capital', earliest, offered, latest)).toEqual({ status, factor });
  });

  it.each([
    ['technology', 100, 80, 'met', 1.05],
    ['technology', 100, 100, 'met', 1.05],
    ['technology', 100, 150, 'partly', 0.95],
    ['technology', 100, 151, 'unmet', 0.8],
    ['technology', 100, Number.NaN, 'unknown', 1],
    ['technology', Number.NaN, 50, 'unknown', 1],
    ['capital', 5000, 2000, 'met', 1],
    ['capital', 1000, 2500, 'unmet', 0.85],
  ] as const)('price: %s demand with budget %s, price %s → %s ×%s', (kind, budget, price, status, factor) => {
    expect(priceFit(kind, budget, price)).toEqual({ status, factor });
  });

  it.each([
    ['technology', 0b00011, 0b00010, 'met', 1.05],
    ['technology', 0b00001, 0b11110, 'unmet', 0.9],
    ['technology', 0, 0b00001, 'unknown', 1],
    ['capital', 0b01100, 0b00001, 'unmet', 0.95],
  ] as const)('modes: %s demand wants %i, listing offers %i → %s ×%s', (kind, wanted, offered, status, factor) => {
    expect(modeFit(kind, wanted, offered)).toEqual({ status, factor });
  });

  it.each([
    [3, 3, 'met', 1.03],
    [3, 4, 'unmet', 1],
    [0, 4, 'unknown', 1],
  ] as const)('region: %i and %i → %s ×%s', (demand, listing, status, factor) => {
    expect(regionFit(demand, listing)).toEqual({ status, factor });
  });
});
