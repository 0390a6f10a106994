import { defaultLocale, locales, type Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/messages.ts';
import type { NotificationParams } from './schema.ts';

/** A notice in the reader's language, from its message key and parameters. */
export function notificationText(locale: Locale, notice: { message: string; params: NotificationParams }): string {
  return translate(locale, notice.message, notice.params);
}

/** The language a user chose, or the default for one who never chose (as the web app starts in). */
export function readerLocale(chosen: string | null): Locale {
  return (locales as readonly (string | null)[]).includes(chosen) ? (chosen as Locale) : defaultLocale;
}
