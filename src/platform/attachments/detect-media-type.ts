import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

export interface DetectedType {
  mediaType: string;
  /** Runs when opened: a program, a web page, or markup carrying script. */
  active: boolean;
}

/** Programs, installers, browser extensions and documents whose macros run: file-type names them by content. */
const runnableTypes = new Set([
  'application/x-msdownload',
  'application/x-elf',
  'application/x-mach-binary',
  'application/wasm',
  'application/java-vm',
  'application/java-archive',
  'application/vnd.android.package-archive',
  'application/x-shockwave-flash',
  'application/x-google-chrome-extension',
  'application/x-xpinstall',
  'application/vnd.ms-htmlhelp',
  'application/x.ms.shortcut',
  'application/x-deb',
  'application/x-rpm',
  'application/vnd.ms-excel.sheet.macroenabled.12',
  'application/vnd.ms-excel.template.macroenabled.12',
  'application/vnd.ms-word.document.macroenabled.12',
  'application/vnd.ms-word.template.macroenabled.12',
  'application/vnd.ms-powerpoint.presentation.macroenabled.12',
  'application/vnd.ms-powerpoint.slideshow.macroenabled.12',
  'application/vnd.ms-powerpoint.template.macroenabled.12',
]);

const headBytes = 64 * 1024;

/** Bytes no plain text holds: controls other than tab, line feed, form feed and carriage return. */
function hasBinaryBytes(head: Buffer): boolean {
  return head.some((byte) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f);
}

/**
 * What a browser would make of text starting with a tag: a drawing, a web page, or XML. Read as Latin-1, where the
 * ASCII of tags reads the same whatever the text's real encoding.
 */
function markupType(head: Buffer): string | null {
  const text = head.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  if (!text.startsWith('<')) return null;
  if (/<html[\s/>]|<!doctype html[\s>]/.test(text)) return 'text/html';
  if (/<svg[\s/>]/.test(text)) return 'image/svg+xml';
  return text.startsWith('<?xml') ? 'application/xml' : 'text/html';
}

/**
 * Script elements, event handler attributes (looked for anywhere, not only inside a tag, so that the scan stays
 * linear however hostile the text), script URLs, foreign HTML inside a drawing, and entity declarations. A scan that
 * errs towards refusing, not a sanitiser: the download's headers keep whatever passes from running in Qiao's origin.
 */
const scriptInMarkup = /<\s*(script|foreignobject|iframe|embed|object|handler)[\s/>]|[\s"'/]on[a-z]+\s*=|javascript\s*:|<!entity/i;
const markupOverlap = 64 * 1024;

/** Whether markup carries script anywhere, read as a stream with an overlap so that no marker is cut in two. */
async function carriesScript(filePath: string): Promise<boolean> {
  let tail = '';
  for await (const chunk of createReadStream(filePath, { encoding: 'latin1' })) {
    const text = tail + (chunk as string);
    if (scriptInMarkup.test(text)) return true;
    tail = text.slice(-markupOverlap);
  }
  return false;
}

async function readHead(filePath: string): Promise<Buffer> {
  const file = await fs.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(headBytes);
    const { bytesRead } = await file.read(buffer, 0, headBytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * The media type of a complete file, from its content alone: file-type's signatures for binary formats (reading
 * as far into a zip as an Office document needs), then text, telling plain text from markup a browser would run.
 */
export async function detectMediaType(filePath: string): Promise<DetectedType> {
  const signature = await fileTypeFromFile(filePath);
  if (signature && signature.mime !== 'application/xml') return { mediaType: signature.mime, active: runnableTypes.has(signature.mime) };
  const head = await readHead(filePath);
  if (hasBinaryBytes(head)) return { mediaType: 'application/octet-stream', active: false };
  const markup = markupType(head);
  if (!markup) return { mediaType: 'text/plain', active: false };
  if (markup === 'text/html') return { mediaType: markup, active: true };
  return { mediaType: markup, active: await carriesScript(filePath) };
}
