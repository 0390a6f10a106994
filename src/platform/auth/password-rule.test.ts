import { describe, expect, it } from 'vitest';
import { passwordMessages } from './password-messages.ts';
import { findPasswordProblem, loadPasswordEstimator, passwordProblemKey, passwordProblems } from './password-rule.ts';
import { generatePassword } from './password.ts';

await loadPasswordEstimator();

describe('the password rule', () => {
  it.each([
    ['short1', 'tooShort'],
    ['12345678', 'topTen'],
    ['qwertyuiop', 'topHundred'],
    ['abcd1234', 'common'],
    ['P@ssw0rd', 'similarToCommon'],
    ['aaaaaaaaaa', 'simpleRepeat'],
    ['abcabcabcabc', 'extendedRepeat'],
    ['19880512', 'dates'],
    ['qiao2026demo', 'userInputs'],
    ['Qingdao2026', 'userInputs'],
  ] as const)('refuses %s: %s', (password, problem) => {
    expect(findPasswordProblem(password)).toBe(problem);
  });

  it('refuses a password built on the account\'s own name', () => {
    expect(findPasswordProblem('liuyang2024', ['liuyang', '刘洋'])).toBe('userInputs');
    expect(findPasswordProblem('zhoumin88', ['zhou.min'])).toBe('userInputs');
    expect(findPasswordProblem('liuyang2024')).toBeNull();
  });

  it.each(['Quiet-Harbor-1987', 'correct horse battery staple', 'Copper-Lantern-Drift-77', '蓝色的海鸥飞过崂山'])('accepts %s', (password) => {
    expect(findPasswordProblem(password)).toBeNull();
  });

  it('accepts every temporary password an admin reset hands out', () => {
    for (let i = 0; i < 200; i++) expect(findPasswordProblem(generatePassword())).toBeNull();
  });

  it('has a reason in every language for every problem', () => {
    for (const problem of passwordProblems) {
      expect(Object.keys(passwordMessages[passwordProblemKey(problem)]).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    }
  });
});
