import { defineMessages } from '../../platform/i18n/messages.ts';

export const enterpriseEventMessages = defineMessages({
  'enterpriseEvent.endBeforeStart': { 'zh-CN': '结束日期不能早于开始日期', 'zh-TW': '結束日期不能早於開始日期', en: 'The end cannot be before the start' },
  'enterpriseEvent.stateMove': { 'zh-CN': '活动不能改为该状态', 'zh-TW': '活動不能改為該狀態', en: 'The event cannot move to that state' },
  'enterpriseEvent.eventDone': { 'zh-CN': '活动已结束，不能再邀请企业', 'zh-TW': '活動已結束，不能再邀請企業', en: 'The event is over; no more firms can be invited' },
  'enterpriseEvent.enterpriseUnknown': { 'zh-CN': '企业不存在或已合并', 'zh-TW': '企業不存在或已合併', en: 'No such enterprise, or it was merged' },
  'enterpriseEvent.notInvited': { 'zh-CN': '该企业未受邀参加此活动', 'zh-TW': '該企業未受邀參加此活動', en: 'This firm is not invited to the event' },
  'enterpriseEvent.notOpen': { 'zh-CN': '活动当前未开放报名', 'zh-TW': '活動目前未開放報名', en: 'The event is not open for registration' },
  'enterpriseEvent.notRegistrable': { 'zh-CN': '英雄榜无需报名', 'zh-TW': '英雄榜無需報名', en: 'An honour list takes no registration' },
  'enterpriseEvent.deadlinePassed': { 'zh-CN': '报名已截止', 'zh-TW': '報名已截止', en: 'Registration has closed' },
  'enterpriseEvent.full': { 'zh-CN': '名额已满', 'zh-TW': '名額已滿', en: 'All places are taken' },
  'enterpriseEvent.attendanceRecorded': { 'zh-CN': '已登记出席情况，不能再更改', 'zh-TW': '已登記出席情況，不能再更改', en: 'Attendance is recorded; it can no longer change' },
  'enterpriseEvent.attendanceNotYet': { 'zh-CN': '活动尚未发布，不能登记出席', 'zh-TW': '活動尚未發布，不能登記出席', en: 'The event is still a draft; attendance cannot be marked' },
  'enterpriseEvent.ownerUnknown': { 'zh-CN': '请选择一名在岗的工作人员', 'zh-TW': '請選擇一名在崗的工作人員', en: 'Choose an active member of staff' },
  'enterpriseEvent.followUpDone': {
    'zh-CN': '该跟进事项已完成，请先重新打开，再更换负责人或截止日期',
    'zh-TW': '該跟進事項已完成，請先重新打開，再更換負責人或截止日期',
    en: 'This follow-up is done; reopen it before changing its owner or due day',
  },
  'enterpriseEvent.notice.invited': {
    'zh-CN': '诚邀贵企业参加“{title}”（{startsOn}）',
    'zh-TW': '誠邀貴企業參加「{title}」（{startsOn}）',
    en: 'Your firm is invited to "{title}" ({startsOn})',
  },
  'enterpriseEvent.notice.listed': { 'zh-CN': '贵企业入选“{title}”', 'zh-TW': '貴企業入選「{title}」', en: 'Your firm is on "{title}"' },
  'enterpriseEvent.notice.followUpAssigned': {
    'zh-CN': '{by}请您跟进“{title}”：{description}，{dueOn} 到期',
    'zh-TW': '{by}請您跟進「{title}」：{description}，{dueOn} 到期',
    en: '{by} gave you a follow-up of "{title}": {description}, due {dueOn}',
  },
  'enterpriseEvent.notice.followUpDue': {
    'zh-CN': '跟进事项 {dueOn} 到期：{description}（“{title}”）',
    'zh-TW': '跟進事項 {dueOn} 到期：{description}（「{title}」）',
    en: 'Follow-up due {dueOn}: {description} ("{title}")',
  },
  'enterpriseEvent.timeline.registered': { 'zh-CN': '报名参加企业活动', 'zh-TW': '報名參加企業活動', en: 'Registered for an event' },
  'enterpriseEvent.timeline.attended': { 'zh-CN': '出席企业活动', 'zh-TW': '出席企業活動', en: 'Attended an event' },
  'enterpriseEvent.timeline.listed': { 'zh-CN': '入选英雄榜', 'zh-TW': '入選英雄榜', en: 'Listed on an honour list' },
});
