import { and, eq, sql, type SQL } from 'drizzle-orm';
import { chinaToday } from '../../../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../../../platform/db/connection.ts';
import { CONCEPT_PREFIX } from '../../../../platform/text/term-table.ts';
import { domainTextAnalysis } from '../../../../platform/text/domain.ts';
import { distinctiveName } from '../../../enterprises/name-keys.ts';
import { Collection, analyseFields, traceFields, type FieldSpec } from '../../../matching/engine/collection.ts';
import { ENGINE_CONFIG } from '../../../matching/engine/match-engine.ts';
import { queryWeights } from '../../../matching/engine/query.ts';
import type { WeightedTerm } from '../../../matching/index/top-k.ts';
import { policies, policyBenefitItems, type Policy } from '../../schema.ts';
import { policiesInForce } from '../published-items.ts';
import { readEnterpriseTexts, type EnterpriseText } from './enterprise-texts.ts';

/**
 * Free-text match of a policy against the register (issue 14, part 4), for policies whose conditions are not yet
 * written as rules. It is the market matching engine's text half as it is — its analysis (jieba with the domain
 * dictionary, stop words, synonyms, concept tags, English words translated) and its BM25F collection — with the
 * enterprise as the document and the policy as the query. Its limits, stated plainly:
 * - it says that the words meet, not that the enterprise qualifies: the reasons are the shared terms, nothing more;
 * - the register holds little text: an enterprise without tags or published market records is matched by its name
 *   and industry name only, and ranks low whatever it does;
 * - the collection is built for each request from the whole register (a few seconds for tens of thousands of
 *   enterprises): right for a district's register, not for a national one, which would need a kept index like the
 *   market matching's.
 */

// The name says least of what an enterprise does, and only once its places and legal form are left out (青岛 and
// 有限公司 would otherwise meet every policy of the district): it weighs half as much as the market records' text.
const enterpriseFields: FieldSpec<EnterpriseText>[] = [
  { name: 'name', weight: 0.5, text: (e) => distinctiveName(e.name) },
  { name: 'classes', weight: 2, text: (e) => e.classes },
  { name: 'market', weight: 1, text: (e) => e.market },
];

type PolicyText = Pick<Policy, 'id' | 'title' | 'originalText' | 'guideTarget' | 'guideConditions'>;
const policyFields: FieldSpec<PolicyText>[] = [
  { name: 'title', weight: 2, text: (p) => p.title },
  { name: 'guide', weight: 2, text: (p) => [p.guideTarget, p.guideConditions].filter(Boolean).join('。') },
  { name: 'text', weight: 1, text: (p) => p.originalText },
];

/**
 * A match worth showing shares at least this many distinct telling words with the policy (see `tellingWords`): one
 * shared word is too often a chance meeting.
 */
const minimumSharedWords = 2;
/** The share of the register's enterprises above which a word is too common to count as shared (see `tellingWords`). */
const commonShare = 0.1;
const reasonsShown = 6;

export interface TextMatch {
  enterpriseId: string;
  enterpriseName: string;
  score: number;
  /** The enterprise's own words behind the strongest shared terms, strongest first. */
  terms: string[];
}

/** Published policies in force none of whose items has a condition: the ones matched by their text. */
export const textOnlyPolicies = (today: string): SQL =>
  and(
    policiesInForce(today),
    sql`NOT EXISTS (SELECT 1 FROM ${policyBenefitItems} WHERE ${policyBenefitItems.policyId} = ${policies.id}
      AND jsonb_array_length(${policyBenefitItems.rule} -> 'all') > 0)`,
  )!;

/** The register's enterprises as an engine collection. */
async function registerCollection(db: DbOrTx): Promise<Collection<EnterpriseText>> {
  const { analyze } = domainTextAnalysis();
  const collection = new Collection<EnterpriseText>(ENGINE_CONFIG.bm25, (e) => analyseFields(analyze, enterpriseFields, e), () => undefined);
  for (const enterprise of await readEnterpriseTexts(db)) collection.upsert(enterprise);
  return collection;
}

