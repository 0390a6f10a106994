import { defineMessages } from '../../platform/i18n/messages.ts';

/** The months' refusals and the workbook of the service desk's figures: its file, sheets, columns and buckets. */
export const deskReportMessages = defineMessages({
  'deskReport.monthFormat': { 'zh-CN': '月份格式为 2026-01', 'zh-TW': '月份格式為 2026-01', en: 'A month is written 2026-01' },
  'deskReport.rangeOrder': { 'zh-CN': '起始月份不能晚于结束月份', 'zh-TW': '起始月份不能晚於結束月份', en: 'The first month cannot come after the last' },
  'deskReport.rangeTooLong': { 'zh-CN': '一次最多统计 60 个月', 'zh-TW': '一次最多統計 60 個月', en: 'At most 60 months at a time' },
  'deskReport.fileName': { 'zh-CN': '服务台报表-{from}至{to}.xlsx', 'zh-TW': '服務台報表-{from}至{to}.xlsx', en: 'service-desk-report-{from}-to-{to}.xlsx' },
  'deskReport.sheet.createdResolved': { 'zh-CN': '新建与解决', 'zh-TW': '新建與解決', en: 'Created and resolved' },
  'deskReport.sheet.backlog': { 'zh-CN': '未结工单账龄', 'zh-TW': '未結工單帳齡', en: 'Backlog age' },
  'deskReport.sheet.satisfactionByMonth': { 'zh-CN': '满意度按月', 'zh-TW': '滿意度按月', en: 'Satisfaction by month' },
  'deskReport.sheet.satisfactionByTeam': { 'zh-CN': '满意度按团队', 'zh-TW': '滿意度按團隊', en: 'Satisfaction by team' },
  'deskReport.sheet.satisfactionByCategory': { 'zh-CN': '满意度按类别', 'zh-TW': '滿意度按類別', en: 'Satisfaction by category' },
  'deskReport.column.month': { 'zh-CN': '月份', 'zh-TW': '月份', en: 'Month' },
  'deskReport.column.team': { 'zh-CN': '团队', 'zh-TW': '團隊', en: 'Team' },
  'deskReport.column.category': { 'zh-CN': '类别', 'zh-TW': '類別', en: 'Category' },
  'deskReport.column.created': { 'zh-CN': '新建工单', 'zh-TW': '新建工單', en: 'Created' },
  'deskReport.column.resolved': { 'zh-CN': '已解决工单', 'zh-TW': '已解決工單', en: 'Resolved' },
  'deskReport.column.open': { 'zh-CN': '未结工单', 'zh-TW': '未結工單', en: 'Open' },
  'deskReport.column.rated': { 'zh-CN': '评价数', 'zh-TW': '評價數', en: 'Ratings' },
  'deskReport.column.mean': { 'zh-CN': '平均评分', 'zh-TW': '平均評分', en: 'Mean rating' },
  'deskReport.column.rating': { 'zh-CN': '{rating} 分', 'zh-TW': '{rating} 分', en: 'Rated {rating}' },
  'deskReport.age.underDay': { 'zh-CN': '不足 1 天', 'zh-TW': '不足 1 天', en: 'Under a day' },
  'deskReport.age.days1to3': { 'zh-CN': '1–3 天', 'zh-TW': '1–3 天', en: '1–3 days' },
  'deskReport.age.days3to7': { 'zh-CN': '3–7 天', 'zh-TW': '3–7 天', en: '3–7 days' },
  'deskReport.age.days7to30': { 'zh-CN': '7–30 天', 'zh-TW': '7–30 天', en: '7–30 days' },
  'deskReport.age.over30': { 'zh-CN': '30 天以上', 'zh-TW': '30 天以上', en: 'Over 30 days' },
  'deskReport.noTeam': { 'zh-CN': '未分派团队', 'zh-TW': '未分派團隊', en: 'No team' },
});
