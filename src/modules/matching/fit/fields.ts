import { fileURLToPath } from 'node:url';
import { DataFileError, readDataLines } from '../../../platform/text/data-file.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import type { FieldRelation } from './criteria.ts';

const AFFINITY_FILE = new URL('../data/field-affinity.txt', import.meta.url);

/** Pairs of related fields from field-affinity.txt ("field: related, related"). */
function readFieldAffinity(file: URL = AFFINITY_FILE): Array<[string, string]> {
  const path = fileURLToPath(file);
  return readDataLines(file).flatMap(({ line, text }) => {
    const [field = '', related = ''] = text.normalize('NFKC').split(':');
    const others = related.split(/[,、]/).map((name) => name.trim()).filter(Boolean);
    if (!field.trim() || others.length === 0) throw new DataFileError(path, line, 'expected "field: related, related"');
    return others.map((other): [string, string] => [field.trim(), other]);
  });
}

/** Bounds the names remembered as given (any spelling of a field may come in free text). */
const GIVEN_NAMES_LIMIT = 100_000;

let defaultAffinity: Array<[string, string]> | undefined;

/**
 * Numbers fields (0 = none given) so that fit is computed on integers, and knows which fields are related.
 * Names are compared as normalised keys, so 新能源電池 and 新能源电池 are one field.
 */
export class FieldRegistry {
  private readonly ids = new Map<string, number>();
  /** Ids by the name as given: records repeat a few names, which are normalised once each. */
  private readonly given = new Map<string, number>();
  private readonly related = new Map<number, Set<number>>();

  constructor(affinity: ReadonlyArray<readonly [string, string]> = (defaultAffinity ??= readFieldAffinity())) {
    for (const [a, b] of affinity) {
      const idA = this.id(a);
      const idB = this.id(b);
      if (idA === idB) continue;
      this.relatedTo(idA).add(idB);
      this.relatedTo(idB).add(idA);
    }
  }

  private relatedTo(id: number): Set<number> {
    let set = this.related.get(id);
    if (!set) {
      set = new Set();
      this.related.set(id, set);
    }
    return set;
  }

  id(field: string | null): number {
    if (!field) return 0;
    let id = this.given.get(field);
    if (id === undefined) {
      id = this.idOfKey(normalizeKey(field));
      if (this.given.size >= GIVEN_NAMES_LIMIT) this.given.clear();
      this.given.set(field, id);
    }
    return id;
  }

  private idOfKey(key: string): number {
    if (!key) return 0;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }

  /** The largest id given so far. */
  get size(): number {
    return this.ids.size;
  }

  relation(demandField: number, listingField: number): FieldRelation {
    if (demandField === 0 || listingField === 0) return 'unknown';
    if (demandField === listingField) return 'same';
    return this.related.get(demandField)?.has(listingField) ? 'related' : 'other';
  }
}