/**
 * The policy's terms that may count as shared, the words that tell enterprises apart:
 * - words, not concept tags (which say only "about the same topic"), of two characters or more (像, 人 say nothing);
 * - not common in the register: a word more than a tenth of the enterprises use (科技, 制造 in a district of tech
 *   firms) fits too many to tell any apart, however well it fits the policy. A register of fewer than ten has no
 *   tenth to speak of: there a word is common once a second enterprise uses it.
 * Function words and what every policy says (支持, 企业, 技术, 发展, 产业, 实施, 万元以上 …) are stop words of the
 * analysis already, and the name field holds the name without the places it starts with and its legal form
 * (`distinctiveName`): 青岛 and 有限公司, which most names share, are not in it.
 */
function tellingWords(collection: Collection<EnterpriseText>, terms: Array<WeightedTerm & { term: string }>) {
  const common = Math.max(1, commonShare * collection.size);
  return terms.filter(({ term, list }) => !term.startsWith(CONCEPT_PREFIX) && [...term].length >= 2 && list.length <= common);
}

/** Every enterprise matching the policy's text well enough, best first (ties by id, the collection's order). */
function rankFor(collection: Collection<EnterpriseText>, policy: PolicyText): TextMatch[] {
  const { analyze } = domainTextAnalysis();
  const terms = collection.weightTerms(queryWeights(analyze, policyFields, policy, ENGINE_CONFIG.queryWeighting));
  const words = tellingWords(collection, terms);
  const scored = collection.search(terms, Math.max(collection.size, 1), { of: () => 1, max: 1 }, true);
  const matches: TextMatch[] = [];
  for (const { doc, score } of scored) {
    const shared = words.map((term) => ({ term: term.term, part: collection.contribution(term, doc) })).filter((one) => one.part > 0);
    // Fewer shared terms than words needed: no need to read the enterprise's words.
    if (shared.length < minimumSharedWords) continue;
    const enterprise = collection.record(doc);
    const trace = traceFields(analyze, enterpriseFields, enterprise);
    const surface = shared.sort((a, b) => b.part - a.part).flatMap(({ term }) => [...(trace.get(term)?.words ?? [term])].slice(0, 1));
    // Search-mode segmentation also yields a word's parts (虚拟现实 → 虚拟, 现实): the word alone says it, and counts
    // once.
    const sharedWords = [...new Set(surface)].filter((word, _i, all) => !all.some((other) => other !== word && other.includes(word)));
    if (sharedWords.length < minimumSharedWords) continue;
    matches.push({ enterpriseId: enterprise.id, enterpriseName: enterprise.name, score: Math.round(score * 100) / 100, terms: sharedWords.slice(0, reasonsShown) });
  }
  return matches;
}

const policyTextColumns = {
  id: policies.id,
  title: policies.title,
  originalText: policies.originalText,
  guideTarget: policies.guideTarget,
  guideConditions: policies.guideConditions,
};

/**
 * The enterprises whose text best matches a policy's, a page of them with the total. None, `textMatched` false, when
 * the policy is not matched by its text (not published, expired, or with an item whose conditions are written as a
 * rule: the rule decides).
 */
export async function policyTextMatches(db: DbOrTx, policyId: string, { page, pageSize }: { page: number; pageSize: number }, today = chinaToday()) {
  const [policy] = await db.select(policyTextColumns).from(policies).where(and(eq(policies.id, policyId), textOnlyPolicies(today)));
  if (!policy) return { items: [], total: 0, page, pageSize, textMatched: false };
  const matches = rankFor(await registerCollection(db), policy);
  return { items: matches.slice((page - 1) * pageSize, page * pageSize), total: matches.length, page, pageSize, textMatched: true };
}

/** The text-matched policies that may concern one enterprise: those its text matches, with the shared words. */
export async function policiesMayConcern(db: DbOrTx, enterpriseId: string, today = chinaToday()) {
  const candidates = await db.select({ ...policyTextColumns, issuer: policies.issuer }).from(policies).where(textOnlyPolicies(today)).orderBy(sql`${policies.issuedOn} DESC`, policies.id);
  if (!candidates.length) return [];
  const collection = await registerCollection(db);
  return candidates.flatMap((policy) => {
    const own = rankFor(collection, policy).find((match) => match.enterpriseId === enterpriseId);
    return own ? [{ policyId: policy.id, policyTitle: policy.title, issuer: policy.issuer, terms: own.terms }] : [];
  });
}
