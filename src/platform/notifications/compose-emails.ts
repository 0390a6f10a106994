import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/messages.ts';
import type { OutgoingMail } from './mailer.ts';
import { notificationText } from './render-notification.ts';
import type { NotificationParams } from './schema.ts';

export interface MailedNotice {
  message: string;
  params: NotificationParams;
  link: string | null;
  createdAt: Date;
}

// The district works in Beijing time, whatever the server's clock says.
const beijingTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shortTime(instant: Date): string {
  const part = Object.fromEntries(beijingTime.formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** The notice's page as an address outside the app; none without PUBLIC_URL. */
const urlOf = (publicUrl: string | undefined, link: string | null) => (publicUrl && link ? publicUrl + link : null);

const footer = (locale: Locale) => `--\n${translate(locale, 'notifications.email.footer')}\n`;

/** One notice, e-mailed as it happens: its text is the subject, and the body leads to its page. */
export function immediateEmail(locale: Locale, publicUrl: string | undefined, notice: MailedNotice): Omit<OutgoingMail, 'to'> {
  const text = notificationText(locale, notice);
  const url = urlOf(publicUrl, notice.link);
  return {
    subject: translate(locale, 'notifications.email.subject', { text }),
    text: [text, url ? translate(locale, 'notifications.email.open', { url }) : null, footer(locale)].filter(Boolean).join('\n\n'),
  };
}

/** A day's unread notices in one e-mail, oldest first; past `listed` of them, only how many more there are. */
export function digestEmail(locale: Locale, publicUrl: string | undefined, notices: MailedNotice[], listed: number): Omit<OutgoingMail, 'to'> {
  const entries = notices.slice(0, listed).map((notice) => {
    const url = urlOf(publicUrl, notice.link);
    return `• ${notificationText(locale, notice)} (${shortTime(notice.createdAt)})${url ? `\n  ${url}` : ''}`;
  });
  const more = notices.length - entries.length;
  if (more > 0) entries.push(translate(locale, 'notifications.digest.more', { count: more }));
  return {
    subject: translate(locale, 'notifications.digest.subject', { count: notices.length }),
    text: [translate(locale, 'notifications.digest.intro'), entries.join('\n'), footer(locale)].join('\n\n'),
  };
}
