// GB 32100-2015 unified social credit code: 17 characters and a check character over a 31-letter alphabet
// (no I, O, S, V or Z, which read like digits).
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// 登记管理部门码: the first character names the registering authority.
const registrationAuthorities = '123456789ANY';

export type CreditCodeProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; character: string }
  | { kind: 'structure' }
  | { kind: 'checkCharacter'; expected: string };

/** As people type or paste codes: full-width characters, spaces and lower case are accepted. */
export function normalizeCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or undefined if one is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (weights[i] ?? 0);
  }
  return alphabet[(31 - (sum % 31)) % 31];
}

/** What is wrong with a (normalized) code, or null when it is well formed; the server has the last word. */
export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return { kind: 'length', length: code.length };
  const stray = [...code].find((character) => !alphabet.includes(character));
  if (stray) return { kind: 'character', character: stray };
  // An authority code, a non-zero organisation category and a six-digit administrative division.
  if (!registrationAuthorities.includes(code[0] ?? '') || !/^[1-9]\d{6}$/.test(code.slice(1, 8))) return { kind: 'structure' };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected && expected !== code[17]) return { kind: 'checkCharacter', expected };
  return null;
}
