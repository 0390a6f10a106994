/** Long enough for any name a person gives a file, short enough for every file system a download lands on. */
export const maxFileNameLength = 200;
const maxExtensionLength = 16;
const fallbackName = 'attachment';

/**
 * The uploader's name for a file, made safe to show and to name a download: the last part of any path; no control
 * or invisible formatting characters (NUL, line breaks, the right-to-left override that disguises `exe` as `txt`);
 * at most `maxFileNameLength` characters, shortened before the extension so that the extension stays.
 */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || /^\.+$/.test(cleaned)) return fallbackName;
  const characters = [...cleaned];
  if (characters.length <= maxFileNameLength) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? [...cleaned.slice(dot)] : [];
  const kept = extension.length <= maxExtensionLength ? extension : [];
  return [...characters.slice(0, maxFileNameLength - kept.length), ...kept].join('').trim();
}
