import { fileURLToPath } from 'node:url';
import { DataFileError, readDataLines } from '../../../platform/text/data-file.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import { TRANSACTION_MODES, type Demand, type TransactionMode } from '../types.ts';

const CUES_FILE = new URL('../data/mode-cues.txt', import.meta.url);

/** Modes as a bit mask: bit i stands for TRANSACTION_MODES[i]. */
export function modeMask(modes: readonly TransactionMode[]): number {
  let mask = 0;
  for (const mode of modes) mask |= 1 << TRANSACTION_MODES.indexOf(mode);
  return mask;
}

export function modesOf(mask: number): TransactionMode[] {
  return TRANSACTION_MODES.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

interface ModeCue {
  mode: TransactionMode;
  pattern: RegExp;
}

function cuePattern(phrase: string): RegExp {
  const key = normalizeKey(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Latin cues match whole words only; Chinese has no word boundaries to respect.
  return /^[a-z]/.test(key) ? new RegExp(`(?<![a-z])${key}(?![a-z])`) : new RegExp(key);
}

function readModeCues(file: URL = CUES_FILE): ModeCue[] {
  const path = fileURLToPath(file);
  return readDataLines(file).flatMap(({ line, text }) => {
    const [name = '', phrases = ''] = text.normalize('NFKC').split(':');
    const mode = TRANSACTION_MODES.find((candidate) => candidate === name.trim());
    if (!mode) throw new DataFileError(path, line, `unknown mode "${name.trim()}" (use ${TRANSACTION_MODES.join(', ')})`);
    return phrases
      .split(/[,、]/)
      .map((phrase) => phrase.trim())
      .filter(Boolean)
      .map((phrase) => ({ mode, pattern: cuePattern(phrase) }));
  });
}

let defaultCues: ModeCue[] | undefined;

/**
 * The modes a demand accepts: those it lists, else those its text mentions. An investor takes equity, so a
 * capital demand accepts 作价入股 and 合作开发 (building a company around the technology) besides any it names.
 */
export function wantedModes(demand: Demand, cues: readonly ModeCue[] = (defaultCues ??= readModeCues())): number {
  if (demand.modes && demand.modes.length > 0) return modeMask(demand.modes);
  const text = normalizeKey(`${demand.title} ${demand.description}`);
  let mask = demand.kind === 'capital' ? modeMask(['作价入股', '合作开发']) : 0;
  for (const { mode, pattern } of cues) if (pattern.test(text)) mask |= modeMask([mode]);
  return mask;
}
