import { CONCEPT_PREFIX, SYNONYM_PREFIX } from '../../../platform/text/term-table.ts';
import type { Assessment, FieldSource, FitStatus } from '../fit/criteria.ts';
import type { FieldEvidence } from '../fit/field-inference.ts';
import { CRITERIA, fitProduct, type Criterion, type DemandProfile, type ListingProfile } from '../fit/fit-model.ts';
import { modesOf } from '../fit/modes.ts';
import { regionKey } from '../fit/regions.ts';
import { MATURITY_LEVELS, type Demand, type Listing } from '../types.ts';
import type { TermOccurrence } from './collection.ts';

/** 'translation': a Chinese word that one side reached through the dictionary from its English words. */
export type TermKind = 'word' | 'synonym' | 'concept' | 'translation';

/** A term both sides share, with the words each side used for it and its part of the text score. */
export interface SharedTerm {
  term: string;
  /** What a person reads: the word, or the synonym group's or concept's label. */
  label: string;
  kind: TermKind;
  queryWords: string[];
  documentWords: string[];
  documentFields: string[];
  contribution: number;
}

export interface CriterionExplanation {
  criterion: Criterion;
  status: FitStatus;
  factor: number;
  detail: string;
  /** Price only: the budget or largest ticket judged against, stated or read from the demand's text. */
  budgetWan?: number;
  /** Field only: the demand's field the verdict rests on, stated or, when none is, inferred from its text. */
  demandField?: string;
}

/** Why a result ranks where it does: score = textScore × fitFactor. */
export interface Explanation {
  score: number;
  textScore: number;
  fitFactor: number;
  sharedTerms: SharedTerm[];
  criteria: CriterionExplanation[];
  summary: string;
}

const LATIN_LETTER = /[a-z]/i;

function termKind(term: string, words: readonly string[]): TermKind {
  if (term.startsWith(SYNONYM_PREFIX)) return 'synonym';
  if (term.startsWith(CONCEPT_PREFIX)) return 'concept';
  return !LATIN_LETTER.test(term) && words.some((word) => LATIN_LETTER.test(word)) ? 'translation' : 'word';
}

/** The demand and listing of a pair with their fit profiles, whichever side was the query. */
export interface FitPair {
  demand: Demand;
  listing: Listing;
  demandProfile: DemandProfile;
  listingProfile: ListingProfile;
  /** Whether the field criterion rests on the demand's stated field or on one inferred from its text. */
  fieldSource: FieldSource;
}

const wan = (value: number) => `${value}万元`;

/** "由文本推断为「新能源电池」（依据：电芯、热失控）", for each inferred field. */
function inferredFrom(fields: readonly FieldEvidence[]): string {
  return fields.map(({ field, words }) => `「${field}」（依据：${words.slice(0, SUMMARY_WORDS).join('、')}）`).join('、');
}

function describeField(status: FitStatus, pair: FitPair): string {
  const { demand, listing, demandProfile, fieldSource } = pair;
  const inferred = demandProfile.inferredFields;
  if (!demand.field && inferred.length === 0) return '需求未填领域，文本也看不出领域';
  if (!listing.field) return '成果未填领域';
  const owner = demand.kind === 'capital' ? '投资方关注' : '需求';
  if (fieldSource === 'inferred') {
    // The field was not given: say so, and which words it was inferred from.
    const claim = demand.field ? `${owner}「${demand.field}」，文本另涉及` : `需求未填领域，由文本推断为`;
    const verdict = status === 'met' ? '领域一致（推断）' : status === 'partly' ? '领域相近（推断）' : '领域不同（推断）';
    return `${verdict}：${claim}${inferredFrom(inferred)}，成果「${listing.field}」`;
  }
  if (status === 'met') return `领域一致：${listing.field}`;
  const fields = `${owner}「${demand.field}」，成果「${listing.field}」`;
  return status === 'partly' ? `领域相近：${fields}` : `领域不同：${fields}`;
}

const levelName = (level: number): string => MATURITY_LEVELS[level] ?? '';

function describeMaturity(status: FitStatus, { demand, listing, demandProfile }: FitPair): string {
  if (demandProfile.maturityNeeded < 0) return demand.kind === 'capital' ? '投资方未说明投资阶段' : '需求未提成熟度要求';
  if (!listing.maturity) return '成果未填成熟度';
  if (demand.kind === 'capital') {
    const { maturityNeeded, latestStage, fromText } = demandProfile;
    const range = latestStage >= 0 ? `${levelName(maturityNeeded)}至${levelName(latestStage)}` : `${levelName(maturityNeeded)}及以后`;
    const pair = `投资方接受${range}${fromText.stage ? '（由文本读出）' : ''}，成果处于${listing.maturity}`;
    if (status === 'met') return `投资阶段相符：${pair}`;
    return status === 'partly' ? `成果阶段晚于投资方重点：${pair}` : `成果阶段早于投资方要求：${pair}`;
  }
  const pair = `需要${demand.maturityNeeded}，成果处于${listing.maturity}`;
  return status === 'met' ? `成熟度满足：${pair}` : `成熟度不足：${pair}`;
}

