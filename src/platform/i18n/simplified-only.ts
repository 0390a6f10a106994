import { Converter } from 'opencc-js/cn2t';

const toTraditional = Converter({ from: 'cn', to: 't' });

/** The characters of Big5 proper (lead bytes A1–F9, without the Hong Kong extension's simplified forms). */
function big5Characters(): Set<string> {
  const decoder = new TextDecoder('big5');
  const characters = new Set<string>();
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (character !== '\ufffd') characters.add(character);
    }
  }
  return characters;
}

let traditionalCharacters: Set<string> | undefined;

/**
 * The characters of a text that only Simplified Chinese writes: ones that OpenCC converts to another form and
 * that Traditional text does not use (not in Big5). 台, 里 or 后 convert too but are Traditional characters of
 * their own, so they pass; 桥, 们 or 发 do not. For checking that a zh-TW page or message slipped into nothing
 * Simplified.
 */
export function simplifiedOnlyCharacters(text: string): string[] {
  traditionalCharacters ??= big5Characters();
  const found = new Set<string>();
  for (const character of text) {
    if (/\p{Script=Han}/u.test(character) && !traditionalCharacters.has(character) && toTraditional(character) !== character) found.add(character);
  }
  return [...found];
}
