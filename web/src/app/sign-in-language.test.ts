import { describe, expect, it } from 'vitest';
import { signInLanguage } from './sign-in-language.ts';

describe('the language after signing in', () => {
  it.each([
    ['keeps the account\'s saved language over the browser\'s', 'zh-TW', 'en', { language: 'zh-TW', save: false }],
    ['changes nothing when both agree', 'en', 'en', { language: 'en', save: false }],
    ['gives an account without one the browser\'s, to keep', null, 'en', { language: 'en', save: true }],
    ['treats a language the app no longer has as none', 'fr', 'zh-CN', { language: 'zh-CN', save: true }],
  ] as const)('%s', (_case, saved, shown, expected) => {
    expect(signInLanguage(saved, shown)).toEqual(expected);
  });
});
