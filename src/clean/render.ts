/**
 * Turns the chosen content nodes into blocks of text (paragraphs, headings,
 * list items), each word mapped back to its offsets in the source HTML.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import type { OffsetSegment } from '../contract';
import { hasChildren, isElement, isText } from './dom';
import { BLOCK_TAGS, HEADING_TAGS } from './rules';

export type BlockKind = 'p' | 'h1' | 'h' | 'li' | 'quote';

export interface Block {
  kind: BlockKind;
  text: string;
  /** segments with textStart/textEnd relative to this block's text */
  segments: OffsetSegment[];
  /** characters of the text inside links */
  linkChars: number;
  /** the list element an item belongs to, so consecutive items join with one newline */
  list: Element | null;
}

const WORD = /\S+/g;
const ENTITY = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/;

class BlockBuilder {
  /** pieces of the text; joined once at the end (appending to one string and reading it back is quadratic) */
  private pieces: string[] = [];
  length = 0;
  lastChar = '';
  segments: OffsetSegment[] = [];
  linkChars = 0;
  pendingSpace = false;

  constructor(
    readonly kind: BlockKind,
    readonly list: Element | null,
    private readonly html: string,
  ) {}

  append(s: string): void {
    this.pieces.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1];
  }

  addText(node: Text, inLink: boolean): void {
    const data = node.data;
    const rawStart = node.startIndex;
    const rawEnd = node.endIndex;
    let map: Int32Array | null = null;
    let mapped = rawStart !== null && rawEnd !== null;
    if (mapped) {
      const raw = this.html.slice(rawStart!, rawEnd! + 1);
      if (raw !== data) {
        map = alignDecoded(raw, data);
        if (!map) mapped = false;
      }
    }
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last = 0;
    while ((m = WORD.exec(data)) !== null) {
      if (m.index > last) this.pendingSpace = true;
      if (this.pendingSpace && this.length > 0 && this.lastChar !== ' ' && this.lastChar !== '\n') this.append(' ');
      this.pendingSpace = false;
      const textStart = this.length;
      this.append(m[0]);
      if (inLink) this.linkChars += m[0].length;
      if (mapped) {
        const a = m.index;
        const b = a + m[0].length;
        const htmlStart = rawStart! + (map ? map[a] : a);
        const htmlEnd = rawStart! + (map ? map[b] : b);
        this.pushSegment(textStart, this.length, htmlStart, htmlEnd);
      }
      last = m.index + m[0].length;
    }
    if (last < data.length) this.pendingSpace = true;
  }

  lineBreak(): void {
    if (this.length > 0 && this.lastChar !== '\n') this.append('\n');
    this.pendingSpace = false;
  }

  private pushSegment(textStart: number, textEnd: number, htmlStart: number, htmlEnd: number): void {
    const prev = this.segments[this.segments.length - 1];
    // Merge when the gap is one identical character on both sides: the segment stays an exact copy.
    if (
      prev &&
      textStart === prev.textEnd + 1 &&
      htmlStart === prev.htmlEnd + 1 &&
      this.html[prev.htmlEnd] === ' '
    ) {
      prev.textEnd = textEnd;
      prev.htmlEnd = htmlEnd;
      return;
    }
    this.segments.push({ textStart, textEnd, htmlStart, htmlEnd });
  }

  finish(): Block | null {
    const text = this.pieces.join('').replace(/\s+$/, '');
    if (text.replace(/^• /, '').trim() === '') return null;
    return { kind: this.kind, text, segments: this.segments, linkChars: this.linkChars, list: this.list };
  }
}

/** Maps each decoded index of `data` to its index in `raw` (entities decoded by the parser); null if they do not align. */
export function alignDecoded(raw: string, data: string): Int32Array | null {
  const map = new Int32Array(data.length + 1);
  let di = 0;
  let ri = 0;
  while (di < data.length && ri < raw.length) {
    if (raw.charCodeAt(ri) === 38 /* & */ && raw[ri] !== data[di]) {
      const m = ENTITY.exec(raw.slice(ri, ri + 40));
      if (m) {
        const after = raw[ri + m[0].length];
        // A named entity decodes to one or two UTF-16 units; take the one that realigns.
        let width = 1;
        if (after !== undefined && data[di + 1] !== after && data[di + 2] === after) width = 2;
        for (let k = 0; k < width && di < data.length; k++) map[di++] = ri;
        ri += m[0].length;
        continue;
      }
    }
    if (raw[ri] === '\r' && data[di] === '\n' && raw[ri + 1] === '\n') ri++;
    map[di++] = ri++;
  }
  if (di < data.length) return null;
  map[data.length] = ri;
  return map;
}

