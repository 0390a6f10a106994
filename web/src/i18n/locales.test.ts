import { describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters } from '../../../src/platform/i18n/simplified-only.ts';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

const reference = leaves(zhCN);
const translations = { 'zh-TW': leaves(zhTW), en: leaves(en) };

describe('locale files', () => {
  it.each(Object.entries(translations))('%s has exactly the keys of zh-CN', (_, strings) => {
    expect([...strings.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(translations))('%s uses the same placeholders as zh-CN', (_, strings) => {
    for (const [key, text] of reference) expect({ key, placeholders: placeholders(strings.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
  });

  it('has no empty strings', () => {
    for (const strings of [reference, ...Object.values(translations)]) {
      for (const [key, text] of strings) expect({ key, text: text.trim().length > 0 }).toEqual({ key, text: true });
    }
  });

  it('writes zh-TW in Traditional characters only', () => {
    for (const [key, text] of translations['zh-TW']) expect({ key, simplified: simplifiedOnlyCharacters(text) }).toEqual({ key, simplified: [] });
  });

  it('writes English without Chinese, but for the logo character', () => {
    for (const [key, text] of translations.en) {
      if (key !== 'app.brandMark') expect({ key, text }).toEqual({ key, text: expect.not.stringMatching(/\p{Script=Han}/u) });
    }
  });
});
