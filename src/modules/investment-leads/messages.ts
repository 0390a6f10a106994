import { defineMessages } from '../../platform/i18n/messages.ts';

export const leadMessages = defineMessages({
  'lead.enterpriseRequired': {
    'zh-CN': '请选择已有企业，或新建一家企业',
    'zh-TW': '請選擇已有企業，或新建一家企業',
    en: 'Choose an existing enterprise, or create a new one',
  },
  'lead.enterpriseNotFound': { 'zh-CN': '企业不存在或已被合并', 'zh-TW': '企業不存在或已被合併', en: 'No such enterprise, or it was merged' },
  'lead.industryUnknown': { 'zh-CN': '国民经济行业分类中没有该代码', 'zh-TW': '國民經濟行業分類中沒有該代碼', en: 'No such GB/T 4754 industry code' },
  'lead.teamUnknown': { 'zh-CN': '团队不存在或已归档', 'zh-TW': '團隊不存在或已歸檔', en: 'No such team, or it is archived' },
  'lead.teamNotYours': { 'zh-CN': '只能放在你所在的团队', 'zh-TW': '只能放在你所在的團隊', en: 'You can only keep it in a team you belong to' },
  'lead.mayNotWork': {
    'zh-CN': '只有负责人、所在团队成员或管理员可以处理该线索；公海线索请先认领',
    'zh-TW': '只有負責人、所在團隊成員或管理員可以處理該線索；公海線索請先認領',
    en: 'Only its owner, its team or an administrator may work on this lead; claim a pool lead first',
  },
  'lead.mayNotAssign': {
    'zh-CN': '只有团队负责人、区领导或管理员可以分配线索，且只能分给本团队成员',
    'zh-TW': '只有團隊負責人、區領導或管理員可以分配線索，且只能分給本團隊成員',
    en: "Only a team's lead (to the team's members), leaders and administrators may assign leads",
  },
  'lead.mayNotRelease': {
    'zh-CN': '只有负责人、团队负责人或管理员可以将线索退回公海',
    'zh-TW': '只有負責人、團隊負責人或管理員可以將線索退回公海',
    en: 'Only its owner, its team lead or an administrator may release this lead',
  },
  'lead.notOpen': { 'zh-CN': '线索已转化或已放弃，不能再修改', 'zh-TW': '線索已轉化或已放棄，不能再修改', en: 'The lead is converted or dropped and can no longer change' },
  'lead.alreadyClaimed': {
    'zh-CN': '手慢了：该线索刚被其他人认领',
    'zh-TW': '手慢了：該線索剛被其他人認領',
    en: 'Someone else has just claimed this lead',
  },
  'lead.alreadyYours': { 'zh-CN': '该线索已经由你负责', 'zh-TW': '該線索已經由你負責', en: 'This lead is already yours' },
  'lead.inPool': { 'zh-CN': '该线索已在公海中', 'zh-TW': '該線索已在公海中', en: 'This lead is already in the pool' },
  'lead.assigneeInvalid': {
    'zh-CN': '只能分配给在职的招商专员',
    'zh-TW': '只能分配給在職的招商專員',
    en: 'Leads can only be assigned to an active promotion officer',
  },
  'lead.followUpInFuture': { 'zh-CN': '跟进日期不能晚于今天', 'zh-TW': '跟進日期不能晚於今天', en: 'The follow-up cannot be dated after today' },
  'lead.notice.assigned': {
    'zh-CN': '{by} 将线索「{enterprise}」分配给你',
    'zh-TW': '{by} 將線索「{enterprise}」分配給你',
    en: '{by} assigned you the lead {enterprise}',
  },
  'lead.notice.poolWarning': {
    'zh-CN': '线索「{enterprise}」长期未跟进，将于 {date} 退回公海',
    'zh-TW': '線索「{enterprise}」長期未跟進，將於 {date} 退回公海',
    en: 'The lead {enterprise} has had no follow-up and returns to the pool on {date}',
  },
  'lead.notice.returned': {
    'zh-CN': '线索「{enterprise}」因长期未跟进已退回公海',
    'zh-TW': '線索「{enterprise}」因長期未跟進已退回公海',
    en: 'The lead {enterprise} had no follow-up and has returned to the pool',
  },
  'lead.timeline.start': { 'zh-CN': '登记招商线索', 'zh-TW': '登記招商線索', en: 'Lead created' },
  'lead.timeline.claim': { 'zh-CN': '从公海认领线索', 'zh-TW': '從公海認領線索', en: 'Lead claimed from the pool' },
  'lead.timeline.assign': { 'zh-CN': '分配线索', 'zh-TW': '分配線索', en: 'Lead assigned' },
  'lead.timeline.release': { 'zh-CN': '线索退回公海', 'zh-TW': '線索退回公海', en: 'Lead released to the pool' },
  'lead.timeline.returnToPool': { 'zh-CN': '线索超期未跟进，自动退回公海', 'zh-TW': '線索超期未跟進，自動退回公海', en: 'Lead returned to the pool after no follow-up' },
  'lead.timeline.convert': { 'zh-CN': '线索已转化', 'zh-TW': '線索已轉化', en: 'Lead converted' },
  'lead.timeline.drop': { 'zh-CN': '放弃线索', 'zh-TW': '放棄線索', en: 'Lead dropped' },
  'lead.timeline.reopen': { 'zh-CN': '重新启用线索', 'zh-TW': '重新啟用線索', en: 'Lead reopened' },
});
