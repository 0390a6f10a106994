import { defineMessages } from '../i18n/messages.ts';

export const auditMessages = defineMessages({
  'audit.dateOrder': { 'zh-CN': '结束日期不能早于开始日期', 'zh-TW': '結束日期不能早於開始日期', en: 'The end date cannot be before the start date' },
});
