/**
 * HTML to a domhandler tree built the way browsers build it, with source offsets on every node
 * (startIndex, endIndex inclusive) into the HTML as given.
 *
 * htmlparser2 is fast but builds no implied <body>: content after an unclosed <head> stays in the
 * head. parse5 implements the HTML standard's tree construction but is several times slower, so it
 * is used only when htmlparser2's tree is implausible. Before either runs, raw-text elements that
 * are never closed (<title>, <script>, <style>, <textarea>, <xmp>) get an end tag where their
 * text plausibly ended; browsers would swallow the rest of the page into them.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { ParserOptions as Parse5Options } from 'parse5';
import type { Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';
import { isElement, isText, textOf, walk } from './dom';

export type ParserName = 'htmlparser2' | 'parse5';

export interface ParsedPage {
  root: Document;
  parser: ParserName;
  /** raw-text elements that were never closed, and where they got an end tag */
  repairs: Repair[];
  /** the HTML with those end tags, as parsed */
  source: string;
}

/** htmlparser2 in HTML mode with source offsets on every node, for the offset map. */
const HTMLPARSER2_OPTIONS = { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true } as const;

type Parse5 = (html: string, options: Parse5Options<Htmlparser2TreeAdapterMap>) => Document;
let parse5: { parse: Parse5; options: Parse5Options<Htmlparser2TreeAdapterMap> } | null = null;

/** parse5 loads on first use: most pages never need it, and `casefile clean` starts faster without it. */
function loadParse5(): NonNullable<typeof parse5> {
  if (parse5) return parse5;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('parse5') as typeof import('parse5');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { adapter } = require('parse5-htmlparser2-tree-adapter') as typeof import('parse5-htmlparser2-tree-adapter');
  // parse5 reports end offsets one past the end; htmlparser2's are inclusive, and the rest of the cleaner reads those.
  const inclusiveAdapter: typeof adapter = {
    ...adapter,
    setNodeSourceCodeLocation(node, location) {
      adapter.setNodeSourceCodeLocation(node, location);
      if (location) node.endIndex = location.endOffset - 1;
    },
    updateNodeSourceCodeLocation(node, endLocation) {
      adapter.updateNodeSourceCodeLocation(node, endLocation);
      if (endLocation.endOffset != null) node.endIndex = endLocation.endOffset - 1;
    },
  };
  // Scripting off: <noscript> holds elements, as in htmlparser2, and an unclosed one in the head does not swallow the page.
  parse5 = { parse: parse as Parse5, options: { treeAdapter: inclusiveAdapter, sourceCodeLocationInfo: true, scriptingEnabled: false } };
  return parse5;
}

export function parseWith(html: string, parser: ParserName): Document {
  if (parser === 'htmlparser2') return parseDocument(html, HTMLPARSER2_OPTIONS);
  const p5 = loadParse5();
  return p5.parse(html, p5.options);
}

/** Parses a page: raw-text repairs first, htmlparser2, then parse5 when the tree is implausible. */
export function parsePage(html: string): ParsedPage {
  const repairs = findRawTextRepairs(html);
  const source = repairs.length > 0 ? applyRepairs(html, repairs) : html;
  let parser: ParserName = 'htmlparser2';
  let root = parseWith(source, parser);
  if (isImplausible(root)) {
    parser = 'parse5';
    root = parseWith(source, parser);
  }
  if (repairs.length > 0) mapOffsetsBack(root, repairs);
  return { root, parser, repairs, source };
}

/** A fresh tree of the same page, built the same way (passes that remove nodes need their own). */
export function parseAgain(page: ParsedPage): Document {
  const root = parseWith(page.source, page.parser);
  if (page.repairs.length > 0) mapOffsetsBack(root, page.repairs);
  return root;
}

// ---------------------------------------------------------------------------------------------
// Raw-text elements never closed

export interface Repair {
  /** offset in the original HTML where the end tag goes */
  at: number;
  name: string;
}

/** Elements whose content is raw text up to their end tag (htmlparser2 and browsers alike). */
const RAW_TEXT_OPEN = /<!--[\s\S]*?-->|<(title|textarea|xmp|script|style)(?=[\s/>])[^>]*>/gi;
/** A tag that cannot be part of a title or textarea: the text ended before it. */
const MARKUP_TAG = /<\/?(html|head|body|meta|link|script|style|base|div|p|table|h[1-6]|ul|ol|span|a|img|form|center|font|br|noscript|iframe)(?=[\s/>])/i;
const ANY_TAG = /<[a-zA-Z/!]/;
/** In script or style code, the first line that opens with a tag ends the code. */
const TAG_LINE = /\n[ \t]*<\/?[a-zA-Z!]/;
const CLOSERS: Record<string, RegExp> = {
  title: /<\/title[\s/>]/gi,
  textarea: /<\/textarea[\s/>]/gi,
  xmp: /<\/xmp[\s/>]/gi,
  script: /<\/script[\s/>]/gi,
  style: /<\/style[\s/>]/gi,
};

