import { defineMessages } from '../i18n/messages.ts';

export const teamMessages = defineMessages({
  'team.nameTaken': { 'zh-CN': '已有同名团队', 'zh-TW': '已有同名團隊', en: 'A team of this name already exists' },
  'team.archived': { 'zh-CN': '该团队已归档，不能再添加或调整成员', 'zh-TW': '該團隊已歸檔，不能再新增或調整成員', en: 'This team is archived: its members can no longer be added or changed' },
  'team.memberNotStaff': { 'zh-CN': '只有工作人员账号可以加入团队', 'zh-TW': '只有工作人員帳號可以加入團隊', en: 'Only staff accounts can join a team' },
  'team.userNotFound': { 'zh-CN': '该用户不存在', 'zh-TW': '該使用者不存在', en: 'No such user' },
  'team.periodOverlaps': {
    'zh-CN': '此人在该团队已有与此重叠的任职期间',
    'zh-TW': '此人在該團隊已有與此重疊的任職期間',
    en: 'This person already belongs to the team for part of this period',
  },
  'team.leadOverlaps': {
    'zh-CN': '该团队在此期间已有负责人，一个团队同一时间只有一位负责人',
    'zh-TW': '該團隊在此期間已有負責人，一個團隊同一時間只有一位負責人',
    en: 'The team already has a lead for part of this period; a team has one lead at a time',
  },
  'team.unknownMeasure': { 'zh-CN': '没有这一目标指标', 'zh-TW': '沒有這一目標指標', en: 'There is no such target measure' },
  'team.periodOrder': { 'zh-CN': '结束日期不能早于开始日期', 'zh-TW': '結束日期不能早於開始日期', en: 'The end date cannot be before the start date' },
});
