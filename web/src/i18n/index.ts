import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import 'dayjs/locale/en';
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/es/locale/zh_CN';
import antdZhTW from 'antd/es/locale/zh_TW';
import antdEnUS from 'antd/es/locale/en_US';
import { setApiLanguage } from '../app/api.ts';
import { locales, negotiateLocale, type Locale } from '../../../src/platform/i18n/locale.ts';
import type shellStrings from './locales/zh-CN.json';
import type { ModuleStrings } from './translation.gen.ts';

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

type Strings = { [key: string]: string | Strings };

/** The shell's strings and every module's, merged key by key (a module may add its own `nav` or `home` entries). */
function mergeStrings(into: Strings, from: Strings): Strings {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    into[key] = typeof value === 'object' && typeof existing === 'object' ? mergeStrings({ ...existing }, value) : value;
  }
  return into;
}

// Per language: the shell's file, then each module's web/src/modules/<name>/locales/<language>.json, each a chunk
// of its own, so that a page loads the strings of its reader's language only (and Chinese, the fallback).
const shellFiles = import.meta.glob<Strings>('./locales/*.json', { import: 'default' });
const moduleFiles = import.meta.glob<Strings>('../modules/*/locales/*.json', { import: 'default' });

async function stringsOf(language: Language): Promise<Strings> {
  const loaders = [shellFiles[`./locales/${language}.json`], ...Object.entries(moduleFiles).filter(([path]) => path.endsWith(`/${language}.json`)).map(([, load]) => load)];
  const files = await Promise.all(loaders.map((load) => (load ? load() : Promise.resolve({}))));
  return files.reduce<Strings>((merged, file) => mergeStrings(merged, file), {});
}

/** Loads a language's strings once (Chinese too, which stands in for a missing string). */
async function loadLanguage(language: Language): Promise<void> {
  const needed = [...new Set<Language>([language, 'zh-CN'])].filter((each) => !i18n.hasResourceBundle(each, 'translation'));
  const bundles = await Promise.all(needed.map(stringsOf));
  needed.forEach((each, i) => i18n.addResourceBundle(each, 'translation', bundles[i]!));
}

/** Shows the app in another language, its strings loaded first. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/**
 * Every string the app may ask for: the shell's and each module's (zh-CN is the reference language). The modules'
 * are written out from their folders (translation-type.ts), so a module's locale files are all it adds.
 */
export type Translation = typeof shellStrings & ModuleStrings;

const firstLanguage = initialLanguage();

/** Settled once the first language's strings are loaded: the app renders after it. */
export const i18nReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({ resources: {}, lng: firstLanguage, fallbackLng: 'zh-CN', interpolation: { escapeValue: false }, returnNull: false })
  .then(() => changeLanguage(firstLanguage));

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Translation };
  }
}

export default i18n;

/** For keys built from server data (actions, field names): the translation when there is one, else the fallback. */
export function translateOr(key: string, fallback: string, options?: Record<string, unknown>): string {
  return i18n.exists(key) ? String(i18n.t(key as never, options as never)) : fallback;
}
