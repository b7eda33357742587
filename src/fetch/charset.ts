/**
 * Bytes to text: BOM, then the HTTP header, then <meta charset>/http-equiv (or the XML
 * declaration), then sniffing. Never throws on invalid sequences (they become U+FFFD).
 * Example: decodeBytes(bytes, { contentType: 'text/html; charset=windows-1251' }).text
 */
export interface DecodedText {
  text: string;
  charset: string;
  /** where the charset came from */
  via: 'bom' | 'header' | 'meta' | 'sniff' | 'default';
}

/** How far into the document a <meta charset> may sit (the HTML standard prescans 1024 bytes; real pages put it later). */
const META_PRESCAN_BYTES = 16 * 1024;
/** Bytes examined when guessing an undeclared encoding: enough text to be sure, bounded for 20 MB pages. */
const SNIFF_BYTES = 64 * 1024;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i;
const HEADER_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeBytes(bytes: Uint8Array, opts: { contentType?: string | null } = {}): DecodedText {
  // 1. A byte-order mark wins over everything (as browsers do).
  const bom = bomOf(bytes);
  if (bom) return { text: decode(bytes.subarray(bom.length), bom.charset), charset: bom.charset, via: 'bom' };

  // 2. The HTTP header.
  const header = opts.contentType ? HEADER_CHARSET.exec(opts.contentType)?.[1] : undefined;
  const fromHeader = header ? normaliseLabel(header) : null;
  if (fromHeader) return { text: decode(bytes, fromHeader), charset: fromHeader, via: 'header' };

  // 3. UTF-16 without a BOM: every other byte is zero in ASCII markup.
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decode(bytes, utf16), charset: utf16, via: 'sniff' };

  // 4. <meta charset>, <meta http-equiv content="...charset=...">, or <?xml encoding>.
  const head = latin1(bytes.subarray(0, META_PRESCAN_BYTES));
  const declared = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  let fromMeta = declared ? normaliseLabel(declared) : null;
  // A page cannot declare UTF-16 in ASCII-compatible bytes; such a label means UTF-8 (HTML standard).
  if (fromMeta === 'utf-16le' || fromMeta === 'utf-16be') fromMeta = 'utf-8';
  if (fromMeta) {
    // Pages often declare latin-1 but are UTF-8; valid UTF-8 with multi-byte sequences is trusted over the label.
    if (fromMeta !== 'utf-8' && isValidUtf8WithMultibyte(bytes.subarray(0, SNIFF_BYTES))) {
      return { text: decode(bytes, 'utf-8'), charset: 'utf-8', via: 'sniff' };
    }
    return { text: decode(bytes, fromMeta), charset: fromMeta, via: 'meta' };
  }

  // 5. Sniffing: valid UTF-8 stays UTF-8; otherwise guess among single-byte Cyrillic and Western encodings.
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (isValidUtf8(sample)) return { text: decode(bytes, 'utf-8'), charset: 'utf-8', via: hasHighBytes(sample) ? 'sniff' : 'default' };
  const guess = guessSingleByte(sample);
  return { text: decode(bytes, guess), charset: guess, via: 'sniff' };
}

export function isKnownCharset(label: string): boolean {
  return normaliseLabel(label) !== null;
}

/** The WHATWG name of a label ("cp1251" → "windows-1251"), or null when unknown. */
export function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function decode(bytes: Uint8Array, charset: string): string {
  // fatal: false turns invalid sequences into U+FFFD instead of throwing.
  return new TextDecoder(charset, { fatal: false, ignoreBOM: true }).decode(bytes);
}

function bomOf(b: Uint8Array): { charset: string; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

function sniffUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length - (b.length % 2), 512);
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

function hasHighBytes(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return true;
  return false;
}

/** Valid UTF-8; a sequence cut at the end of the sample still counts as valid. */
function isValidUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return true;
      if ((b[i + k] & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

function isValidUtf8WithMultibyte(b: Uint8Array): boolean {
  return hasHighBytes(b) && isValidUtf8(b);
}

/**
 * Single-byte guess from letter statistics: Cyrillic text in windows-1251 has most
 * high bytes in 0xC0–0xFF with lower case (0xE0–0xFF) dominant; in koi8-r lower case sits in 0xC0–0xDF.
 */
function guessSingleByte(b: Uint8Array): string {
  let high = 0;
  let c0df = 0;
  let e0ff = 0;
  let a0bf = 0;
  let x80_9f = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x80) continue;
    high++;
    if (c >= 0xe0) e0ff++;
    else if (c >= 0xc0) c0df++;
    else if (c >= 0xa0) a0bf++;
    else x80_9f++;
  }
  if (high === 0) return 'windows-1252';
  const letters = c0df + e0ff;
  // Latin text has few high bytes per word; Cyrillic text is nearly all high bytes.
  const cyrillicLike = letters > high * 0.8 && high > 20 && high > countAsciiLetters(b) * 0.3;
  if (!cyrillicLike) return 'windows-1252';
  return e0ff >= c0df ? 'windows-1251' : 'koi8-r';
}

function countAsciiLetters(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}
