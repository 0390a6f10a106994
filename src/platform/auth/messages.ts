import { defineMessages } from '../i18n/messages.ts';
import { passwordMessages } from './password-messages.ts';

defineMessages(passwordMessages);

export const authMessages = defineMessages({
  'auth.invalidCredentials': {
    'zh-CN': '用户名或密码不正确',
    'zh-TW': '使用者名稱或密碼不正確',
    en: 'Wrong username or password',
  },
  'auth.lockedOut': {
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    'zh-TW': '登入失敗次數過多，請 {minutes} 分鐘後再試',
    en: 'Too many failed sign-ins; try again in {minutes} minutes',
  },
  'auth.passwordChangeRequired': {
    'zh-CN': '请先修改临时密码',
    'zh-TW': '請先變更臨時密碼',
    en: 'Change your temporary password first',
  },
  'auth.csrf': {
    'zh-CN': '页面已过期，请刷新后重试',
    'zh-TW': '頁面已過期，請重新整理後重試',
    en: 'This page has expired; reload it and try again',
  },
  'auth.wrongCurrentPassword': {
    'zh-CN': '当前密码不正确',
    'zh-TW': '目前密碼不正確',
    en: 'The current password is wrong',
  },
  'auth.usernameTaken': { 'zh-CN': '用户名已被使用', 'zh-TW': '使用者名稱已被使用', en: 'Username already taken' },
  'auth.enterpriseRequired': {
    'zh-CN': '企业用户须关联一家企业',
    'zh-TW': '企業使用者須關聯一家企業',
    en: 'An enterprise user must belong to an enterprise',
  },
  'auth.enterpriseNotFound': { 'zh-CN': '企业不存在', 'zh-TW': '企業不存在', en: 'No such enterprise' },
  'auth.cannotDemoteSelf': {
    'zh-CN': '不能取消自己的管理员角色或停用自己',
    'zh-TW': '不能取消自己的管理員角色或停用自己',
    en: 'You cannot remove your own admin role or disable yourself',
  },
});