/**
 * Where unclosed raw-text elements should have ended. A <title> whose text holds markup
 * (<meta>, </head>, <body>) ended before it; a <title>, <textarea> or <xmp> never closed ends at
 * the first tag; script or style code never closed ends at the first line that opens with a tag.
 */
export function findRawTextRepairs(html: string): Repair[] {
  const repairs: Repair[] = [];
  RAW_TEXT_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RAW_TEXT_OPEN.exec(html)) !== null) {
    if (m[1] === undefined) continue; // a comment
    const name = m[1].toLowerCase();
    const contentStart = m.index + m[0].length;
    const closer = CLOSERS[name];
    closer.lastIndex = contentStart;
    const close = closer.exec(html);
    const closeAt = close ? close.index : html.length;
    const content = html.slice(contentStart, closeAt);
    let end = -1;
    if (name === 'title') {
      const tag = close ? MARKUP_TAG.exec(content) : ANY_TAG.exec(content);
      if (tag) end = contentStart + tag.index;
    } else if (name === 'textarea' || name === 'xmp') {
      // Their text may be markup on purpose ("embed this code"): only one never closed is repaired.
      const tag = close ? null : ANY_TAG.exec(content);
      if (tag) end = contentStart + tag.index;
    } else if (!close) {
      const line = TAG_LINE.exec(content);
      if (line) end = contentStart + line.index + 1;
    }
    if (end >= 0) {
      repairs.push({ at: end, name });
      RAW_TEXT_OPEN.lastIndex = end;
    } else {
      RAW_TEXT_OPEN.lastIndex = close ? closeAt + close[0].length - 1 : html.length;
    }
  }
  return repairs;
}

function applyRepairs(html: string, repairs: Repair[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const r of repairs) {
    parts.push(html.slice(last, r.at), `</${r.name}>`);
    last = r.at;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

/** Moves every node's offsets from the repaired source back to the HTML as given. */
function mapOffsetsBack(root: AnyNode, repairs: Repair[]): void {
  // Inserted end tags in repaired coordinates: start, length, and the length inserted before them.
  const starts: number[] = [];
  const lens: number[] = [];
  const before: number[] = [];
  let inserted = 0;
  for (const r of repairs) {
    const len = r.name.length + 3;
    starts.push(r.at + inserted);
    lens.push(len);
    before.push(inserted);
    inserted += len;
  }
  const map = (i: number | null): number | null => {
    if (i === null) return null;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return i;
    const k = lo - 1;
    // Inside an inserted end tag: the element ends just before where it was inserted.
    if (i < starts[k] + lens[k]) return starts[k] - before[k] - 1;
    return i - before[k] - lens[k];
  };
  walk(root, (n) => {
    n.startIndex = map(n.startIndex);
    n.endIndex = map(n.endIndex);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Plausibility of htmlparser2's tree

/** What may sit in <head>; anything else there means the head swallowed the page. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template']);

/** Text in the head beyond this (chars, outside title/script/style) is page content the head swallowed. */
const SWALLOWED_TEXT_CHARS = 200;

/**
 * True when htmlparser2's tree lost content a browser would show: content in <head> (an unclosed
 * head with no <body> tag swallows the page) with either no <body> anywhere or real text in it.
 * A stray <img> or <div> in a head followed by <body> costs nothing and keeps the fast tree.
 */
export function isImplausible(root: Document): boolean {
  let head: Element | null = null;
  let body = false;
  walk(root, (n) => {
    if (!isElement(n)) return n === root;
    if (n.name === 'body') body = true;
    else if (n.name === 'head' && !head) head = n;
    return n.name === 'html';
  });
  if (!head) return false;
  const odd = (head as Element).children.filter(
    (c) => (isText(c) && c.data.trim() !== '') || (isElement(c) && !HEAD_CONTENT.has(c.name)),
  );
  if (odd.length === 0) return false;
  if (!body && !containsBody(head)) return true;
  let text = 0;
  for (const c of odd) {
    text += isText(c) ? c.data.trim().length : textOf(c, SWALLOWED_TEXT_CHARS).length;
    if (text >= SWALLOWED_TEXT_CHARS) return true;
  }
  return false;
}

function containsBody(el: Element): boolean {
  let found = false;
  walk(el, (n) => {
    if (found || !isElement(n)) return false;
    if (n.name === 'body') found = true;
    return !found;
  });
  return found;
}
