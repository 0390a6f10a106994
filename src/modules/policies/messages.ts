import { defineMessages } from '../../platform/i18n/messages.ts';

export const policyMessages = defineMessages({
  'policy.rule.boundRequired': { 'zh-CN': '请至少填写下限或上限之一', 'zh-TW': '請至少填寫下限或上限之一', en: 'Give a lower or an upper bound' },
});
