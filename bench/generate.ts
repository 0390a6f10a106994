import { dict } from '@node-rs/jieba/dict';
import { MATURITY_LEVELS, TRANSACTION_MODES, type Demand, type Listing } from '../src/modules/matching/types.ts';
import { seededRandom } from '../src/server/seeded-random.ts';
import {
  DEMAND_OPENINGS,
  DEMAND_WISHES,
  FIELD_TERMS,
  GENERIC_TERMS,
  PROBLEM_PHRASES,
  SUMMARY_TEMPLATES,
  TITLE_PREFIXES,
  TITLE_SUFFIXES,
  VERBS,
} from './vocabulary.ts';

/** Draws from a list with Zipf-like frequencies: rank r is chosen with probability about 1/r. */
function zipfPick<T>(next: () => number, items: readonly T[]): T {
  const rank = Math.floor(Math.exp(next() * Math.log(items.length + 1))) - 1;
  return items[Math.min(rank, items.length - 1)] as T;
}

/**
 * Fields are less skewed than words: in a real market the largest field holds about a tenth of the listings,
 * not a quarter. Rank r is chosen with probability about 1/√r.
 */
function fieldPick(next: () => number, fields: readonly string[]): string {
  const rank = Math.floor(((Math.sqrt(fields.length + 1) - 1) * next() + 1) ** 2) - 1;
  return fields[Math.min(rank, fields.length - 1)] as string;
}

const uniformPick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

/**
 * The long tail: nouns of jieba's dictionary, most frequent first (the dictionary is a natural Zipf sample of
 * Chinese), skipping the very commonest.
 */
function tailWords(): string[] {
  const words: Array<[string, number]> = [];
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word = '', frequency = '0', tag = ''] = line.split(' ');
    if ((tag === 'n' || tag === 'nz' || tag === 'vn') && word.length >= 2 && word.length <= 4) {
      words.push([word, Number(frequency)]);
    }
  }
  return words
    .sort((a, b) => b[1] - a[1])
    .slice(200, 60_200)
    .map(([word]) => word);
}

const FIELDS = Object.keys(FIELD_TERMS);

export class CorpusGenerator {
  private readonly next: () => number;
  private readonly tail = tailWords();

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  private fieldTerm(field: string): string {
    return zipfPick(this.next, FIELD_TERMS[field] ?? []);
  }

  private term(field: string): string {
    const roll = this.next();
    if (roll < 0.45) return this.fieldTerm(field);
    if (roll < 0.75) return zipfPick(this.next, GENERIC_TERMS);
    return zipfPick(this.next, this.tail);
  }

  private number(): string {
    return String(1 + Math.floor(this.next() * 99));
  }

  private sentence(field: string): string {
    return zipfPick(this.next, SUMMARY_TEMPLATES)
      .replace(/\{(a|b|c|d)\}/g, () => this.term(field))
      .replace(/\{n\}/g, () => this.number())
      .replace('{verb}', () => uniformPick(this.next, VERBS));
  }

  /** A summary of 80–220 characters, of a few sentences that keep returning to the listing's own topic. */
  private summary(field: string, topic: readonly string[]): string {
    const target = 80 + Math.floor(this.next() * 140);
    let text = `${uniformPick(this.next, topic)}`;
    while (text.length < target) {
      text += this.next() < 0.35 ? `${uniformPick(this.next, topic)}${this.sentence(field)}` : this.sentence(field);
    }
    return text.slice(0, target);
  }

  listing(index: number): Listing {
    const field = fieldPick(this.next, FIELDS);
    const topic = [this.fieldTerm(field), this.fieldTerm(field), zipfPick(this.next, this.tail)];
    const title = `${uniformPick(this.next, TITLE_PREFIXES)}${topic[0]}${topic[2]}${uniformPick(this.next, TITLE_SUFFIXES)}`;
    const keywords = [...new Set([...topic, this.fieldTerm(field), this.term(field)])].slice(0, 3 + Math.floor(this.next() * 3));
    const modes = TRANSACTION_MODES.filter(() => this.next() < 0.35);
    return {
      id: `SYN-L${String(index).padStart(7, '0')}`,
      title,
      summary: this.summary(field, topic),
      field,
      keywords,
      maturity: uniformPick(this.next, MATURITY_LEVELS),
      modes: modes.length > 0 ? modes : ['许可'],
      priceWan: this.next() < 0.4 ? null : Math.round(10 + this.next() ** 2 * 2000),
      owner: null,
      region: null,
    };
  }

  demand(index: number): Demand {
    const field = fieldPick(this.next, FIELDS);
    const subject = [this.fieldTerm(field), zipfPick(this.next, this.tail)];
    const parts = [
      `${uniformPick(this.next, DEMAND_OPENINGS)}${subject[0]}，${subject[1]}${uniformPick(this.next, PROBLEM_PHRASES)}。`,
      this.sentence(field),
      `现在${this.term(field)}${uniformPick(this.next, PROBLEM_PHRASES)}，${this.term(field)}和${this.term(field)}也有问题。`,
      `${uniformPick(this.next, DEMAND_WISHES)}。`,
    ];
    return {
      id: `SYN-D${String(index).padStart(5, '0')}`,
      kind: this.next() < 0.85 ? 'technology' : 'capital',
      title: `${subject[0]}${uniformPick(this.next, PROBLEM_PHRASES)}`,
      description: parts.join(''),
      field: this.next() < 0.8 ? field : null,
      budgetWan: this.next() < 0.5 ? null : Math.round(20 + this.next() * 500),
      maturityNeeded: this.next() < 0.3 ? null : uniformPick(this.next, MATURITY_LEVELS),
      region: null,
    };
  }
}
