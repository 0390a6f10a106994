import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { definedMessages } from './messages.ts';
import { simplifiedOnlyCharacters } from './simplified-only.ts';

// Every source file that adds messages to the catalogue, wherever it lives: a new module's are checked unasked.
const sourceRoot = path.resolve(import.meta.dirname, '../..');
const definingFiles = fs
  .readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => path.join(sourceRoot, file))
  .filter((file) => file !== path.join(import.meta.dirname, 'messages.ts') && fs.readFileSync(file, 'utf8').includes('defineMessages('));
for (const file of definingFiles) await import(pathToFileURL(file).href);
const catalogue = Object.entries(definedMessages());

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
// Han characters, CJK punctuation (、「」) and full-width forms (，（）).
const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

describe('the server\'s message catalogue', () => {
  it('is gathered from every file that defines messages', () => {
    expect(definingFiles.map((file) => path.relative(sourceRoot, file))).toEqual(
      expect.arrayContaining(['modules/enterprises/messages.ts', 'platform/http/messages.ts', 'platform/auth/messages.ts', 'platform/audit/messages.ts']),
    );
    expect(catalogue.length).toBeGreaterThan(100);
  });

  it('words every message in all three languages, with the same placeholders', () => {
    for (const [key, { 'zh-CN': simplified, 'zh-TW': traditional, en }] of catalogue) {
      expect({ key, filled: [simplified, traditional, en].every((text) => text.trim().length > 0) }).toEqual({ key, filled: true });
      expect({ key, placeholders: [placeholders(traditional), placeholders(en)] }).toEqual({ key, placeholders: [placeholders(simplified), placeholders(simplified)] });
    }
  });

  it('writes English without Chinese characters or punctuation', () => {
    for (const [key, { en }] of catalogue) expect({ key, en }).toEqual({ key, en: expect.not.stringMatching(chinese) });
  });

  // OpenCC would write 台 as 臺, but 台 is as much a Traditional character: only characters that Traditional text
  // never uses are refused.
  it('writes zh-TW in Traditional characters only', () => {
    for (const [key, { 'zh-TW': traditional }] of catalogue) expect({ key, simplified: simplifiedOnlyCharacters(traditional) }).toEqual({ key, simplified: [] });
  });
});
