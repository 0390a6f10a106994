import type { Locale } from '../i18n/locale.ts';
import type { PasswordProblem } from './password-rule.ts';

/**
 * Why a password is refused, in our own words for each of zxcvbn's warnings. Plain data, so the server's catalogue
 * and the web forms show the very same sentence.
 */
export const passwordMessages = {
  'auth.password.tooShort': { 'zh-CN': '密码至少 8 位', 'zh-TW': '密碼至少 8 個字元', en: 'Use at least 8 characters' },
  'auth.password.weak': {
    'zh-CN': '密码太容易被猜到，请加长，或用几个不相关的词组成',
    'zh-TW': '密碼太容易被猜到，請加長，或用幾個不相關的詞組成',
    en: 'This password is too easy to guess; make it longer, or string a few unrelated words together',
  },
  'auth.password.straightRow': {
    'zh-CN': '键盘上连成一排的字符很容易被猜到',
    'zh-TW': '鍵盤上連成一排的字元很容易被猜到',
    en: 'A straight row of keys is easy to guess',
  },
  'auth.password.keyPattern': {
    'zh-CN': '键盘上的短图形很容易被猜到',
    'zh-TW': '鍵盤上的短圖形很容易被猜到',
    en: 'A short keyboard pattern is easy to guess',
  },
  'auth.password.simpleRepeat': {
    'zh-CN': '重复的字符（如 aaa）很容易被猜到',
    'zh-TW': '重複的字元（如 aaa）很容易被猜到',
    en: 'Repeated characters like "aaa" are easy to guess',
  },
  'auth.password.extendedRepeat': {
    'zh-CN': '重复的字符组（如 abcabcabc）很容易被猜到',
    'zh-TW': '重複的字元組（如 abcabcabc）很容易被猜到',
    en: 'Repeated patterns like "abcabcabc" are easy to guess',
  },
  'auth.password.sequences': {
    'zh-CN': '常见的顺序（如 abc、123）很容易被猜到',
    'zh-TW': '常見的順序（如 abc、123）很容易被猜到',
    en: 'Sequences like "abc" or "123" are easy to guess',
  },
  'auth.password.recentYears': { 'zh-CN': '近年的年份很容易被猜到', 'zh-TW': '近年的年份很容易被猜到', en: 'Recent years are easy to guess' },
  'auth.password.dates': { 'zh-CN': '日期很容易被猜到', 'zh-TW': '日期很容易被猜到', en: 'Dates are easy to guess' },
  'auth.password.topTen': {
    'zh-CN': '这是最常用的密码之一',
    'zh-TW': '這是最常用的密碼之一',
    en: 'This is one of the most used passwords',
  },
  'auth.password.topHundred': {
    'zh-CN': '这是非常常用的密码',
    'zh-TW': '這是非常常用的密碼',
    en: 'This is a very commonly used password',
  },
  'auth.password.common': { 'zh-CN': '这是常用密码', 'zh-TW': '這是常用密碼', en: 'This is a commonly used password' },
  'auth.password.similarToCommon': {
    'zh-CN': '这与常用密码太相似',
    'zh-TW': '這與常用密碼太相似',
    en: 'This is too similar to a commonly used password',
  },
  'auth.password.wordByItself': {
    'zh-CN': '单个词很容易被猜到，请用几个词',
    'zh-TW': '單個詞很容易被猜到，請用幾個詞',
    en: 'A single word is easy to guess; use several',
  },
  'auth.password.namesByThemselves': {
    'zh-CN': '单独的名字或姓氏很容易被猜到',
    'zh-TW': '單獨的名字或姓氏很容易被猜到',
    en: 'Single names or surnames are easy to guess',
  },
  'auth.password.commonNames': {
    'zh-CN': '常见的名字和姓氏很容易被猜到',
    'zh-TW': '常見的名字和姓氏很容易被猜到',
    en: 'Common names and surnames are easy to guess',
  },
  'auth.password.userInputs': {
    'zh-CN': '密码不应包含用户名、姓名或本平台的名称',
    'zh-TW': '密碼不應包含使用者名稱、姓名或本平台的名稱',
    en: 'Do not use your username, your name or this platform\'s name',
  },
} satisfies Record<`auth.password.${PasswordProblem}`, Record<Locale, string>>;
