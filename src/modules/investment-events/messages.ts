import { defineMessages } from '../../platform/i18n/messages.ts';

export const eventMessages = defineMessages({
  'event.unknown': { 'zh-CN': '活动不存在', 'zh-TW': '活動不存在', en: 'No such event' },
  'event.teamUnknown': { 'zh-CN': '团队不存在或已归档', 'zh-TW': '團隊不存在或已歸檔', en: 'No such team, or it is archived' },
  'event.teamNotLed': {
    'zh-CN': '只能为你担任负责人的团队登记活动',
    'zh-TW': '只能為你擔任負責人的團隊登記活動',
    en: 'You can only record events of a team you lead',
  },
  'event.mayNotEdit': {
    'zh-CN': '只有组织团队的负责人或领导可以修改该活动',
    'zh-TW': '只有組織團隊的負責人或領導可以修改該活動',
    en: "Only the organising team's lead or a leader may change this event",
  },
});
