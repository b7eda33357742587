/**
 * decodeBytes: header, BOM, <meta charset>/http-equiv, XML declaration and sniffing,
 * for windows-1251, koi8-r, ISO-8859-x and UTF-16; invalid sequences never throw.
 */
import { decodeBytes } from '../../src/fetch/charset';

const RU = 'Суд приговорил активиста к пятнадцати суткам административного ареста за одиночный пикет у здания администрации';
const DE = 'Das Gericht verhängte eine Geldstrafe; die Aktivistin äußerte sich überrascht über das Urteil';
const PL = 'Sąd skazał działacza na karę grzywny za udział w zgromadzeniu; obrońca złoży zażalenie';

function encode(text: string, charset: string): Uint8Array {
  // Node has no TextEncoder for legacy charsets: build the byte table from TextDecoder (ICU is complete here).
  const dec = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (!table.has(ch)) table.set(ch, b);
  }
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${ch} not in ${charset}`);
    return b;
  }));
}

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  test.each([
    ['header windows-1251', encode(page('', RU), 'windows-1251'), 'text/html; charset=windows-1251', 'windows-1251', 'header', RU],
    ['header koi8-r', encode(page('', RU), 'koi8-r'), 'text/html; charset="KOI8-R"', 'koi8-r', 'header', RU],
    ['header alias cp1251', encode(page('', RU), 'windows-1251'), 'text/html;charset=cp1251', 'windows-1251', 'header', RU],
    ['meta charset windows-1251', encode(page('<meta charset="windows-1251">', RU), 'windows-1251'), null, 'windows-1251', 'meta', RU],
    ['http-equiv koi8-r', encode(page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', RU), 'koi8-r'), 'text/html', 'koi8-r', 'meta', RU],
    ['meta iso-8859-1 (windows-1252 per WHATWG)', encode(page('<meta charset="iso-8859-1">', DE), 'windows-1252'), null, 'windows-1252', 'meta', DE],
    ['meta iso-8859-2', encode(page('<meta charset="iso-8859-2">', PL), 'iso-8859-2'), null, 'iso-8859-2', 'meta', PL],
    ['meta iso-8859-5', encode(page('<meta charset="iso-8859-5">', RU), 'iso-8859-5'), null, 'iso-8859-5', 'meta', RU],
    ['xml declaration', encode(`<?xml version="1.0" encoding="windows-1251"?>${page('', RU)}`, 'windows-1251'), null, 'windows-1251', 'meta', RU],
    ['sniffed windows-1251', encode(page('', RU), 'windows-1251'), null, 'windows-1251', 'sniff', RU],
    ['sniffed koi8-r', encode(page('', RU), 'koi8-r'), null, 'koi8-r', 'sniff', RU],
    ['sniffed utf-8', new TextEncoder().encode(page('', RU)), null, 'utf-8', 'sniff', RU],
    ['utf-8 BOM beats a wrong header', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page('', RU))]), 'text/html; charset=iso-8859-1', 'utf-8', 'bom', RU],
    ['utf-16le BOM', utf16(page('', RU), true, true), null, 'utf-16le', 'bom', RU],
    ['utf-16be BOM', utf16(page('', RU), false, true), null, 'utf-16be', 'bom', RU],
    ['utf-16le without BOM', utf16(page('', RU), true, false), null, 'utf-16le', 'sniff', RU],
    ['declared latin-1 but valid UTF-8', new TextEncoder().encode(page('<meta charset="iso-8859-1">', RU)), null, 'utf-8', 'sniff', RU],
  ])('%s', (_name, bytes, contentType, charset, via, expected) => {
    const out = decodeBytes(bytes, { contentType });
    expect(out.charset).toBe(charset);
    expect(out.via).toBe(via);
    expect(out.text).toContain(expected);
    expect(out.text).not.toContain('\ufffd');
  });

  test('plain ASCII without a declaration is utf-8 by default', () => {
    const out = decodeBytes(new TextEncoder().encode('<p>hello</p>'));
    expect(out).toEqual({ text: '<p>hello</p>', charset: 'utf-8', via: 'default' });
  });

  test.each([
    ['broken utf-8 declared', Uint8Array.from([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0xe2, 0x82, 0xff, 0x3c]), 'text/html; charset=utf-8'],
    ['unknown label', new TextEncoder().encode('<p>x</p>'), 'text/html; charset=x-no-such-charset'],
    ['truncated utf-16', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), null],
    ['empty', new Uint8Array(0), null],
  ])('never throws: %s', (_name, bytes, contentType) => {
    expect(() => decodeBytes(bytes, { contentType })).not.toThrow();
    expect(typeof decodeBytes(bytes, { contentType }).text).toBe('string');
  });

  test('invalid sequences become U+FFFD', () => {
    const out = decodeBytes(Uint8Array.from([0x61, 0xc3, 0x28, 0x62]), { contentType: 'text/html; charset=utf-8' });
    expect(out.text).toBe('a\ufffd(b');
  });
});
