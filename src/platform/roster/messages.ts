import { defineMessages } from '../i18n/messages.ts';

export const rosterMessages = defineMessages({
  'roster.notPlanner': {
    'zh-CN': '只有团队负责人和管理员可以排班',
    'zh-TW': '只有團隊負責人和管理員可以排班',
    en: "Only the team's lead and administrators plan its shifts",
  },
  'roster.notMember': {
    'zh-CN': '此人在该班次的日期不是该团队成员',
    'zh-TW': '此人在該班次的日期不是該團隊成員',
    en: 'This person is not a member of the team on the days of the shift',
  },
  'roster.shiftOverlaps': {
    'zh-CN': '此人在这段时间已有班次',
    'zh-TW': '此人在這段時間已有班次',
    en: 'This person already has a shift during this time',
  },
  'roster.shiftLength': {
    'zh-CN': '班次须在开始之后结束，且不超过 24 小时',
    'zh-TW': '班次須在開始之後結束，且不超過 24 小時',
    en: 'A shift must end after it starts and last at most 24 hours',
  },
  'roster.badWeek': { 'zh-CN': '周次格式应为 2026-W49', 'zh-TW': '週次格式應為 2026-W49', en: 'A week is written like 2026-W49' },
  'roster.notYourShift': { 'zh-CN': '只能请别人接替自己的班次', 'zh-TW': '只能請別人接替自己的班次', en: 'You can only ask someone to take a shift of your own' },
  'roster.swapWithSelf': { 'zh-CN': '不能请自己接替', 'zh-TW': '不能請自己接替', en: 'You cannot ask yourself to take your shift' },
  'roster.swapPending': {
    'zh-CN': '该班次已有待回复的换班请求',
    'zh-TW': '該班次已有待回覆的換班請求',
    en: 'This shift already has a swap request waiting for an answer',
  },
  'roster.swapNotPending': { 'zh-CN': '该换班请求已处理', 'zh-TW': '該換班請求已處理', en: 'This swap request has already been dealt with' },
  'roster.notAsked': { 'zh-CN': '只有被请求接替的人可以答复', 'zh-TW': '只有被請求接替的人可以答覆', en: 'Only the person asked can answer this request' },
  'roster.notCanceller': {
    'zh-CN': '只有提出请求的人、团队负责人和管理员可以撤销换班请求',
    'zh-TW': '只有提出請求的人、團隊負責人和管理員可以撤銷換班請求',
    en: 'Only the person who asked, the team lead and administrators can cancel a swap request',
  },
  'roster.swapAsked': {
    'zh-CN': '{name} 请你接替 {team} {start} 起的值班',
    'zh-TW': '{name} 請你接替 {team} {start} 起的值班',
    en: '{name} asks you to take their {team} shift from {start}',
  },
  'roster.swapAccepted': {
    'zh-CN': '{name} 已接替 {team} {start} 起的值班',
    'zh-TW': '{name} 已接替 {team} {start} 起的值班',
    en: '{name} has taken the {team} shift from {start}',
  },
  'roster.swapDeclined': {
    'zh-CN': '{name} 未能接替你在 {team} {start} 起的值班',
    'zh-TW': '{name} 未能接替你在 {team} {start} 起的值班',
    en: '{name} cannot take your {team} shift from {start}',
  },
  'roster.swapCancelled': {
    'zh-CN': '{name} 撤销了接替 {team} {start} 起值班的请求',
    'zh-TW': '{name} 撤銷了接替 {team} {start} 起值班的請求',
    en: '{name} withdrew the request to take the {team} shift from {start}',
  },
});
