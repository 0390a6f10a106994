import { fileURLToPath } from 'node:url';
import { createAnalyzer, type TextAnalyzer } from './analyzer.ts';
import { cedictLexicon, loadCedictLexicon } from './bilingual.ts';
import { readDataLines } from './data-file.ts';
import { normalizeKey } from './normalize.ts';
import { createSegmenter, readUserDictionary } from './segment.ts';
import { buildTermTable, type TermTable } from './term-table.ts';

/** The operator-editable data files; their formats are described at the top of each file and in docs/MATCHING.md. */
export const TEXT_DATA_FILES = {
  userDictionary: new URL('./data/user-dict.txt', import.meta.url),
  stopWords: new URL('./data/stopwords.txt', import.meta.url),
  synonyms: new URL('./data/synonyms.txt', import.meta.url),
  concepts: new URL('./data/concepts.txt', import.meta.url),
} as const;

function readStopWords(): Set<string> {
  const words = new Set<string>();
  for (const { text } of readDataLines(TEXT_DATA_FILES.stopWords)) {
    for (const word of text.split(/\s+/)) words.add(normalizeKey(word));
  }
  return words;
}

function readTermTable(): TermTable {
  const source = (url: URL) => ({ file: fileURLToPath(url), lines: readDataLines(url) });
  return buildTermTable(source(TEXT_DATA_FILES.synonyms), source(TEXT_DATA_FILES.concepts));
}

export interface DomainText {
  analyze: TextAnalyzer;
  termTable: TermTable;
}

let domainText: DomainText | undefined;

/**
 * A dictionary translation is a guess among a word's senses, so it weighs less than a word the text itself
 * uses: enough for an English text to meet Chinese ones on its subject, not to outweigh shared words.
 */
export const TRANSLATION_WEIGHT = 0.5;

/**
 * The analyser every module shares: jieba in search mode with the domain dictionary, stop words, synonyms and
 * concept tags. Built on first use (loading the dictionaries takes a fraction of a second).
 */
export function domainTextAnalysis(): DomainText {
  if (!domainText) {
    const termTable = readTermTable();
    const userWords = [
      ...readUserDictionary(TEXT_DATA_FILES.userDictionary),
      ...termTable.chineseWords.map((word) => ({ word })),
    ];
    const segmenter = createSegmenter(userWords, 'search');
    const bilingual = { lexicon: cedictLexicon, translationWeight: TRANSLATION_WEIGHT };
    domainText = { analyze: createAnalyzer({ segmenter, stopWords: readStopWords(), termTable, bilingual }), termTable };
  }
  return domainText;
}

/**
 * Loads the English lexicon (which the analyser otherwise builds, blocking, on the first English text it meets)
 * without blocking the event loop: a server awaits this before it serves, so no request waits for it.
 */
export async function prepareTextAnalysis(): Promise<void> {
  await loadCedictLexicon();
}

/** Plain jieba tokens of the normalised key, nothing else: the reference that the domain analysis must beat. */
export function plainTextAnalyzer(): TextAnalyzer {
  return createAnalyzer({ segmenter: createSegmenter([], 'plain'), stopWords: new Set() });
}
