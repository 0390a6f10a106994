import { defineMessages } from '../i18n/messages.ts';

// The words of notification e-mails. The notices themselves are each module's messages.
export const notificationMessages = defineMessages({
  'notifications.email.subject': { 'zh-CN': '桥 Qiao：{text}', 'zh-TW': '橋 Qiao：{text}', en: 'Qiao: {text}' },
  'notifications.email.open': { 'zh-CN': '查看：{url}', 'zh-TW': '查看：{url}', en: 'Open: {url}' },
  'notifications.email.footer': {
    'zh-CN': '可在桥 Qiao 的「通知 → 邮件设置」中更改或关闭这些邮件。',
    'zh-TW': '可在橋 Qiao 的「通知 → 郵件設定」中變更或關閉這些郵件。',
    en: 'You can change or turn off these e-mails in Qiao under Notifications → E-mail settings.',
  },
  'notifications.digest.subject': {
    'zh-CN': '桥 Qiao：{count} 条未读通知',
    'zh-TW': '橋 Qiao：{count} 則未讀通知',
    en: 'Qiao: unread notifications ({count})',
  },
  'notifications.digest.intro': {
    'zh-CN': '您有以下未读通知：',
    'zh-TW': '您有以下未讀通知：',
    en: 'You have these unread notifications:',
  },
  'notifications.digest.more': {
    'zh-CN': '……另有 {count} 条，请在桥 Qiao 中查看',
    'zh-TW': '……另有 {count} 則，請在橋 Qiao 中查看',
    en: '… and {count} more in Qiao',
  },
});
