/**
 * The boilerplate-removal stage: HTML (or plain text) to the contract's document,
 * with metadata, warnings and a map from text offsets back to the source HTML.
 * Example: cleanHtml('<html><body><nav>Menu</nav><article><p>Text.</p></article></body></html>').text === 'Text.'
 */
import type { AnyNode, Element } from 'domhandler';
import type { CleanDocument } from '../contract';
import { cleanSettings as S } from './clean-settings';
import { chooseContent } from './content';
import { computeStats, isElement, walk } from './dom';
import { detectLanguage } from './lang-detect';
import { densestBlock } from './fallback';
import { extractMetadata, indexPage, type LdItem, readJsonLd } from './metadata';
import { parseAgain, parsePage } from './parse';
import { dropChromeByName, dropNonContent } from './prune';
import { joinBlocks, renderBlocks } from './render';
import { BLOCK_TAGS } from './rules';
import { dropByShape, dropChromeBlocks } from './tidy';

export { mapSpanToHtml } from './render';

export interface CleanOptions {
  /** the page URL, when known: resolves relative canonical links and URL dates */
  url?: string | null;
  /** ISO day to use as the publication date when the page gives none */
  published?: string | null;
}

/** Plain text: normalises line endings, keeps everything. */
export function cleanText(text: string, opts: CleanOptions = {}): CleanDocument {
  return {
    title: null,
    published: opts.published ?? null,
    author: null,
    lang: null,
    text: text.replace(/\r\n?/g, '\n'),
    canonicalUrl: null,
    offsetMap: [],
    warnings: text.trim() === '' ? ['empty-text'] : [],
  };
}

/** Feeds, sitemaps and other XML that is not XHTML: there is no article to clean. */
const XML_NOT_HTML = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|urlset|sitemapindex|rdf:RDF|opml|svg|kml|gpx)\b/i;

export function cleanHtml(html: string, opts: CleanOptions = {}): CleanDocument {
  const warnings: string[] = [];

  // 1. Bound the input: a page over the limit is cut, not refused, and says so.
  if (html.length > S.maxHtmlChars) {
    html = html.slice(0, S.maxHtmlChars);
    warnings.push('html-truncated-to-limit');
  }
  if (XML_NOT_HTML.test(html.slice(0, 4096))) {
    return emptyDocument(opts, [...warnings, 'xml-not-html', 'empty-text']);
  }

  // 2. Parse as a browser would (htmlparser2, parse5 when its tree is implausible), with source offsets.
  const parsed = parsePage(html);
  const root = parsed.root as AnyNode;
  const body = findBody(root);
  // parse5 always builds a <body>; "no-body" speaks of the page as written.
  const writtenBody = parsed.parser === 'parse5' && !/<body[\s>]/i.test(html) ? null : body;
  warnings.push(...shapeWarnings(html, root, writtenBody));
  for (const r of parsed.repairs) warnings.push(`unclosed-${r.name}`);
  if (parsed.parser === 'parse5') warnings.push('reparsed-as-browser');

  // 3. Metadata, before anything is removed (titles and dates often sit in the header).
  const index = indexPage(root);
  const ldItems = readJsonLd(index);
  const metadata = extractMetadata(index, ldItems, { url: opts.url, published: opts.published });

  // 4. Main text; a second, gentler pass when the first one removed nearly everything.
  let result = extractMainText(body ?? root, html, metadata.title, 'chrome');
  if (result.text.length < S.retryBelowChars) {
    const root2 = parseAgain(parsed) as AnyNode;
    const gentle = extractMainText(findBody(root2) ?? root2, html, metadata.title, 'comments');
    if (gentle.text.length > result.text.length * 2) result = gentle;
  }
  // Still nothing: keep the comments too (a photo post whose headings sit above its thread; the
  // heading that opens the comments still ends the text).
  if (result.text.length < S.minTextChars) {
    const root2 = parseAgain(parsed) as AnyNode;
    const all = extractMainText(findBody(root2) ?? root2, html, metadata.title, 'none');
    if (all.text.length > result.text.length) result = all;
  }

  // 4b. A client-rendered page may still carry its text as JSON-LD articleBody: better than nothing.
  if (result.text.length < S.retryBelowChars) {
    const body = articleBodyOf(ldItems);
    if (body && body.length > result.text.length * 2) {
      result = { text: body, offsetMap: [] };
      warnings.push('text-from-json-ld');
    }
  }

  // 4c. Never empty for a page with visible text: the densest run of running text, said in warnings.
  // (Short results are left alone: a photo post or a notice may be all the page says.)
  if (result.text.length < S.minTextChars) {
    const root3 = parseAgain(parsed) as AnyNode;
    const dense = densestBlock(findBody(root3) ?? root3, html, metadata.title);
    if (dense && dense.text.length >= S.minTextChars) {
      result = dense;
      warnings.push('fallback-densest-block');
    }
  }

  // 5. Language from the text when the page does not declare it.
  const lang = metadata.lang ?? detectLanguage(result.text);

  if (result.text.length < S.minTextChars) {
    if (!warnings.includes('frameset')) warnings.push(hasHeavyScripts(html) ? 'client-rendered' : 'no-text');
    warnings.push('empty-text');
  }
  return {
    title: metadata.title,
    published: metadata.published,
    author: metadata.author,
    lang,
    text: result.text,
    canonicalUrl: metadata.canonicalUrl,
    offsetMap: result.offsetMap,
    warnings: [...new Set(warnings)],
  };
}

