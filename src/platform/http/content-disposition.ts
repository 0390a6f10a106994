/** Characters RFC 5987 lets stand unencoded in an extended parameter value (attr-char). */
const attrChar = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function encodeExtendedValue(text: string): string {
  let encoded = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const character = String.fromCharCode(byte);
    encoded += byte < 0x80 && attrChar.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * A Content-Disposition that makes the browser save the file under its name: `filename*` (RFC 6266 with RFC 5987
 * encoding) in UTF-8, and for the rare client that cannot read it an ASCII `filename` with every other character,
 * and the quote, backslash and percent sign that some clients misread, replaced by an underscore.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtendedValue(fileName)}`;
}
