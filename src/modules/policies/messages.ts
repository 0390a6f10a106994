import { defineMessages } from '../../platform/i18n/messages.ts';

export const policyMessages = defineMessages({
  'policy.rule.boundRequired': { 'zh-CN': '请至少填写下限或上限之一', 'zh-TW': '請至少填寫下限或上限之一', en: 'Give a lower or an upper bound' },
  'policy.fit.newlyEligible': {
    'zh-CN': '你单位符合《{policy}》中“{item}”的条件，请查看“惠企政策”',
    'zh-TW': '貴單位符合《{policy}》中「{item}」的條件，請查看「惠企政策」',
    en: 'Your organisation now qualifies for “{item}” under “{policy}”: see Policies for me',
  },
  'policy.expiresBeforeEffective': { 'zh-CN': '失效日期不能早于生效日期', 'zh-TW': '失效日期不能早於生效日期', en: 'The policy cannot expire before it takes effect' },
  'policy.windowOutOfOrder': { 'zh-CN': '申报截止日期不能早于申报开始日期', 'zh-TW': '申報截止日期不能早於申報開始日期', en: 'Applications cannot close before they open' },
  'policy.guideRequired': { 'zh-CN': '发布的政策须有完整的申报指南，请填写此项', 'zh-TW': '發布的政策須有完整的申報指南，請填寫此項', en: 'A published policy needs its whole guide; fill this in' },
  'policy.publishNeedsItem': {
    'zh-CN': '已发布的政策至少要有一个支持事项',
    'zh-TW': '已發布的政策至少要有一個支持事項',
    en: 'A published policy needs at least one benefit item',
  },
  'policy.wrongState': { 'zh-CN': '政策当前状态不允许此操作', 'zh-TW': '政策目前狀態不允許此操作', en: 'The policy is not in a state that allows this' },
  'policy.onlyDraftsDeleted': {
    'zh-CN': '只能删除草稿；已发布过的政策请撤回',
    'zh-TW': '只能刪除草稿；已發布過的政策請撤回',
    en: 'Only drafts can be deleted; withdraw a policy that was published',
  },
  'policy.item.unknownTag': { 'zh-CN': '该标签不存在', 'zh-TW': '該標籤不存在', en: 'No such tag' },
  'policy.item.unknownList': { 'zh-CN': '该名单不存在', 'zh-TW': '該名單不存在', en: 'No such list' },
  'policy.item.unknownIndustry': { 'zh-CN': '行业代码 {code} 不存在', 'zh-TW': '行業代碼 {code} 不存在', en: 'No industry has the code {code}' },
  'policy.item.unknownRegion': { 'zh-CN': '行政区划代码 {code} 不存在', 'zh-TW': '行政區劃代碼 {code} 不存在', en: 'No region has the code {code}' },
  'policy.item.automaticNeedsConditions': {
    'zh-CN': '免申即享须至少设置一个条件',
    'zh-TW': '免申即享須至少設定一個條件',
    en: 'Automatic delivery, with no application, needs at least one condition',
  },
  'policy.item.reorderMismatch': {
    'zh-CN': '排序须恰好包含本政策的每个支持事项各一次',
    'zh-TW': '排序須恰好包含本政策的每個支持事項各一次',
    en: 'The order must name each item of the policy exactly once',
  },
  'policy.list.inUse': { 'zh-CN': '支持事项“{item}”的条件引用了此名单，不能删除', 'zh-TW': '支持事項「{item}」的條件引用了此名單，不能刪除', en: 'The item “{item}” has a condition on this list; it cannot be deleted' },
  'policy.list.unknownEnterprise': { 'zh-CN': '该企业不存在', 'zh-TW': '該企業不存在', en: 'No such enterprise' },
  'policy.notice.guideOverdue': {
    'zh-CN': '政策《{title}》的申报指南已超过 7 个工作日仍未发布',
    'zh-TW': '政策《{title}》的申報指南已超過 7 個工作日仍未發布',
    en: 'The guide to “{title}” is still not out 7 working days after the policy was issued',
  },
});
