import { defineMessages } from '../../platform/i18n/messages.ts';

export const serviceWindowMessages = defineMessages({
  'serviceWindow.codeFormat': {
    'zh-CN': '只能用小写字母、数字和连字符，以字母开头，2 到 32 位',
    'zh-TW': '只能用小寫字母、數字和連字號，以字母開頭，2 到 32 位',
    en: 'Lower-case letters, digits and dashes, starting with a letter, 2 to 32 characters',
  },
  'serviceWindow.codeTaken': { 'zh-CN': '已有窗口使用该代码', 'zh-TW': '已有窗口使用該代碼', en: 'Another window has this code' },
  'windowRequest.windowUnavailable': {
    'zh-CN': '该窗口不存在或已停止受理',
    'zh-TW': '該窗口不存在或已停止受理',
    en: 'No such window, or it no longer takes requests',
  },
  'windowRequest.enterpriseRequired': {
    'zh-CN': '请选择为哪家企业登记',
    'zh-TW': '請選擇為哪家企業登記',
    en: 'Choose the enterprise the request is for',
  },
  'windowRequest.enterpriseNotFound': { 'zh-CN': '企业不存在', 'zh-TW': '企業不存在', en: 'No such enterprise' },
  'windowRequest.notice.opened': {
    'zh-CN': '新的窗口服务请求 {reference}：{subject}',
    'zh-TW': '新的窗口服務請求 {reference}：{subject}',
    en: 'New service window request {reference}: {subject}',
  },
  'windowRequest.notice.answered': {
    'zh-CN': '{author} 回复了你的服务请求 {reference}：{subject}',
    'zh-TW': '{author} 回覆了你的服務請求 {reference}：{subject}',
    en: '{author} replied to your request {reference}: {subject}',
  },
  'windowRequest.timeline.start': { 'zh-CN': '提交窗口服务请求', 'zh-TW': '提交窗口服務請求', en: 'Service window request opened' },
  'windowRequest.state.open': { 'zh-CN': '待答复', 'zh-TW': '待答覆', en: 'Awaiting an answer' },
  'windowRequest.state.answered': { 'zh-CN': '已答复', 'zh-TW': '已答覆', en: 'Answered' },
  'windowRequest.timeline.answer': { 'zh-CN': '窗口服务请求已答复', 'zh-TW': '窗口服務請求已答覆', en: 'Service window request answered' },
  'windowRequest.timeline.followUp': { 'zh-CN': '企业追问窗口服务请求', 'zh-TW': '企業追問窗口服務請求', en: 'Follow-up on a service window request' },
  'windowRequest.timeline.close': { 'zh-CN': '窗口服务请求已关闭', 'zh-TW': '窗口服務請求已關閉', en: 'Service window request closed' },
  'windowRequest.timeline.reopen': { 'zh-CN': '窗口服务请求重新打开', 'zh-TW': '窗口服務請求重新打開', en: 'Service window request reopened' },
});
