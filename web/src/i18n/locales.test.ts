import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters } from '../../../src/platform/i18n/simplified-only.ts';

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

// The shell's strings and each module's: every folder holds one file per language.
const webRoot = path.resolve(import.meta.dirname, '..');
const folders = [
  path.join(webRoot, 'i18n/locales'),
  ...fs.readdirSync(path.join(webRoot, 'modules')).map((name) => path.join(webRoot, 'modules', name, 'locales')).filter((folder) => fs.existsSync(folder)),
];
const read = (folder: string, language: string) => leaves(JSON.parse(fs.readFileSync(path.join(folder, `${language}.json`), 'utf8')) as Tree);
const allOf = (language: string) => new Map(folders.flatMap((folder) => [...read(folder, language)]));

const reference = allOf('zh-CN');
const translations = { 'zh-TW': allOf('zh-TW'), en: allOf('en') };

describe('locale files', () => {
  it.each(folders.map((folder) => [path.relative(webRoot, folder), folder]))('%s has a file per language with the same keys', (_, folder) => {
    const keys = [...read(folder, 'zh-CN').keys()].sort();
    expect([...read(folder, 'zh-TW').keys()].sort()).toEqual(keys);
    expect([...read(folder, 'en').keys()].sort()).toEqual(keys);
  });

  it('defines each string in one place only, so that merging the files loses none', () => {
    const count = folders.reduce((sum, folder) => sum + read(folder, 'zh-CN').size, 0);
    expect(reference.size).toBe(count);
  });

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
