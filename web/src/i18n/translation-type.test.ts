import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTranslationType, translationTypeFile } from './translation-type.ts';

describe('the type of the modules’ strings', () => {
  it('names every module’s locale files as they are now', () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, '../../..', translationTypeFile), 'utf8');
    expect(committed === generateTranslationType(), `${translationTypeFile} is stale: run \`npm run i18n:generate\` and commit it`).toBe(true);
  });
});
