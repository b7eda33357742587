/**
 * Bytes to text: HTTP header, then BOM, then <meta charset>/http-equiv, then
 * sniffing. Never throws on invalid sequences (they become U+FFFD).
 */
export interface DecodedText {
  text: string;
  charset: string;
  /** where the charset came from */
  via: 'bom' | 'header' | 'meta' | 'sniff' | 'default';
}

export function decodeBytes(bytes: Uint8Array, opts: { contentType?: string | null } = {}): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', via: 'bom' };
  }
  const header = opts.contentType ? /charset\s*=\s*["']?([\w-]+)/i.exec(opts.contentType)?.[1] : undefined;
  if (header && isKnownCharset(header)) {
    return { text: new TextDecoder(header).decode(bytes), charset: header.toLowerCase(), via: 'header' };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', via: 'default' };
}

export function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
