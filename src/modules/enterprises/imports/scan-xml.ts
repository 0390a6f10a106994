/** What a scan reports, element by element; names lose their namespace prefix (x:row → row). */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class MalformedXmlError extends Error {}

// An unfinished tag or entity is kept between chunks; one longer than this is no spreadsheet's.
const maxPendingChars = 1 << 20;
const elementTag = /<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;
const attribute = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return namedEntities[entity] ?? whole;
    const codePoint = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
  });
}

const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name);

const noAttributes: Record<string, string> = Object.freeze({}) as Record<string, string>;

function readElement(tag: string, handlers: XmlHandlers) {
  if (tag.charCodeAt(1) === 0x2f) {
    handlers.close?.(localName(tag.slice(2, -1).trim()));
    return;
  }
  const selfClosing = tag.charCodeAt(tag.length - 2) === 0x2f;
  const end = selfClosing ? tag.length - 2 : tag.length - 1;
  let nameEnd = 1;
  while (nameEnd < end && tag.charCodeAt(nameEnd) > 0x20) nameEnd++;
  const name = localName(tag.slice(1, nameEnd));
  let attributes = noAttributes;
  if (tag.includes('=', nameEnd)) {
    attributes = {};
    attribute.lastIndex = nameEnd;
    for (let match = attribute.exec(tag); match; match = attribute.exec(tag)) {
      attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
    }
  }
  handlers.open?.(name, attributes);
  if (selfClosing) handlers.close?.(name);
}

/**
 * A forgiving streaming reader for the plain XML inside spreadsheet files: elements, attributes, text with the
 * predefined and numeric entities, CDATA. Chunks may end anywhere. A DOCTYPE is refused, so no entity of the file's
 * own is ever expanded.
 */
export function createXmlScanner(handlers: XmlHandlers) {
  let pending = '';
  return {
    write(chunk: string) {
      pending += chunk;
      let position = 0;
      while (position < pending.length) {
        const start = pending.indexOf('<', position);
        if (start === -1) {
          // Text up to an entity that the next chunk completes.
          const ampersand = pending.lastIndexOf('&');
          const end = ampersand >= position && !pending.includes(';', ampersand) ? ampersand : pending.length;
          if (end > position) handlers.text?.(decodeEntities(pending.slice(position, end)));
          position = end;
          break;
        }
        if (start > position) handlers.text?.(decodeEntities(pending.slice(position, start)));
        position = start;
        const next = pending[start + 1];
        if (next === '?' || pending.startsWith('<!--', start) || pending.startsWith('<![CDATA[', start)) {
          const closer = next === '?' ? '?>' : next === '!' && pending[start + 2] === '-' ? '-->' : ']]>';
          const end = pending.indexOf(closer, start);
          if (end === -1) break;
          if (closer === ']]>') handlers.text?.(pending.slice(start + 9, end));
          position = end + closer.length;
        } else if (next === '!') {
          throw new MalformedXmlError('a DOCTYPE or other declaration');
        } else {
          elementTag.lastIndex = start;
          const tag = elementTag.exec(pending);
          if (!tag) break;
          readElement(tag[0], handlers);
          position = start + tag[0].length;
        }
      }
      pending = pending.slice(position);
      if (pending.length > maxPendingChars) throw new MalformedXmlError('an endless tag or entity');
    },
  };
}
