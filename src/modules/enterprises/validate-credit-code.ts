/** GB 32100-2015 统一社会信用代码 alphabet: digits and capitals without I, O, Z, S, V; a character's value is its index. */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const alphabet = creditCodeAlphabet;
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** 登记管理部门码: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管, A 中央军委, N 农业, Y 其他. */
const registrationAuthorities = '123456789ANY';

// Pure and dependency-free: the web app's form imports this same file for instant feedback.
export type CreditCodeProblem =
  | { problem: 'length'; length: number }
  | { problem: 'characters'; character: string }
  | { problem: 'structure' }
  // The right check character is deliberately not reported: a typo elsewhere in the code would then be "fixed"
  // into a wrong code that looks valid.
  | { problem: 'checksum' };

/** The check character (18th) for the first 17 characters, which must be from the alphabet. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]!) * weights[i]!;
  return alphabet[(31 - (sum % 31)) % 31]!;
}

/** As people type it: full-width characters, spaces and lower case are accepted. */
export function canonicalCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Checks a canonical credit code; null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return { problem: 'length', length: code.length };
  const stray = [...code].find((ch) => !alphabet.includes(ch));
  if (stray) return { problem: 'characters', character: stray };
  // Registration authority, a non-zero organisation category, and a six-digit administrative division code.
  if (!registrationAuthorities.includes(code[0]!) || !/^[1-9]\d{6}$/.test(code.slice(1, 8))) {
    return { problem: 'structure' };
  }
  return code[17] === creditCodeCheckCharacter(code.slice(0, 17)) ? null : { problem: 'checksum' };
}
