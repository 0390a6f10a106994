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
  'competition.judging.panelJudgeScored': {
    'zh-CN': '该评委已在本阶段提交 {count} 份评分，不能移出评委组',
    'zh-TW': '該評委已在本階段提交 {count} 份評分，不能移出評委組',
    en: 'This judge has already handed in {count} score sheet(s) in this phase and cannot leave its panel',
  },
});
