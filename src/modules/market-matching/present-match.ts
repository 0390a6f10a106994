import type { DbOrTx } from '../../platform/db/connection.ts';
import { translate } from '../../platform/i18n/messages.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { toTraditional } from '../../platform/i18n/traditional.ts';
import { allMarketFields, fieldName } from '../market/field-names.ts';
import type { Explanation } from '../matching/engine/explain.ts';
import type { Match } from '../matching/engine/match-engine.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES, type Demand, type Listing } from '../matching/types.ts';
import { maturityWords, modeWords } from './messages.ts';

export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
export type ReasonKind = 'terms' | 'field' | 'maturity' | 'price' | 'modes' | 'region';
export interface MatchReason {
  kind: ReasonKind;
  status: 'met' | 'partly' | 'unmet';
  text: string;
}

/** Shared words named in a reason: the strongest few, as a person reads a list. */
const REASON_TERMS = 5;

/** What presenting a page of matches needs once: the reader's language and the fields' names in it. */
export interface MatchReader {
  locale: Locale;
  /** A field's name in the reader's language, from the Simplified name the engine knows it by. */
  field(name: string | null): string | null;
}

export async function matchReader(db: DbOrTx, locale: Locale): Promise<MatchReader> {
  const fields = new Map((await allMarketFields(db)).map((field) => [field.name, fieldName(locale, field)]));
  return {
    locale,
    field: (name) => (name === null ? null : (fields.get(name) ?? (locale === 'zh-TW' ? toTraditional(name) : name))),
  };
}

/** Text as typed, in the reader's script where Chinese is shown to a zh-TW reader. */
const inScript = (locale: Locale, text: string) => (locale === 'zh-TW' ? toTraditional(text) : text);
const separator = (locale: Locale) => (locale === 'en' ? ', ' : '、');

/**
 * The engine's explanation as sentences a demander reads: the words both sides use, then each criterion it could
 * judge (an unknown one neither helped nor hurt, and a different region costs nothing, so neither is said).
 */
export function matchReasons(reader: MatchReader, explanation: Explanation, demand: Demand, listing: Listing): MatchReason[] {
  const { locale } = reader;
  const say = (key: string, params: Record<string, unknown> = {}) => translate(locale, `marketMatching.${key}`, params);
  const modes = (list: readonly string[]) =>
    list.map((mode) => modeWords[mode as keyof typeof modeWords]?.[locale] ?? mode).join(separator(locale));
  const maturity = (level: string | null) => (level ? (maturityWords[level as MaturityLevel]?.[locale] ?? level) : '');
  const reasons: MatchReason[] = [];
  const terms = explanation.sharedTerms.slice(0, REASON_TERMS).map((term) => inScript(locale, term.label));
  if (terms.length) reasons.push({ kind: 'terms', status: 'met', text: say('terms', { terms: terms.join(separator(locale)) }) });
  for (const { criterion, status, detail, budgetWan, demandField } of explanation.criteria) {
    if (status === 'unknown') continue;
    let text: string | null = null;
    if (criterion === 'field' && demandField && listing.field) {
      text = say(`field.${status}`, { demandField: reader.field(demandField), listingField: reader.field(listing.field) });
    } else if (criterion === 'maturity') {
      const key = `maturity.${demand.kind}.${status === 'partly' && demand.kind === 'technology' ? 'unmet' : status}`;
      text = say(key, { needed: maturity(demand.maturityNeeded), maturity: maturity(listing.maturity) });
    } else if (criterion === 'price' && budgetWan !== undefined) {
      // The engine's budget: the demand's own, or an investor's ticket read from its words.
      const key = `price.${demand.kind}.${status === 'partly' && demand.kind === 'capital' ? 'unmet' : status}`;
      text = say(key, { price: listing.priceWan, budget: budgetWan });
    } else if (criterion === 'modes') {
      // The demand's modes when it names them; else those the engine read from its words, which its detail names.
      const wanted = demand.modes ?? TRANSACTION_MODES.filter((mode) => detail.includes(mode) && !listing.modes.includes(mode));
      if (status === 'met') {
        const both = listing.modes.filter((mode) => (demand.modes ? demand.modes.includes(mode) : detail.includes(mode)));
        text = say('modes.met', { modes: modes(both) });
      } else if (wanted.length) {
        text = say('modes.unmet', { wanted: modes(wanted), offered: modes(listing.modes) });
      }
    } else if (criterion === 'region' && status === 'met' && listing.region) {
      text = say('region.met', { region: inScript(locale, listing.region) });
    }
    if (text) reasons.push({ kind: criterion, status, text });
  }
  return reasons;
}

/** A listing as a match result: its public fields only (the index holds no others). */
export function presentListingMatch(reader: MatchReader, demand: Demand, match: Match<Listing>) {
  const listing = match.record;
  return {
    id: listing.id,
    title: listing.title,
    summary: listing.summary,
    field: reader.field(listing.field),
    keywords: listing.keywords,
    maturity: listing.maturity,
    modes: listing.modes,
    priceWan: listing.priceWan,
    owner: listing.owner,
    score: match.score,
    reasons: match.explanation ? matchReasons(reader, match.explanation, demand, listing) : [],
  };
}

/**
 * A demand as a match result: its public words (summary and targets) only. The index never holds a demand's
 * confidential details nor anyone's contacts (toMatchDemand), so no result can carry them.
 */
export function presentDemandMatch(reader: MatchReader, listing: Listing, match: Match<Demand>) {
  const demand = match.record;
  return {
    id: demand.id,
    kind: demand.kind,
    title: demand.title,
    summary: demand.description,
    field: reader.field(demand.field),
    maturityNeeded: demand.maturityNeeded,
    budgetWan: demand.budgetWan,
    score: match.score,
    reasons: match.explanation ? matchReasons(reader, match.explanation, demand, listing) : [],
  };
}
