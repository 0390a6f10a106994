import { defineMessages } from '../../platform/i18n/messages.ts';

export const keyEnterpriseMessages = defineMessages({
  'keyEnterprise.personUnknown': { 'zh-CN': '请选择一名在岗的工作人员', 'zh-TW': '請選擇一名在崗的工作人員', en: 'Choose an active member of staff' },
  'keyEnterprise.notALeader': { 'zh-CN': '挂点领导须为区领导账号', 'zh-TW': '掛點領導須為區領導帳號', en: 'A linked leader must hold a leader account' },
  'keyEnterprise.endBeforeStart': { 'zh-CN': '结束日期不能早于开始日期', 'zh-TW': '結束日期不能早於開始日期', en: 'The end cannot be before the start' },
  'keyEnterprise.duplicateLink': {
    'zh-CN': '此人在该期间已以同一身份挂点联系该企业',
    'zh-TW': '此人在該期間已以同一身分掛點聯繫該企業',
    en: 'This person is already linked to the enterprise in this role during that period',
  },
  'keyEnterprise.leaderTaken': {
    'zh-CN': '该企业在此期间已有挂点领导，请先结束原挂点',
    'zh-TW': '該企業在此期間已有掛點領導，請先結束原掛點',
    en: 'The enterprise has a linked leader during that period; end that link first',
  },
  'keyEnterprise.alreadyEnded': { 'zh-CN': '该挂点联系已在此日期前结束', 'zh-TW': '該掛點聯繫已在此日期前結束', en: 'This link already ended by that day' },
  'keyEnterprise.enterpriseMerged': {
    'zh-CN': '该企业已合并到其他企业，请在保留的企业上挂点',
    'zh-TW': '該企業已合併到其他企業，請在保留的企業上掛點',
    en: 'This enterprise was merged into another; link the surviving record',
  },
  'keyEnterprise.notice.linked.leader': {
    'zh-CN': '自 {day} 起，你挂点联系{enterprise}',
    'zh-TW': '自 {day} 起，你掛點聯繫{enterprise}',
    en: 'From {day} you are the linked leader of {enterprise}',
  },
  'keyEnterprise.notice.linked.commissioner': {
    'zh-CN': '自 {day} 起，你担任{enterprise}的政策专员',
    'zh-TW': '自 {day} 起，你擔任{enterprise}的政策專員',
    en: 'From {day} you are the policy commissioner of {enterprise}',
  },
  'keyEnterprise.notice.ended.leader': {
    'zh-CN': '你对{enterprise}的挂点联系于 {day} 结束',
    'zh-TW': '你對{enterprise}的掛點聯繫於 {day} 結束',
    en: 'Your link as leader of {enterprise} ends on {day}',
  },
  'keyEnterprise.notice.ended.commissioner': {
    'zh-CN': '你担任{enterprise}政策专员的挂点于 {day} 结束',
    'zh-TW': '你擔任{enterprise}政策專員的掛點於 {day} 結束',
    en: 'Your link as policy commissioner of {enterprise} ends on {day}',
  },
  'keyEnterprise.timeline.link.leader': { 'zh-CN': '新增挂点领导', 'zh-TW': '新增掛點領導', en: 'Leader linked' },
  'keyEnterprise.timeline.link.commissioner': { 'zh-CN': '新增政策专员', 'zh-TW': '新增政策專員', en: 'Policy commissioner linked' },
  'keyEnterprise.timeline.end.leader': { 'zh-CN': '挂点领导结束', 'zh-TW': '掛點領導結束', en: 'Leader link ended' },
  'keyEnterprise.timeline.end.commissioner': { 'zh-CN': '政策专员结束', 'zh-TW': '政策專員結束', en: 'Policy commissioner link ended' },
});
