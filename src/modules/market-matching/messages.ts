import { defineMessages } from '../../platform/i18n/messages.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { MaturityLevel } from './present-match.ts';
import type { TransactionMode } from '../matching/types.ts';

/** The market's words for maturity and transaction modes, as a reader of each language knows them. */
export const maturityWords: Record<MaturityLevel, Record<Locale, string>> = {
  实验室: { 'zh-CN': '实验室', 'zh-TW': '實驗室', en: 'laboratory' },
  小试: { 'zh-CN': '小试', 'zh-TW': '小試', en: 'bench scale' },
  中试: { 'zh-CN': '中试', 'zh-TW': '中試', en: 'pilot scale' },
  量产: { 'zh-CN': '量产', 'zh-TW': '量產', en: 'mass production' },
};

export const modeWords: Record<TransactionMode, Record<Locale, string>> = {
  转让: { 'zh-CN': '转让', 'zh-TW': '轉讓', en: 'transfer' },
  许可: { 'zh-CN': '许可', 'zh-TW': '許可', en: 'licence' },
  作价入股: { 'zh-CN': '作价入股', 'zh-TW': '作價入股', en: 'equity for the technology' },
  合作开发: { 'zh-CN': '合作开发', 'zh-TW': '合作開發', en: 'joint development' },
  技术服务: { 'zh-CN': '技术服务', 'zh-TW': '技術服務', en: 'technical services' },
};

/**
 * Why a listing and a demand match, one sentence per reason, in the demander's words: the words both use, then
 * each structured criterion the engine weighed (explain.ts) with its status. `{tech}` variants speak of a
 * technology demand, `{capital}` of an investor's.
 */
export const marketMatchingMessages = defineMessages({
  'marketMatching.terms': { 'zh-CN': '都提到：{terms}', 'zh-TW': '都提到：{terms}', en: 'Both mention: {terms}' },
  'marketMatching.field.met': { 'zh-CN': '领域一致：{listingField}', 'zh-TW': '領域一致：{listingField}', en: 'Same field: {listingField}' },
  'marketMatching.field.partly': {
    'zh-CN': '领域相近：需求为{demandField}，成果为{listingField}',
    'zh-TW': '領域相近：需求為{demandField}，成果為{listingField}',
    en: 'Related fields: the demand is in {demandField}, the technology in {listingField}',
  },
  'marketMatching.field.unmet': {
    'zh-CN': '领域不同：需求为{demandField}，成果为{listingField}',
    'zh-TW': '領域不同：需求為{demandField}，成果為{listingField}',
    en: 'Different fields: the demand is in {demandField}, the technology in {listingField}',
  },
  'marketMatching.maturity.technology.met': {
    'zh-CN': '成熟度够：需要{needed}，成果已到{maturity}',
    'zh-TW': '成熟度夠：需要{needed}，成果已到{maturity}',
    en: 'Mature enough: {needed} is needed, the technology is at {maturity}',
  },
  'marketMatching.maturity.technology.unmet': {
    'zh-CN': '成熟度不足：需要{needed}，成果还在{maturity}',
    'zh-TW': '成熟度不足：需要{needed}，成果還在{maturity}',
    en: 'Not mature enough yet: {needed} is needed, the technology is at {maturity}',
  },
  'marketMatching.maturity.capital.met': {
    'zh-CN': '阶段相符：投资{needed}及以后，成果处于{maturity}',
    'zh-TW': '階段相符：投資{needed}及以後，成果處於{maturity}',
    en: 'Right stage: investing from {needed} on, the technology is at {maturity}',
  },
  'marketMatching.maturity.capital.partly': {
    'zh-CN': '阶段偏后：投资方侧重{needed}，成果已到{maturity}',
    'zh-TW': '階段偏後：投資方側重{needed}，成果已到{maturity}',
    en: 'Later than the investor’s focus ({needed}): the technology is at {maturity}',
  },
  'marketMatching.maturity.capital.unmet': {
    'zh-CN': '阶段偏早：投资{needed}及以后，成果还在{maturity}',
    'zh-TW': '階段偏早：投資{needed}及以後，成果還在{maturity}',
    en: 'Too early: investing from {needed} on, the technology is at {maturity}',
  },
  'marketMatching.price.technology.met': {
    'zh-CN': '报价{price}万元，在预算{budget}万元内',
    'zh-TW': '報價{price}萬元，在預算{budget}萬元內',
    en: 'Asks {price} (10k CNY), within the budget of {budget}',
  },
  'marketMatching.price.technology.partly': {
    'zh-CN': '报价{price}万元，略超预算{budget}万元，可议价',
    'zh-TW': '報價{price}萬元，略超預算{budget}萬元，可議價',
    en: 'Asks {price} (10k CNY), a little over the budget of {budget}: negotiable',
  },
  'marketMatching.price.technology.unmet': {
    'zh-CN': '报价{price}万元，超出预算{budget}万元',
    'zh-TW': '報價{price}萬元，超出預算{budget}萬元',
    en: 'Asks {price} (10k CNY), over the budget of {budget}',
  },
  'marketMatching.price.capital.met': {
    'zh-CN': '报价{price}万元，在单笔投资额度{budget}万元内',
    'zh-TW': '報價{price}萬元，在單筆投資額度{budget}萬元內',
    en: 'Asks {price} (10k CNY), within the largest ticket of {budget}',
  },
  'marketMatching.price.capital.unmet': {
    'zh-CN': '报价{price}万元，超出单笔投资额度{budget}万元',
    'zh-TW': '報價{price}萬元，超出單筆投資額度{budget}萬元',
    en: 'Asks {price} (10k CNY), above the largest ticket of {budget}',
  },
  'marketMatching.modes.met': { 'zh-CN': '交易方式相符：{modes}', 'zh-TW': '交易方式相符：{modes}', en: 'Both accept: {modes}' },
  'marketMatching.modes.unmet': {
    'zh-CN': '交易方式不同：需求接受{wanted}，成果提供{offered}',
    'zh-TW': '交易方式不同：需求接受{wanted}，成果提供{offered}',
    en: 'Different terms: the demand accepts {wanted}, the technology is offered by {offered}',
  },
  'marketMatching.region.met': { 'zh-CN': '同在{region}', 'zh-TW': '同在{region}', en: 'Both in {region}' },
  'marketMatching.listingForYourDemand': {
    'zh-CN': '新发布的科技成果「{listing}」与你的需求「{demand}」匹配',
    'zh-TW': '新發布的科技成果「{listing}」與你的需求「{demand}」匹配',
    en: 'The newly published technology "{listing}" matches your demand "{demand}"',
  },
  'marketMatching.demandsForYourListing': {
    'zh-CN': '你的科技成果「{title}」与 {count} 条公开需求匹配',
    'zh-TW': '你的科技成果「{title}」與 {count} 條公開需求匹配',
    en: 'Your technology "{title}" matches {count} open demands',
  },
});
