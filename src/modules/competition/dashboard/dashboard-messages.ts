import { defineMessages } from '../../../platform/i18n/messages.ts';

/** The messages of the round dashboard's export. */
export const dashboardMessages = defineMessages({
  'competition.dashboard.fileName': { 'zh-CN': '{round}看板.xlsx', 'zh-TW': '{round}看板.xlsx', en: '{round} dashboard.xlsx' },
  'competition.dashboard.sheet.registrations': { 'zh-CN': '报名', 'zh-TW': '報名', en: 'Registrations' },
  'competition.dashboard.sheet.progress': { 'zh-CN': '评审进度', 'zh-TW': '評審進度', en: 'Review progress' },
  'competition.dashboard.sheet.missing': { 'zh-CN': '未评分', 'zh-TW': '未評分', en: 'Missing scores' },
  'competition.dashboard.column.dimension': { 'zh-CN': '维度', 'zh-TW': '維度', en: 'By' },
  'competition.dashboard.column.value': { 'zh-CN': '分项', 'zh-TW': '分項', en: 'Value' },
  'competition.dashboard.column.count': { 'zh-CN': '数量', 'zh-TW': '數量', en: 'Count' },
  'competition.dashboard.column.phase': { 'zh-CN': '评审阶段', 'zh-TW': '評審階段', en: 'Phase' },
  'competition.dashboard.column.judge': { 'zh-CN': '评委', 'zh-TW': '評委', en: 'Judge' },
  'competition.dashboard.column.assigned': { 'zh-CN': '分配', 'zh-TW': '分配', en: 'Assigned' },
  'competition.dashboard.column.scored': { 'zh-CN': '已评', 'zh-TW': '已評', en: 'Scored' },
  'competition.dashboard.column.missing': { 'zh-CN': '未评', 'zh-TW': '未評', en: 'Missing' },
  'competition.dashboard.column.number': { 'zh-CN': '编号', 'zh-TW': '編號', en: 'Number' },
  'competition.dashboard.column.project': { 'zh-CN': '参赛项目', 'zh-TW': '參賽項目', en: 'Entry' },
  'competition.dashboard.dimension.total': { 'zh-CN': '合计', 'zh-TW': '合計', en: 'Total' },
  'competition.dashboard.dimension.track': { 'zh-CN': '赛道', 'zh-TW': '賽道', en: 'Track' },
  'competition.dashboard.dimension.source': { 'zh-CN': '报名来源', 'zh-TW': '報名來源', en: 'Source' },
  'competition.dashboard.dimension.state': { 'zh-CN': '状态', 'zh-TW': '狀態', en: 'State' },
  'competition.dashboard.dimension.day': { 'zh-CN': '报名日期', 'zh-TW': '報名日期', en: 'Day registered' },
});
