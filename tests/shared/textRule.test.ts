import { describe, expect, it } from 'vitest';
import { cleanText, cleanTextDeep, normaliseText, refusedCharacter, refusedCharacterMessage, truncateText } from '@shared/textRule';

/** Everything XML 1.0 allows (https://www.w3.org/TR/xml/#charsets), as one pattern. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** One of every character class the rule is about, by what it is. */
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\t' && c !== '\n');
const C1_AND_DEL = Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i));
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b'];
const NONCHARACTERS = ['\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFF}'];

describe('the text rule', () => {
  it('turns every line break into "\\n": CR LF, a lone CR, and Word’s VT, FF and NEL', () => {
    expect(normaliseText('a\r\nb\rc\vd\fe\u0085f')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('removes every other C0 control, DEL and the C1 controls, and keeps tab and newline', () => {
    for (const c of [...C0, ...C1_AND_DEL]) {
      const result = normaliseText(`a${c}b`);
      expect(XML_CHAR.test(result), `U+${c.charCodeAt(0).toString(16)}`).toBe(true);
      expect(result === 'ab' || result === 'a\nb', `U+${c.charCodeAt(0).toString(16)}`).toBe(true);
    }
    expect(normaliseText('a\tb\nc')).toBe('a\tb\nc');
  });

  it('puts text in NFC, so a Mac’s å equals a Windows å', () => {
    expect(normaliseText('a\u030Angermanland')).toBe('ångermanland');
    expect(cleanText('Va\u0308ster')).toBe('Väster');
  });

  it('finds a lone surrogate or a noncharacter, and says where in Swedish', () => {
    for (const c of [...LONE_SURROGATES, ...NONCHARACTERS]) expect(refusedCharacter(`text ${c}`), JSON.stringify(c)).not.toBeNull();
    expect(refusedCharacter('🙂 emoji, å and \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} are fine')).toBeNull();
    const found = refusedCharacter('Kvinnofrid\uFFFE i kommunen')!;
    expect(found).toEqual({ code: 'U+FFFE', before: 'Kvinnofrid' });
    expect(refusedCharacterMessage(found)).toBe('innehåller ett tecken som inte går att spara (U+FFFE) efter ”Kvinnofrid”. Skriv in texten där på nytt och försök igen.');
    expect(refusedCharacterMessage(refusedCharacter('\uD800abc')!)).toContain('(U+D800) i början av texten');
  });

  it('cleans any stored text into text XML can hold', () => {
    const dirty = ['\u0000', ...C0, ...C1_AND_DEL, ...LONE_SURROGATES, ...NONCHARACTERS].join('x');
    const clean = cleanText(dirty);
    expect(XML_CHAR.test(clean)).toBe(true);
    expect(refusedCharacter(clean)).toBeNull();
    expect(clean).toContain('\uFFFD');
    expect(cleanText(clean)).toBe(clean);
  });

  it('cleans every string inside a model and leaves other values alone', () => {
    const date = new Date(0);
    const bytes = new Uint8Array([1, 2]);
    const model = { title: 'a\u0001b', list: ['c\uFFFE', 3, null], nested: { deep: ['\r\n'] }, date, bytes, yes: true };
    expect(cleanTextDeep(model)).toEqual({ title: 'ab', list: ['c', 3, null], nested: { deep: ['\n'] }, date, bytes, yes: true });
    expect(cleanTextDeep(model).date).toBe(date);
  });

  it('truncates without cutting a character in half', () => {
    expect(truncateText('ab🙂', 3)).toBe('ab');
    expect(truncateText('abc🙂', 3)).toBe('abc');
    expect(truncateText('ab', 3)).toBe('ab');
  });
});
