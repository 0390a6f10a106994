import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { fileURLToPath } from 'node:url';
import { readDataLines, DataFileError } from './data-file.ts';
import { normalizeKey } from './normalize.ts';

/** A word the segmenter must keep whole; frequency as in jieba's dictionary (higher wins ties with splits). */
export interface UserWord {
  word: string;
  frequency?: number;
}

/**
 * Without a frequency jieba ignores a user word. This one is enough for a two-character word made of common
 * characters to beat its split (the split's probability is the product of two small ones), yet far below the
 * frequencies of everyday words, so ordinary segmentation is left alone.
 */
const DEFAULT_USER_WORD_FREQUENCY = 3000;

export type Segmenter = (text: string) => string[];

/**
 * Jieba with its bundled dictionary plus the given words. Search mode also yields the dictionary words inside
 * long words (电池管理系统 → 电池, 管理, 系统, 管理系统, 电池管理系统), so a document that says the long form
 * matches a query that says a part of it.
 */
export function createSegmenter(userWords: Iterable<UserWord>, mode: 'search' | 'plain'): Segmenter {
  const jieba = Jieba.withDict(dict);
  const wanted = new Map<string, number>();
  for (const { word, frequency } of userWords) {
    // jieba's dictionary format is "word frequency"; a word with a space inside cannot be expressed.
    if (!/\s/.test(word)) wanted.set(word, Math.max(wanted.get(word) ?? 0, frequency ?? DEFAULT_USER_WORD_FREQUENCY));
  }
  if (wanted.size > 0) {
    // Loading a word replaces its frequency; a word jieba already knows better keeps its own.
    for (const [word, frequency] of bundledFrequencies(wanted)) {
      if (frequency > (wanted.get(word) ?? 0)) wanted.set(word, frequency);
    }
    jieba.loadDict(Buffer.from([...wanted].map(([word, frequency]) => `${word} ${frequency}`).join('\n')));
  }
  return mode === 'search' ? (text) => jieba.cutForSearch(text, false) : (text) => jieba.cut(text, false);
}

/**
 * The bundled dictionary's frequencies of the given words (those it contains), in one pass over it. The
 * frequencies also tell how common a word is in general use (the bilingual lexicon prefers common words).
 */
export function bundledFrequencies(words: { has(word: string): boolean }): Map<string, number> {
  const found = new Map<string, number>();
  const text = Buffer.from(dict).toString('utf8');
  for (let start = 0; start < text.length; ) {
    const space = text.indexOf(' ', start);
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    if (space > start && space < lineEnd) {
      const word = text.slice(start, space);
      if (words.has(word)) found.set(word, Number.parseInt(text.slice(space + 1, lineEnd), 10) || 0);
    }
    start = lineEnd + 1;
  }
  return found;
}

/** Reads a user dictionary: words separated by whitespace, each optionally followed by ":frequency". */
export function readUserDictionary(path: URL): UserWord[] {
  return readDataLines(path).flatMap(({ line, text }) =>
    text.split(/\s+/).map((entry) => {
      const [word = '', frequency, ...rest] = entry.split(':');
      if (!word || rest.length > 0 || (frequency !== undefined && !/^\d+$/.test(frequency))) {
        throw new DataFileError(fileURLToPath(path), line, `expected "word" or "word:frequency", not "${entry}"`);
      }
      // Text is segmented after conversion to Simplified, so words written in Traditional are converted too.
      const key = normalizeKey(word);
      return frequency === undefined ? { word: key } : { word: key, frequency: Number(frequency) };
    }),
  );
}