/** What the pass drops by class/id name: all chrome, reader comments only (the gentle pass), or nothing. */
type ByName = 'chrome' | 'comments' | 'none';

function extractMainText(container: AnyNode, html: string, title: string | null, byName: ByName) {
  // a. Drop what is never text: scripts, media, forms, nav/aside/footer, hidden elements.
  dropNonContent(container);
  // b. Drop chrome by class/id names ("sidebar", "related-news", "comments").
  let stats = computeStats(container, BLOCK_TAGS);
  if (byName !== 'none') {
    const pageLen = isElement(container) ? (stats.get(container)?.textLen ?? 0) : sumTopLevel(container, stats);
    // The gentle pass keeps chrome names but still drops reader comments: a short post is not its thread.
    dropChromeByName(container, stats, pageLen, byName === 'comments');
    stats = computeStats(container, BLOCK_TAGS);
  }
  // c. Score paragraphs, choose the article container and its sibling parts.
  const bodyEl = isElement(container) ? container : wrapperOf(container);
  const choice = chooseContent(container, bodyEl, stats);
  // d. Inside the article, drop link lists, galleries, share boxes by their shape.
  dropByShape(choice.parts, stats, choice.scores);
  // e. Render blocks with offsets, drop chrome lines, join paragraphs with "\n\n".
  const blocks = dropChromeBlocks(renderBlocks(choice.parts, html), title);
  return joinBlocks(blocks);
}

function sumTopLevel(root: AnyNode, stats: ReturnType<typeof computeStats>): number {
  let n = 0;
  for (const c of (root as unknown as { children: AnyNode[] }).children) if (isElement(c)) n += stats.get(c)?.textLen ?? 0;
  return n;
}

/** A fragment without <html>/<body>: score against the root's first element wrapper. */
function wrapperOf(root: AnyNode): Element {
  const fake = { type: 'tag', name: 'body', attribs: {}, children: (root as unknown as { children: AnyNode[] }).children, parent: null } as unknown as Element;
  return fake;
}

function findBody(root: AnyNode): Element | null {
  let body: Element | null = null;
  walk(root, (n) => {
    if (body) return false;
    if (isElement(n) && n.name === 'body') {
      body = n;
      return false;
    }
    return !isElement(n) || n.name === 'html' || n.name === 'head' ? true : !body;
  });
  return body;
}

function shapeWarnings(html: string, root: AnyNode, body: Element | null): string[] {
  const out: string[] = [];
  // A page that opens <html> but never closes <body> or <html> was cut short (trailing scripts may follow the close).
  if (/<html[\s>]/i.test(html.slice(0, 4096)) && !/<\/(html|body)\s*>/i.test(html)) out.push('truncated-html');
  let frames = false;
  walk(root, (n) => {
    if (frames) return false;
    if (isElement(n) && (n.name === 'frameset' || n.name === 'frame')) frames = true;
    return !frames;
  });
  if (frames) out.push('frameset');
  if (!body) out.push('no-body');
  return out;
}

function hasHeavyScripts(html: string): boolean {
  const scripts = html.match(/<script\b[\s\S]*?<\/script>/gi);
  if (!scripts) return false;
  let len = 0;
  for (const s of scripts) len += s.length;
  return len > html.length * 0.3 || /<div[^>]+id=["'](root|app|__next|__nuxt)["'][^>]*>\s*<\/div>/i.test(html);
}

/** JSON-LD articleBody as paragraphs (whitespace folded, line breaks kept as paragraph breaks). */
function articleBodyOf(items: LdItem[]): string | null {
  for (const item of items) {
    const body = item.data.articleBody;
    if (typeof body !== 'string') continue;
    // Some sites put markup in articleBody: paragraphs and breaks become newlines, other tags go.
    const plain = body.replace(/<\/p>|<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ' ');
    const paragraphs = plain
      .split(/\n\s*/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '');
    if (paragraphs.length > 0) return paragraphs.join('\n\n');
  }
  return null;
}

function emptyDocument(opts: CleanOptions, warnings: string[]): CleanDocument {
  return { title: null, published: opts.published ?? null, author: null, lang: null, text: '', canonicalUrl: null, offsetMap: [], warnings };
}

/** True when the text has HTML markup (contract: input without markup is plain text). */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype|html|head|body|p|div|article|span|a|br|table|meta|title)\b/i.test(text.slice(0, 65536));
}
