import { describe, expect, it } from 'vitest';
import { canonicalCreditCode, creditCodeCheckCharacter, creditCodeProblem } from './validate-credit-code.ts';

describe('credit code (GB 32100-2015)', () => {
  it.each([
    '91350100M000100Y43', // the standard's own example
    '91370200163562681G',
    '914403001922038216',
    '91440300708461136T',
    '91110108551385082Q',
  ])('accepts the published code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('computes check characters that the validator accepts, including 0 and letters', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 400; n++) {
      const first17 = `9137021${String(n).padStart(3, '0')}MA3C${String(n * 7919).padStart(6, '0').slice(-6)}`.slice(0, 17);
      const code = first17 + creditCodeCheckCharacter(first17);
      expect(creditCodeProblem(code)).toBeNull();
      seen.add(code[17]!);
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it.each([
    ['91350100M000100Y4', { problem: 'length', length: 17 }],
    ['91350100M000100Y433', { problem: 'length', length: 19 }],
    ['91350100M000100I43', { problem: 'characters', character: 'I' }],
    ['91350100M000100S43', { problem: 'characters', character: 'S' }],
    ['B1350100M000100Y43', { problem: 'structure' }],
    ['90350100M000100Y43', { problem: 'structure' }],
    ['9135010AM000100Y43', { problem: 'structure' }],
    ['91350100M000100Y44', { problem: 'checksum' }],
  ])('rejects %s', (code, problem) => {
    expect(creditCodeProblem(code)).toEqual(problem);
  });

  it('takes lower case, full width and spaces as typed', () => {
    expect(canonicalCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(canonicalCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });
});
