import { fileURLToPath } from 'node:url';
import { DataFileError, readDataLines } from '../../../platform/text/data-file.ts';
import { latinWords } from '../../../platform/text/latin.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import type { DemandKind } from '../types.ts';

const FIELD_TERMS_FILE = new URL('../data/field-terms.txt', import.meta.url);

/**
 * A word that shows a field, with the fields it shows. Chinese words are found anywhere in the normalised text;
 * English words and phrases are compared as stemmed words (batteries = battery; ar is not found in "array").
 */
export interface FieldCue {
  word: string;
  find: (text: AnalysedText) => boolean;
  fields: readonly string[];
}

/** A text as cues look at it: its normalised key, and its Latin words stemmed, space-separated and padded. */
interface AnalysedText {
  key: string;
  latin: string;
}

const HAN = /\p{Script=Han}/u;

function analysedText(text: string): AnalysedText {
  const key = normalizeKey(text);
  return { key, latin: ` ${latinWords(key).join(' ')} ` };
}

/** A field a text is about, how strongly, and the words of the text that show it. */
export interface FieldEvidence {
  field: string;
  score: number;
  words: string[];
}

function cueFinder(word: string): (text: AnalysedText) => boolean {
  if (HAN.test(word)) return ({ key }) => key.includes(word);
  const words = ` ${latinWords(word).join(' ')} `;
  return ({ latin }) => latin.includes(words);
}

/** Builds cues from "field: word, word, …" lines; a word listed under several fields shows each of them. */
export function fieldCues(lines: ReadonlyArray<{ field: string; words: readonly string[] }>): FieldCue[] {
  const fieldsOf = new Map<string, string[]>();
  for (const { field, words } of lines) {
    for (const word of words) {
      const key = normalizeKey(word);
      const fields = fieldsOf.get(key) ?? [];
      if (!fields.includes(field)) fields.push(field);
      fieldsOf.set(key, fields);
    }
  }
  return [...fieldsOf].map(([word, fields]) => ({ word, find: cueFinder(word), fields }));
}

function readFieldCues(file: URL = FIELD_TERMS_FILE): FieldCue[] {
  const path = fileURLToPath(file);
  return fieldCues(
    readDataLines(file).map(({ line, text }) => {
      const [field = '', list = ''] = text.normalize('NFKC').split(':');
      const words = list.split(/[,、]/).map((word) => word.trim()).filter(Boolean);
      if (!field.trim() || words.length === 0) throw new DataFileError(path, line, 'expected "field: word, word, …"');
      return { field: field.trim(), words };
    }),
  );
}

/** A cue in the title says more than one in the description, as in the text score. */
const TITLE_WEIGHT = 2;

/**
 * The fields a demand's text is about, strongest first: every cue found adds its weight (title 2, description
 * 1), shared among the fields it shows. Texts are compared as normalised keys, so Traditional and full-width
 * text match.
 */
export function scoreFields(title: string, description: string, cues: readonly FieldCue[]): FieldEvidence[] {
  const titleText = analysedText(title);
  const descriptionText = analysedText(description);
  const byField = new Map<string, FieldEvidence>();
  for (const { word, find, fields } of cues) {
    const weight = find(titleText) ? TITLE_WEIGHT : find(descriptionText) ? 1 : 0;
    if (weight === 0) continue;
    for (const field of fields) {
      const evidence = byField.get(field) ?? { field, score: 0, words: [] };
      evidence.score += weight / fields.length;
      evidence.words.push(word);
      byField.set(field, evidence);
    }
  }
  return [...byField.values()].sort((a, b) => b.score - a.score || a.field.localeCompare(b.field));
}

/** Below this score a field is a guess from one passing word. */
const MIN_SCORE = 2;
/** A technology demand has one field; the best must stand this far above the next, or none is inferred. */
const CLEAR_LEAD = 1.5;
/** An investor's focus often spans fields: every field this close to the best one, up to three. */
const FOCUS_SHARE = 0.5;
const MAX_FOCUS_FIELDS = 3;

/**
 * The fields to infer from scored evidence: for a technology demand the best field when it is clear, for an
 * investor every field of its focus.
 */
export function chooseFields(kind: DemandKind, scored: readonly FieldEvidence[]): FieldEvidence[] {
  const [best, second] = scored;
  if (!best || best.score < MIN_SCORE) return [];
  if (kind === 'technology') return !second || best.score >= CLEAR_LEAD * second.score ? [best] : [];
  return scored.filter(({ score }) => score >= Math.max(MIN_SCORE, FOCUS_SHARE * best.score)).slice(0, MAX_FOCUS_FIELDS);
}

let defaultCues: FieldCue[] | undefined;

/** The fields inferred from a demand's text with the field vocabulary (data/field-terms.txt). */
export function inferFields(
  demand: { kind: DemandKind; title: string; description: string },
  cues: readonly FieldCue[] = (defaultCues ??= readFieldCues()),
): FieldEvidence[] {
  return chooseFields(demand.kind, scoreFields(demand.title, demand.description, cues));
}