function endsWithSpace(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 32 || c === 10;
}

interface Frame {
  node: AnyNode;
  exit: boolean;
}

/** Renders the parts into blocks, in document order. */
export function renderBlocks(parts: Element[], html: string): Block[] {
  const blocks: Block[] = [];
  let current = null as BlockBuilder | null;
  let linkDepth = 0;
  // Context of the innermost block element: decides a new block's kind.
  const contexts: Array<{ kind: BlockKind; list: Element | null; bulleted: boolean }> = [{ kind: 'p', list: null, bulleted: false }];

  const flush = (): void => {
    if (current) {
      const b = current.finish();
      if (b) blocks.push(b);
      current = null;
    }
  };
  const ensure = (): BlockBuilder => {
    if (!current) {
      const ctx = contexts[contexts.length - 1];
      current = new BlockBuilder(ctx.kind, ctx.list, html);
      if (ctx.bulleted) {
        current.append('• ');
        ctx.bulleted = false;
      }
    }
    return current;
  };

  for (const part of parts) {
    const stack: Frame[] = [{ node: part, exit: false }];
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      if (isText(node)) {
        if (node.data.trim() === '' && !current) continue;
        ensure().addText(node, linkDepth > 0);
        continue;
      }
      if (!isElement(node)) continue;
      const name = node.name;
      const block = BLOCK_TAGS.has(name);
      if (exit) {
        if (name === 'a') linkDepth--;
        if (block) {
          flush();
          contexts.pop();
        }
        continue;
      }
      if (name === 'br') {
        // Two line breaks in a row separate paragraphs ("text<br><br>text"), one is a line in the paragraph.
        if (current && current.lastChar === '\n') flush();
        else if (current) current.lineBreak();
        continue;
      }
      if (name === 'hr') {
        flush();
        continue;
      }
      if (name === 'a') linkDepth++;
      if (block) {
        flush();
        const parent = contexts[contexts.length - 1];
        let kind: BlockKind = parent.kind;
        let list = parent.list;
        let bulleted = false;
        if (name === 'li') {
          kind = 'li';
          list = node.parent && isElement(node.parent) ? node.parent : null;
          bulleted = list?.name === 'ul';
        } else if (name === 'h1') kind = 'h1';
        else if (HEADING_TAGS.has(name)) kind = 'h';
        else if (name === 'blockquote') kind = 'quote';
        contexts.push({ kind, list, bulleted });
      }
      stack.push({ node, exit: true });
      if (hasChildren(node)) {
        const kids = node.children;
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
      }
    }
    flush();
  }
  return blocks;
}

export interface JoinedText {
  text: string;
  offsetMap: OffsetSegment[];
}

/** Joins blocks: list items of one list by "\n", everything else by "\n\n". */
export function joinBlocks(blocks: Block[]): JoinedText {
  let text = '';
  const offsetMap: OffsetSegment[] = [];
  let prev: Block | null = null;
  for (const b of blocks) {
    if (prev) text += prev.kind === 'li' && b.kind === 'li' && prev.list === b.list ? '\n' : '\n\n';
    const base = text.length;
    for (const s of b.segments) offsetMap.push({ textStart: s.textStart + base, textEnd: s.textEnd + base, htmlStart: s.htmlStart, htmlEnd: s.htmlEnd });
    text += b.text;
    prev = b;
  }
  return { text, offsetMap };
}

/** Maps a span of document.text onto the source HTML via the offset map (null when unmapped). */
export function mapSpanToHtml(offsetMap: OffsetSegment[], start: number, end: number): { htmlStart: number; htmlEnd: number } | null {
  let first: OffsetSegment | null = null;
  let last: OffsetSegment | null = null;
  let lo = 0;
  let hi = offsetMap.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetMap[mid].textEnd <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < offsetMap.length && offsetMap[i].textStart < end; i++) {
    if (!first) first = offsetMap[i];
    last = offsetMap[i];
  }
  if (!first || !last) return null;
  const exactFirst = first.textEnd - first.textStart === first.htmlEnd - first.htmlStart;
  const exactLast = last.textEnd - last.textStart === last.htmlEnd - last.htmlStart;
  const htmlStart = exactFirst ? first.htmlStart + Math.max(0, start - first.textStart) : first.htmlStart;
  const htmlEnd = exactLast ? last.htmlEnd - Math.max(0, last.textEnd - end) : last.htmlEnd;
  return { htmlStart, htmlEnd };
}
