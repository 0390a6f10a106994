import type { BilingualLexicon } from './bilingual.ts';
import { latinWords } from './latin.ts';
import { normalizeKey } from './normalize.ts';
import type { Segmenter } from './segment.ts';
import type { PhraseNode, TermTable } from './term-table.ts';

/**
 * Receives each term of a text with the word of the text it came from (for explanations) and its weight: 1 for
 * the text's own terms, less for translations of its English words.
 */
export type TermSink = (term: string, surface: string, weight: number) => void;

/** Turns text into index terms: the same function serves documents and queries, so both sides agree. */
export type TextAnalyzer = (text: string, emit: TermSink) => void;

export interface AnalyzerOptions {
  segmenter: Segmenter;
  stopWords: ReadonlySet<string>;
  /** Synonyms and concept tags; without a table words are indexed as they are. */
  termTable?: TermTable;
  /**
   * English → Chinese terms for texts written in English, so that they meet Chinese texts; called on the first
   * English text only (building a lexicon is costly). Translations weigh `translationWeight`.
   */
  bilingual?: { lexicon: () => BilingualLexicon; translationWeight: number };
}

const NON_HAN_RUN = /[^\p{Script=Han}]+/gu;
const HAN_CHARACTER = /\p{Script=Han}/gu;
/**
 * A text is English-written when its Latin letters outnumber its Chinese characters this many times (a Chinese
 * character carries about as much as a short English word). Latin words inside Chinese text are mostly
 * abbreviations and model numbers whose meaning the Chinese around them already gives, so they are not
 * translated.
 */
const ENGLISH_TEXT_RATIO = 3;
/**
 * …and has at least this many words that neither the term table nor the stop words know: a list of
 * abbreviations (BMS, OCR, AGV) is the table's business and does not make a text English, nor load the lexicon.
 */
const MIN_WORDS_TO_TRANSLATE = 3;
const EMPTY_PHRASES: PhraseNode = { next: new Map() };
/** Bounds the memory of the word cache on endless streams of new words (model numbers and the like). */
const WORD_CACHE_LIMIT = 500_000;

/** What a word of the text turns into: its term (null for a stop word) and the concept tags it adds. */
interface WordTerms {
  term: string | null;
  concepts: readonly string[] | undefined;
}

/**
 * Analysis: normalise the key (NFKC, half-width, case, Traditional → Simplified), segment the Chinese with jieba
 * and split the Latin words, drop stop words, replace synonyms by their group's term and add concept tags.
 */
export function createAnalyzer({ segmenter, stopWords, termTable, bilingual }: AnalyzerOptions): TextAnalyzer {
  const singles = termTable?.singles ?? new Map<string, string>();
  const triggers = termTable?.triggers ?? new Map<string, readonly string[]>();
  const phrases = termTable?.phrases ?? EMPTY_PHRASES;

  // Texts repeat their words; the three table lookups per word are done once per distinct word.
  const wordCache = new Map<string, WordTerms>();

  function wordTerms(word: string): WordTerms {
    let cached = wordCache.get(word);
    if (!cached) {
      const synonym = singles.get(word);
      const term = synonym ?? (stopWords.has(word) ? null : word);
      cached = { term, concepts: triggers.get(synonym ?? word) };
      if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
      wordCache.set(word, cached);
    }
    return cached;
  }

  function emitWord(word: string, emit: TermSink, surface = word, weight = 1): void {
    const { term, concepts } = wordTerms(word);
    if (term !== null) emit(term, surface, weight);
    if (concepts) for (const concept of concepts) emit(concept, surface, weight);
  }

  // A translation is cut as documents are (it must meet their terms), keeping the longest words only: the
  // search-mode parts inside them (管理, 系统 in 电池管理系统) would add generic words.
  const translationWords = new Map<string, readonly string[]>();
  function wordsOfTranslation(chinese: string): readonly string[] {
    let words = translationWords.get(chinese);
    if (!words) {
      const tokens = segmenter(chinese).filter((token) => token.trim());
      words = tokens.filter((token) => !tokens.some((other) => other.length > token.length && other.includes(token)));
      if (translationWords.size >= WORD_CACHE_LIMIT) translationWords.clear();
      translationWords.set(chinese, words);
    }
    return words;
  }

  /** Chinese terms for the English words of an English-written text, longest phrase first, below full weight. */
  function emitTranslations(words: readonly string[], emit: TermSink): void {
    if (!bilingual) return;
    const lexicon = bilingual.lexicon();
    for (let i = 0; i < words.length; ) {
      const word = words[i] ?? '';
      // The operator's table knows the word better (its synonym group has the Chinese forms), and stop words
      // say nothing in any language.
      const found = singles.has(word) || stopWords.has(word) ? undefined : lexicon.match(words, i);
      if (!found) {
        i += 1;
        continue;
      }
      const surface = words.slice(i, i + found.length).join(' ');
      // A word's translations are alternatives: together they weigh what one translation would.
      const weight = bilingual.translationWeight / found.terms.length;
      for (const chinese of found.terms) {
        for (const part of wordsOfTranslation(chinese)) emitWord(part, emit, surface, weight);
      }
      i += found.length;
    }
  }

  function emitPhrasesFrom(words: readonly string[], start: number, emit: TermSink): void {
    let node = phrases.next.get(words[start] ?? '');
    // Single words were handled by emitWord; every longer phrase starting here is emitted.
    for (let end = start + 1; node && end < words.length; end += 1) {
      node = node.next.get(words[end] ?? '');
      if (node?.term === undefined) continue;
      const surface = words.slice(start, end + 1).join(' ');
      emit(node.term, surface, 1);
      const concepts = triggers.get(node.term);
      if (concepts) for (const concept of concepts) emit(concept, surface, 1);
    }
  }

  return (text, emit) => {
    const key = normalizeKey(text);
    const chinese = key.replace(NON_HAN_RUN, ' ');
    if (chinese.trim()) {
      // Everything but Chinese was blanked out, so every token is Chinese or a space.
      for (const token of segmenter(chinese)) {
        if (token !== ' ') emitWord(token, emit);
      }
    }
    const words = latinWords(key);
    let latinLetters = 0;
    let unknownWords = 0;
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] ?? '';
      emitWord(word, emit);
      if (phrases.next.has(word)) emitPhrasesFrom(words, i, emit);
      latinLetters += word.length;
      if (!singles.has(word) && !stopWords.has(word)) unknownWords += 1;
    }
    if (
      bilingual &&
      unknownWords >= MIN_WORDS_TO_TRANSLATE &&
      latinLetters > ENGLISH_TEXT_RATIO * (chinese.match(HAN_CHARACTER)?.length ?? 0)
    ) {
      emitTranslations(words, emit);
    }
  };
}
