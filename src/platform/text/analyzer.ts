import { latinWords } from './latin.ts';
import { normalizeKey } from './normalize.ts';
import type { Segmenter } from './segment.ts';
import type { PhraseNode, TermTable } from './term-table.ts';

/** Receives each term of a text with the word of the text it came from (for explanations). */
export type TermSink = (term: string, surface: string) => void;

/** Turns text into index terms: the same function serves documents and queries, so both sides agree. */
export type TextAnalyzer = (text: string, emit: TermSink) => void;

export interface AnalyzerOptions {
  segmenter: Segmenter;
  stopWords: ReadonlySet<string>;
  /** Synonyms and concept tags; without a table words are indexed as they are. */
  termTable?: TermTable;
}

const NON_HAN_RUN = /[^\p{Script=Han}]+/gu;
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
export function createAnalyzer({ segmenter, stopWords, termTable }: AnalyzerOptions): TextAnalyzer {
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

  function emitWord(word: string, emit: TermSink): void {
    const { term, concepts } = wordTerms(word);
    if (term !== null) emit(term, word);
    if (concepts) for (const concept of concepts) emit(concept, word);
  }

  function emitPhrasesFrom(words: readonly string[], start: number, emit: TermSink): void {
    let node = phrases.next.get(words[start] ?? '');
    // Single words were handled by emitWord; every longer phrase starting here is emitted.
    for (let end = start + 1; node && end < words.length; end += 1) {
      node = node.next.get(words[end] ?? '');
      if (node?.term === undefined) continue;
      const surface = words.slice(start, end + 1).join(' ');
      emit(node.term, surface);
      const concepts = triggers.get(node.term);
      if (concepts) for (const concept of concepts) emit(concept, surface);
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
    for (let i = 0; i < words.length; i += 1) {
      emitWord(words[i] ?? '', emit);
      if (phrases.next.has(words[i] ?? '')) emitPhrasesFrom(words, i, emit);
    }
  };
}
