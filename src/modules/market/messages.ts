import { defineMessages, type MessageCatalog } from '../../platform/i18n/messages.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { MarketKind } from './market-workflow.ts';

type Wording = Record<Locale, string>;

const nouns: Record<MarketKind, Wording> = {
  listing: { 'zh-CN': '科技成果', 'zh-TW': '科技成果', en: 'technology listing' },
  demand: { 'zh-CN': '需求', 'zh-TW': '需求', en: 'demand' },
};

/** The notices of the review workflow, worded alike for listings and demands with each kind's noun. */
const notices: Record<string, (noun: Wording) => Wording> = {
  submitted: (noun) => ({
    'zh-CN': `${noun['zh-CN']}「{title}」已提交，请审核`,
    'zh-TW': `${noun['zh-TW']}「{title}」已提交，請審核`,
    en: `The ${noun.en} "{title}" was submitted for review`,
  }),
  approved: (noun) => ({
    'zh-CN': `你的${noun['zh-CN']}「{title}」已通过审核并发布`,
    'zh-TW': `你的${noun['zh-TW']}「{title}」已通過審核並發布`,
    en: `Your ${noun.en} "{title}" was approved and published`,
  }),
  rejected: (noun) => ({
    'zh-CN': `你的${noun['zh-CN']}「{title}」未通过审核：{reason}`,
    'zh-TW': `你的${noun['zh-TW']}「{title}」未通過審核：{reason}`,
    en: `Your ${noun.en} "{title}" was sent back: {reason}`,
  }),
  expiring: (noun) => ({
    'zh-CN': `你的${noun['zh-CN']}「{title}」将于 {date} 到期，如需继续发布请续期`,
    'zh-TW': `你的${noun['zh-TW']}「{title}」將於 {date} 到期，如需繼續發布請續期`,
    en: `Your ${noun.en} "{title}" expires on {date}; renew it to keep it published`,
  }),
  withdrawn: (noun) => ({
    'zh-CN': `你的${noun['zh-CN']}「{title}」已被运营方撤下`,
    'zh-TW': `你的${noun['zh-TW']}「{title}」已被營運方撤下`,
    en: `Your ${noun.en} "{title}" was taken down by the market's operator`,
  }),
  redrafted: (noun) => ({
    'zh-CN': `运营方已将你的${noun['zh-CN']}「{title}」退回草稿，可修改后重新提交`,
    'zh-TW': `營運方已將你的${noun['zh-TW']}「{title}」退回草稿，可修改後重新提交`,
    en: `The market's operator put your ${noun.en} "{title}" back to draft; change it and submit it again`,
  }),
  expired: (noun) => ({
    'zh-CN': `你的${noun['zh-CN']}「{title}」已到期下架，可续期重新发布`,
    'zh-TW': `你的${noun['zh-TW']}「{title}」已到期下架，可續期重新發布`,
    en: `Your ${noun.en} "{title}" has expired; renew it to publish it again`,
  }),
};

export type MarketNotice = 'submitted' | 'approved' | 'rejected' | 'expiring' | 'expired' | 'withdrawn' | 'redrafted';

/** The message key of a notice about a record of the kind: `market.listing.approved`. */
export const noticeMessage = (kind: MarketKind, notice: MarketNotice) => `market.${kind}.${notice}`;

const noticeMessages: MessageCatalog = Object.fromEntries(
  (Object.keys(nouns) as MarketKind[]).flatMap((kind) =>
    Object.entries(notices).map(([notice, word]) => [noticeMessage(kind, notice as MarketNotice), word(nouns[kind])]),
  ),
);

export const marketMessages = defineMessages({
  ...noticeMessages,
  'market.fieldUnknown': { 'zh-CN': '没有这个领域，或已停用', 'zh-TW': '沒有這個領域，或已停用', en: 'No such field, or it is no longer used' },
  'market.fieldNameTaken': { 'zh-CN': '已有同名的领域', 'zh-TW': '已有同名的領域', en: 'A field of this name exists' },
  'market.industryUnknown': { 'zh-CN': '没有这个行业代码', 'zh-TW': '沒有這個行業代碼', en: 'No such industry code' },
  'market.ownerRequired': { 'zh-CN': '请选择所属机构', 'zh-TW': '請選擇所屬機構', en: 'Choose the organisation it belongs to' },
  'market.ownerUnknown': { 'zh-CN': '没有这个机构', 'zh-TW': '沒有這個機構', en: 'No such organisation' },
  'market.notDraft': {
    'zh-CN': '只有草稿可以修改',
    'zh-TW': '只有草稿可以修改',
    en: 'Only a draft can be changed',
  },
  'market.oneField': { 'zh-CN': '技术需求只能选择一个领域', 'zh-TW': '技術需求只能選擇一個領域', en: 'A technology demand has one field' },
  'market.ticketRange': {
    'zh-CN': '最低投资额不能高于最高投资额',
    'zh-TW': '最低投資額不能高於最高投資額',
    en: 'The smallest ticket cannot exceed the largest',
  },
});
