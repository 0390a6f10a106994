import { defineMessages } from '../../platform/i18n/messages.ts';

export const policyMessages = defineMessages({
  'policy.rule.boundRequired': { 'zh-CN': '请至少填写下限或上限之一', 'zh-TW': '請至少填寫下限或上限之一', en: 'Give a lower or an upper bound' },
  'policy.fit.newlyEligible': {
    'zh-CN': '你单位符合《{policy}》中“{item}”的条件，请查看“惠企政策”',
    'zh-TW': '貴單位符合《{policy}》中「{item}」的條件，請查看「惠企政策」',
    en: 'Your organisation now qualifies for “{item}” under “{policy}”: see Policies for me',
  },
});
