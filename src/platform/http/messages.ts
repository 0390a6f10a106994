import { defineMessages } from '../i18n/messages.ts';

export const httpMessages = defineMessages({
  'problem.notFound': { 'zh-CN': '未找到', 'zh-TW': '找不到', en: 'Not found' },
  'problem.routeNotFound': { 'zh-CN': '没有这个接口', 'zh-TW': '沒有這個介面', en: 'No such endpoint' },
  'problem.forbidden': { 'zh-CN': '没有权限', 'zh-TW': '沒有權限', en: 'Forbidden' },
  'problem.unauthenticated': { 'zh-CN': '请先登录', 'zh-TW': '請先登入', en: 'Please sign in' },
  'problem.validation': { 'zh-CN': '输入有误', 'zh-TW': '輸入有誤', en: 'Invalid input' },
  'problem.validation.detail': {
    'zh-CN': '请按提示修改后重试',
    'zh-TW': '請依提示修改後重試',
    en: 'Correct the fields shown and try again',
  },
  'problem.internal': {
    'zh-CN': '服务器出错，请稍后重试',
    'zh-TW': '伺服器出錯，請稍後重試',
    en: 'Something went wrong on the server; try again later',
  },
  'problem.payloadTooLarge': { 'zh-CN': '内容太大', 'zh-TW': '內容太大', en: 'Request too large' },
  'problem.unsupportedMediaType': {
    'zh-CN': '不支持的内容类型',
    'zh-TW': '不支援的內容類型',
    en: 'Unsupported content type',
  },
  'problem.malformedBody': {
    'zh-CN': '请求内容格式错误',
    'zh-TW': '請求內容格式錯誤',
    en: 'The request body is malformed',
  },
  'problem.tooManyRequests': {
    'zh-CN': '请求太频繁，请稍后再试',
    'zh-TW': '請求太頻繁，請稍後再試',
    en: 'Too many requests; try again later',
  },
  'field.required': { 'zh-CN': '必填', 'zh-TW': '必填', en: 'Required' },
  'field.tooLong': {
    'zh-CN': '不能超过 {maximum} 个字符',
    'zh-TW': '不能超過 {maximum} 個字元',
    en: 'At most {maximum} characters',
  },
  'field.tooShort': {
    'zh-CN': '至少 {minimum} 个字符',
    'zh-TW': '至少 {minimum} 個字元',
    en: 'At least {minimum} characters',
  },
  'field.wrongType': { 'zh-CN': '应为{expected}', 'zh-TW': '應為{expected}', en: 'Must be {expected}' },
  'type.string': { 'zh-CN': '文本', 'zh-TW': '文字', en: 'text' },
  'type.number': { 'zh-CN': '数字', 'zh-TW': '數字', en: 'a number' },
  'type.int': { 'zh-CN': '整数', 'zh-TW': '整數', en: 'a whole number' },
  'type.boolean': { 'zh-CN': '是或否', 'zh-TW': '是或否', en: 'true or false' },
  'type.array': { 'zh-CN': '列表', 'zh-TW': '清單', en: 'a list' },
  'type.object': { 'zh-CN': '对象', 'zh-TW': '物件', en: 'an object' },
  'type.date': { 'zh-CN': '日期', 'zh-TW': '日期', en: 'a date' },
  'field.controlCharacter': {
    'zh-CN': '不能包含控制字符（如 NUL）',
    'zh-TW': '不能包含控制字元（如 NUL）',
    en: 'Must not contain control characters (such as NUL)',
  },
  'field.invalid': { 'zh-CN': '格式不正确', 'zh-TW': '格式不正確', en: 'Invalid value' },
});
