import { defineMessages } from '../../platform/i18n/messages.ts';
import type { DealState } from './schema.ts';

/** The message key of the notice that a deal reached a stage: `deal.notice.stage.signed`. */
export const stageNotice = (state: DealState) => `deal.notice.stage.${state}`;

export const marketDealMessages = defineMessages({
  'deal.listingNotPublished': { 'zh-CN': '只能对接已发布的科技成果', 'zh-TW': '只能對接已發布的科技成果', en: 'Only a published listing can be introduced' },
  'deal.demandNotPublished': { 'zh-CN': '只能对接已发布的需求', 'zh-TW': '只能對接已發布的需求', en: 'Only a published demand can be introduced' },
  'deal.ownListing': { 'zh-CN': '不能对接自己的科技成果', 'zh-TW': '不能對接自己的科技成果', en: 'An organisation cannot be introduced to its own listing' },
  'deal.noOrganisation': { 'zh-CN': '你的账号没有所属机构', 'zh-TW': '你的帳號沒有所屬機構', en: 'Your account belongs to no organisation' },
  'deal.notPending': { 'zh-CN': '这个对接已有决定', 'zh-TW': '這個對接已有決定', en: 'This introduction has been decided' },
  'deal.notYourDecision': { 'zh-CN': '这个对接不需要你来决定', 'zh-TW': '這個對接不需要你來決定', en: 'This introduction is not yours to decide' },
  'deal.otherNeedsText': { 'zh-CN': '请说明原因', 'zh-TW': '請說明原因', en: 'Say why' },
  'deal.closedNoMessages': { 'zh-CN': '交易已结束，不能再留言', 'zh-TW': '交易已結束，不能再留言', en: 'The deal is over and takes no more messages' },
  'deal.notice.requested': {
    'zh-CN': '{party} 希望对接你的科技成果「{title}」',
    'zh-TW': '{party} 希望對接你的科技成果「{title}」',
    en: '{party} asks for an introduction to your listing "{title}"',
  },
  'deal.notice.proposed': {
    'zh-CN': '技术市场提议对接科技成果「{title}」与需求「{demand}」，请确认',
    'zh-TW': '技術市場提議對接科技成果「{title}」與需求「{demand}」，請確認',
    en: 'The market proposes an introduction between the listing "{title}" and the demand "{demand}"; please decide',
  },
  'deal.notice.accepted': {
    'zh-CN': '对接「{title}」已被接受，进入意向阶段',
    'zh-TW': '對接「{title}」已被接受，進入意向階段',
    en: 'The introduction to "{title}" was accepted; the deal is at the intent stage',
  },
  'deal.notice.declined': {
    'zh-CN': '对接「{title}」被婉拒',
    'zh-TW': '對接「{title}」被婉拒',
    en: 'The introduction to "{title}" was declined',
  },
  'deal.notice.stage.negotiation': { 'zh-CN': '交易「{title}」进入洽谈阶段', 'zh-TW': '交易「{title}」進入洽談階段', en: 'The deal on "{title}" is in negotiation' },
  'deal.notice.stage.signed': { 'zh-CN': '交易「{title}」已签约', 'zh-TW': '交易「{title}」已簽約', en: 'The deal on "{title}" was signed' },
  'deal.notice.stage.registered': {
    'zh-CN': '交易「{title}」已完成技术合同登记',
    'zh-TW': '交易「{title}」已完成技術合同登記',
    en: 'The contract of the deal on "{title}" was registered',
  },
  'deal.notice.stage.completed': { 'zh-CN': '交易「{title}」已履约完成', 'zh-TW': '交易「{title}」已履約完成', en: 'The deal on "{title}" was completed' },
  'deal.notice.stage.closed': { 'zh-CN': '交易「{title}」已关闭：{reason}', 'zh-TW': '交易「{title}」已關閉：{reason}', en: 'The deal on "{title}" was closed: {reason}' },
  'deal.notice.message': { 'zh-CN': '{author} 在交易「{title}」中留言', 'zh-TW': '{author} 在交易「{title}」中留言', en: '{author} wrote on the deal on "{title}"' },
  'deal.timeline.start': { 'zh-CN': '技术交易：对接达成意向', 'zh-TW': '技術交易：對接達成意向', en: 'Technology deal: introduction accepted' },
  'deal.timeline.negotiate': { 'zh-CN': '技术交易：进入洽谈', 'zh-TW': '技術交易：進入洽談', en: 'Technology deal: negotiation' },
  'deal.timeline.sign': { 'zh-CN': '技术交易：签约', 'zh-TW': '技術交易：簽約', en: 'Technology deal: contract signed' },
  'deal.timeline.register': { 'zh-CN': '技术交易：技术合同登记', 'zh-TW': '技術交易：技術合同登記', en: 'Technology deal: contract registered' },
  'deal.timeline.complete': { 'zh-CN': '技术交易：履约完成', 'zh-TW': '技術交易：履約完成', en: 'Technology deal: completed' },
  'deal.timeline.close': { 'zh-CN': '技术交易：关闭', 'zh-TW': '技術交易：關閉', en: 'Technology deal: closed' },
});