function describePrice(status: FitStatus, { demand, listing, demandProfile }: FitPair): string {
  if (listing.priceWan === null) return '成果价格面议';
  const budget = demandProfile.budgetWan;
  if (Number.isNaN(budget)) {
    if (demand.kind === 'technology') return '需求未填预算';
    const { minTicketWan } = demandProfile;
    return Number.isNaN(minTicketWan) ? '投资方未说明单笔额度' : `投资方单笔${wan(round(minTicketWan))}以上，未设上限`;
  }
  if (demand.kind === 'capital') {
    const { minTicketWan, fromText } = demandProfile;
    const ticket = Number.isNaN(minTicketWan) ? `至多${wan(round(budget))}` : `${round(minTicketWan)}–${wan(round(budget))}`;
    const pair = `报价${wan(listing.priceWan)}，单笔${ticket}${fromText.ticket ? '（由文本读出）' : ''}`;
    return status === 'met' ? `报价在单笔投资额度内：${pair}` : `报价超出单笔投资额度：${pair}`;
  }
  const pair = `报价${wan(listing.priceWan)}，预算${wan(budget)}`;
  if (status === 'met') return `报价在预算内：${pair}`;
  return status === 'partly' ? `报价略超预算，可议价：${pair}` : `报价超出预算：${pair}`;
}

function describeModes(status: FitStatus, { demandProfile, listingProfile }: FitPair): string {
  if (demandProfile.modes === 0) return '需求未说明交易方式';
  if (listingProfile.modes === 0) return '成果未填交易方式';
  if (status === 'met') return `交易方式相符：${modesOf(demandProfile.modes & listingProfile.modes).join('、')}`;
  return `交易方式不符：需求接受${modesOf(demandProfile.modes).join('、')}，成果提供${modesOf(listingProfile.modes).join('、')}`;
}

function describeRegion(status: FitStatus, { demand, listing }: FitPair): string {
  if (status === 'unknown') return '地区未知';
  if (status === 'met') return `同一地区：${regionKey(demand.region)}`;
  return `不同地区（需求：${demand.region}，成果：${listing.region}），不影响得分`;
}

const DESCRIBE: Record<Criterion, (status: FitStatus, pair: FitPair) => string> = {
  field: describeField,
  maturity: describeMaturity,
  price: describePrice,
  modes: describeModes,
  region: describeRegion,
};

export function explainCriteria(assessments: Record<Criterion, Assessment>, pair: FitPair): CriterionExplanation[] {
  return CRITERIA.map((criterion) => {
    const { status, factor } = assessments[criterion];
    const explained: CriterionExplanation = { criterion, status, factor, detail: DESCRIBE[criterion](status, pair) };
    const budget = pair.demandProfile.budgetWan;
    if (criterion === 'price' && !Number.isNaN(budget)) explained.budgetWan = round(budget);
    const demandField = pair.demand.field ?? pair.demandProfile.inferredFields[0]?.field;
    if (criterion === 'field' && demandField) explained.demandField = demandField;
    return explained;
  });
}

export interface TermEvidence {
  term: string;
  label: string;
  query: TermOccurrence | undefined;
  document: TermOccurrence | undefined;
  contribution: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Terms and, per side, words shown in the one-line summary; the full lists are in `sharedTerms`. */
const SUMMARY_TERMS = 8;
const SUMMARY_WORDS = 3;

/** A shared term for the summary: "储能", "电池管理系统（需求：bms；成果：电池管理系统）", "#本质安全工艺（…）". */
function describeTerm({ label, kind, queryWords, documentWords }: SharedTerm): string {
  const name = kind === 'concept' ? `#${label}` : label;
  if (kind === 'word' || (queryWords.join() === label && documentWords.join() === label)) return name;
  const words = (list: string[]) => list.slice(0, SUMMARY_WORDS).join('、');
  return `${name}（需求：${words(queryWords)}；成果：${words(documentWords)}）`;
}

/**
 * Puts the parts together. The text score is the sum of the terms' contributions in query order, exactly as
 * search sums them, so the explanation reproduces the ranking score.
 */
export function buildExplanation(evidence: readonly TermEvidence[], criteria: CriterionExplanation[]): Explanation {
  let textScore = 0;
  for (const { contribution } of evidence) textScore += contribution;
  const fitFactor = fitProduct(criteria);
  const sharedTerms = evidence
    .filter(({ contribution }) => contribution > 0)
    .map(({ term, label, query, document, contribution }) => {
      const queryWords = [...(query?.words ?? [])];
      const documentWords = [...(document?.words ?? [])];
      return {
        term,
        label,
        kind: termKind(term, [...queryWords, ...documentWords]),
        queryWords,
        documentWords,
        documentFields: [...(document?.fields ?? [])],
        contribution,
      };
    })
    .sort((a, b) => b.contribution - a.contribution);
  const terms = sharedTerms
    .slice(0, SUMMARY_TERMS)
    .map((shared) => `${describeTerm(shared)} ${round(shared.contribution)}`)
    .join('、');
  const fit = criteria
    .map(({ detail, factor }) => `${detail} ×${round(factor)}`)
    .join('；');
  const score = textScore * fitFactor;
  return {
    score,
    textScore,
    fitFactor,
    sharedTerms,
    criteria,
    summary: `得分 ${round(score)} = 文本 ${round(textScore)} × 结构匹配 ${round(fitFactor)}。共同词：${terms || '无'}。${fit ? `${fit}。` : ''}`,
  };
}
