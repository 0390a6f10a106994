import { defineMessages } from '../../../platform/i18n/messages.ts';

/** The messages of judges, conflicts of interest, assignment and scoring. */
export const judgingMessages = defineMessages({
  'competition.judge.unknownTrack': { 'zh-CN': '赛道不存在', 'zh-TW': '賽道不存在', en: 'No such track' },
  'competition.judge.unknownEnterprise': { 'zh-CN': '企业不存在', 'zh-TW': '企業不存在', en: 'No such enterprise' },
  'competition.judging.phaseClosed': {
    'zh-CN': '该阶段已结束，评分不能再修改',
    'zh-TW': '該階段已結束，評分不能再修改',
    en: 'The phase is closed: its scores can no longer change',
  },
});
