import { locales, type Locale } from '../../../src/platform/i18n/locale.ts';

/**
 * The language after signing in: the account's saved choice wins over whatever this browser shows; an account that
 * never chose one takes the browser's, and keeps it.
 */
export function signInLanguage(saved: string | null, shown: Locale): { language: Locale; save: boolean } {
  const savedLocale = locales.find((locale) => locale === saved);
  return savedLocale ? { language: savedLocale, save: false } : { language: shown, save: true };
}
