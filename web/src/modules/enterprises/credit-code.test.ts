import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter, normalizeCreditCode } from './credit-code.ts';

describe('unified social credit code check', () => {
  it('accepts published valid codes', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull();
    expect(checkCreditCode('91370200163562681G')).toBeNull();
  });

  it('names the check character a mistyped code should end with', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ kind: 'checkCharacter', expected: '3' });
  });

  it('maps a remainder of zero to the check character 0', () => {
    expect(creditCodeCheckCharacter('9137020000000000M')).toBe('0');
    expect(checkCreditCode('9137020000000000M0')).toBeNull();
  });

  it('reports wrong length and characters outside the alphabet', () => {
    expect(checkCreditCode('9135')).toEqual({ kind: 'length', length: 4 });
    expect(checkCreditCode('91350100I000100Y43')).toEqual({ kind: 'character', character: 'I' });
    expect(checkCreditCode('B1350100M000100Y43')).toEqual({ kind: 'structure' });
  });

  it('normalizes spaces and case', () => {
    expect(normalizeCreditCode(' 91350100m000 100y43 ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });
});
