import { DataFileError, type DataLine } from './data-file.ts';
import { latinWords } from './latin.ts';
import { normalizeKey } from './normalize.ts';

/** Terms of a synonym group are written "=label", concept tags "#label"; plain words never start with either. */
export const SYNONYM_PREFIX = '=';
export const CONCEPT_PREFIX = '#';

/** A trie over Latin words: each node may end a phrase (its term) and lead on to longer phrases. */
export interface PhraseNode {
  term?: string;
  next: Map<string, PhraseNode>;
}

/**
 * The operator's term knowledge, compiled for the analyser. A synonym group replaces each of its surface forms by
 * one term (锂电, 锂电池, li-ion → =锂离子电池), so equal meanings match whatever words each side used. A concept
 * tag is added beside the words that trigger it (混酸, 飞温, 微反应器 → #本质安全工艺), which lets a demand that
 * describes a problem meet a listing that names the solution.
 */
export interface TermTable {
  /** A single word (Chinese word or stemmed Latin word) → its synonym term. */
  readonly singles: ReadonlyMap<string, string>;
  /** Latin phrases of two words or more. */
  readonly phrases: PhraseNode;
  /** A term (synonym term or plain word) → the concept tags it triggers. */
  readonly triggers: ReadonlyMap<string, readonly string[]>;
  /** Synonym and concept terms → the label a person reads (the first form, as the operator wrote it). */
  readonly labels: ReadonlyMap<string, string>;
  /** Chinese surface forms, which the segmenter must keep whole. */
  readonly chineseWords: readonly string[];
}

export interface TermTableSource {
  file: string;
  lines: readonly DataLine[];
}

const HAN = /\p{Script=Han}/u;
const NON_HAN = /[^\p{Script=Han}]/gu;
// Full-width commas become "," under NFKC; the enumeration comma 、 is accepted as well.
const LIST_SEPARATOR = /[,、]/;

type Surface = { kind: 'word'; word: string } | { kind: 'phrase'; words: string[] };

function parseSurface(text: string, file: string, line: number): Surface {
  const key = normalizeKey(text);
  const words = latinWords(key);
  if (HAN.test(key)) {
    if (words.length > 0) {
      throw new DataFileError(file, line, `"${text}" mixes Chinese and Latin words; list the two forms separately`);
    }
    return { kind: 'word', word: key.replace(NON_HAN, '') };
  }
  if (words.length === 0) throw new DataFileError(file, line, `"${text}" has no word that can be searched`);
  return words.length === 1 ? { kind: 'word', word: words[0] ?? '' } : { kind: 'phrase', words };
}

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

class TermTableBuilder {
  readonly singles = new Map<string, string>();
  readonly phrases: PhraseNode = { next: new Map() };
  readonly triggers = new Map<string, string[]>();
  readonly labels = new Map<string, string>();
  readonly chineseWords = new Set<string>();
  private readonly definedAt = new Map<string, string>();

  addSynonymGroup(variants: string[], file: string, line: number): void {
    const label = variants[0] ?? '';
    const term = SYNONYM_PREFIX + normalizeKey(label);
    const labelledAt = this.definedAt.get(normalizeKey(label));
    if (this.labels.has(term) && labelledAt !== undefined) {
      throw new DataFileError(file, line, `"${label}" is already in another group (${labelledAt})`);
    }
    this.labels.set(term, label);
    for (const variant of variants) {
      const surface = parseSurface(variant, file, line);
      const key = surface.kind === 'word' ? surface.word : surface.words.join(' ');
      const earlier = this.definedAt.get(key);
      if (earlier !== undefined && this.lookup(surface) !== term) {
        const normalised = key === variant ? '' : ` (normalised "${key}")`;
        throw new DataFileError(file, line, `"${variant}"${normalised} is already in another group (${earlier})`);
      }
      this.definedAt.set(key, `${file}:${line}`);
      this.define(surface, term);
    }
  }

  addConcept(label: string, triggerTexts: string[], file: string, line: number): void {
    const concept = CONCEPT_PREFIX + normalizeKey(label);
    this.labels.set(concept, label);
    for (const text of triggerTexts) {
      const surface = parseSurface(text, file, line);
      // A trigger phrase outside every synonym group becomes a term of its own, so that it can be recognised.
      const term = this.lookup(surface) ?? this.define(surface, surface.kind === 'word' ? surface.word : surface.words.join(' '));
      const concepts = this.triggers.get(term) ?? [];
      if (!concepts.includes(concept)) concepts.push(concept);
      this.triggers.set(term, concepts);
    }
  }

  private lookup(surface: Surface): string | undefined {
    if (surface.kind === 'word') return this.singles.get(surface.word);
    let node: PhraseNode | undefined = this.phrases;
    for (const word of surface.words) node = node?.next.get(word);
    return node?.term;
  }

  private define(surface: Surface, term: string): string {
    if (surface.kind === 'word') {
      if (term !== surface.word) this.singles.set(surface.word, term);
      if (HAN.test(surface.word)) this.chineseWords.add(surface.word);
      return term;
    }
    let node = this.phrases;
    for (const word of surface.words) {
      let next = node.next.get(word);
      if (!next) {
        next = { next: new Map() };
        node.next.set(word, next);
      }
      node = next;
    }
    node.term = term;
    return term;
  }
}

/**
 * Compiles the synonym file ("form, form, …" per line, the first form being the label) and the concept file
 * ("label: trigger, trigger, …" per line). Synonym groups are read first so that triggers may use any form.
 */
export function buildTermTable(synonyms: TermTableSource, concepts: TermTableSource): TermTable {
  const builder = new TermTableBuilder();
  for (const { line, text } of synonyms.lines) {
    const variants = splitList(text.normalize('NFKC'));
    if (variants.length < 2) throw new DataFileError(synonyms.file, line, 'a synonym group needs two forms or more');
    builder.addSynonymGroup(variants, synonyms.file, line);
  }
  for (const { line, text } of concepts.lines) {
    const [label = '', ...rest] = text.normalize('NFKC').split(':');
    const triggers = splitList(rest.join(':'));
    if (!label.trim() || triggers.length === 0) {
      throw new DataFileError(concepts.file, line, 'expected "label: trigger, trigger, …"');
    }
    builder.addConcept(label.trim(), triggers, concepts.file, line);
  }
  return {
    singles: builder.singles,
    phrases: builder.phrases,
    triggers: builder.triggers,
    labels: builder.labels,
    chineseWords: [...builder.chineseWords],
  };
}
