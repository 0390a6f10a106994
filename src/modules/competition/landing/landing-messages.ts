import { defineMessages } from '../../../platform/i18n/messages.ts';

/** The messages of the landing tracker's export (赛事+服务+落地). */
export const landingMessages = defineMessages({
  'competition.landing.fileName': { 'zh-CN': '{scope}落地跟踪.xlsx', 'zh-TW': '{scope}落地追蹤.xlsx', en: '{scope} landing tracker.xlsx' },
  'competition.landing.sheet.figures': { 'zh-CN': '汇总', 'zh-TW': '彙總', en: 'Figures' },
  'competition.landing.sheet.entries': { 'zh-CN': '参赛项目', 'zh-TW': '參賽項目', en: 'Entries' },
  'competition.landing.sheet.projects': { 'zh-CN': '招商项目', 'zh-TW': '招商項目', en: 'Projects' },
  'competition.landing.figure.entries': { 'zh-CN': '参赛项目', 'zh-TW': '參賽項目', en: 'Entries' },
  'competition.landing.figure.leads': { 'zh-CN': '转为线索', 'zh-TW': '轉為線索', en: 'Became leads' },
  'competition.landing.figure.projects': { 'zh-CN': '形成项目', 'zh-TW': '形成項目', en: 'Projects' },
  'competition.landing.figure.signed': { 'zh-CN': '签约', 'zh-TW': '簽約', en: 'Signed' },
  'competition.landing.figure.registered': { 'zh-CN': '注册', 'zh-TW': '註冊', en: 'Registered' },
  'competition.landing.figure.producing': { 'zh-CN': '投产', 'zh-TW': '投產', en: 'Producing' },
  'competition.landing.column.figure': { 'zh-CN': '指标', 'zh-TW': '指標', en: 'Figure' },
  'competition.landing.column.count': { 'zh-CN': '数量', 'zh-TW': '數量', en: 'Count' },
  'competition.landing.column.number': { 'zh-CN': '编号', 'zh-TW': '編號', en: 'Number' },
  'competition.landing.column.project': { 'zh-CN': '参赛项目', 'zh-TW': '參賽項目', en: 'Entry' },
  'competition.landing.column.organisation': { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Organisation' },
  'competition.landing.column.round': { 'zh-CN': '赛区', 'zh-TW': '賽區', en: 'Round' },
  'competition.landing.column.lead': { 'zh-CN': '已转线索', 'zh-TW': '已轉線索', en: 'Lead' },
  'competition.landing.column.support': { 'zh-CN': '落地服务', 'zh-TW': '落地服務', en: 'Landing support' },
  'competition.landing.column.projectName': { 'zh-CN': '招商项目', 'zh-TW': '招商項目', en: 'Project' },
  'competition.landing.column.stage': { 'zh-CN': '当前阶段', 'zh-TW': '目前階段', en: 'Stage now' },
});
