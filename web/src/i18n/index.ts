import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import 'dayjs/locale/en';
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/locale/zh_CN';
import antdZhTW from 'antd/locale/zh_TW';
import antdEnUS from 'antd/locale/en_US';
import { setApiLanguage } from '../app/api.ts';
import { locales, negotiateLocale, type Locale } from '../../../src/platform/i18n/locale.ts';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';
import en from './locales/en.json';

export const languages = locales;
export type Language = Locale;

/** Each language is named in its own script, so a reader can find theirs whatever the page is showing. */
export const languageNames: Record<Language, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

export const antdLocales: Record<Language, AntdLocale> = { 'zh-CN': antdZhCN, 'zh-TW': antdZhTW, en: antdEnUS };
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' };

const storageKey = 'qiao.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  // The browser's preferences, read by the same rules as the server's Accept-Language; Chinese when none fits.
  return isLanguage(saved) ? saved : negotiateLocale(navigator.languages.join(','));
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

function applyLanguage(language: Language) {
  setApiLanguage(language);
  dayjs.locale(dayjsLocales[language]);
  document.documentElement.lang = language;
  document.title = i18n.t('app.documentTitle');
}

i18n.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  localStorage.setItem(storageKey, language);
  applyLanguage(language);
});

export const resources = { 'zh-CN': { translation: zhCN }, 'zh-TW': { translation: zhTW }, en: { translation: en } } as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN };
  }
}

export default i18n;

/** For keys built from server data (actions, field names): the translation when there is one, else the fallback. */
export function translateOr(key: string, fallback: string, options?: Record<string, unknown>): string {
  return i18n.exists(key) ? String(i18n.t(key as never, options as never)) : fallback;
}
