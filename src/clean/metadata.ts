/**
 * Page metadata: title, published day, author, language and canonical URL,
 * from JSON-LD, OpenGraph/meta tags, <time>, bylines and the URL, in that order of trust.
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement, textOf, walk } from './dom';
import { parseDateText } from './date-text';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  author: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

/** Meta names/properties that carry the publication date, best first. */
const DATE_META = [
  'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'publish-date',
  'publish_date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'citation_publication_date', 'citation_date', 'article.published', 'date', 'originalpublicationdate', 'release_date',
  'og:updated_time', 'article:modified_time',
];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'byl'];
const TITLE_META = ['og:title', 'twitter:title', 'title', 'dc.title', 'parsely-title', 'sailthru.title'];
/** Title suffixes/prefixes with the site name: "Story | Site", "Site - Story". */
const TITLE_SEPARATORS = /\s+[|–—·•:»-]\s+/;

/** Elements metadata reads, gathered in one walk (selector queries each rescan the page). */
export interface PageIndex {
  metas: Element[];
  links: Element[];
  title: Element | null;
  h1: Element | null;
  times: Element[];
  ldScripts: Element[];
  datePublished: Element | null;
  authorEls: Element[];
  dateLine: Element | null;
  html: Element | null;
  body: Element | null;
}

const AUTHOR_CLASS = /(^|\s)(byline|author)(\s|$)/i;
const DATE_CLASS = /date|byline|posted|meta/i;

export function indexPage(root: AnyNode): PageIndex {
  const ix: PageIndex = { metas: [], links: [], title: null, h1: null, times: [], ldScripts: [], datePublished: null, authorEls: [], dateLine: null, html: null, body: null };
  walk(root, (n) => {
    if (!isElement(n)) return true;
    const a = n.attribs;
    switch (n.name) {
      case 'meta': ix.metas.push(n); break;
      case 'link': ix.links.push(n); break;
      case 'title': if (!ix.title) ix.title = n; break;
      case 'h1': if (!ix.h1) ix.h1 = n; break;
      case 'time': if (a.datetime !== undefined) ix.times.push(n); break;
      case 'html': if (!ix.html) ix.html = n; break;
      case 'body': if (!ix.body) ix.body = n; break;
      case 'script': if ((a.type ?? '').toLowerCase() === 'application/ld+json') ix.ldScripts.push(n); return false;
      case 'style': return false;
    }
    if (a.itemprop === 'datePublished' && !ix.datePublished) ix.datePublished = n;
    if (ix.authorEls.length < 5 && (a.rel === 'author' || a.itemprop === 'author' || (a.class && AUTHOR_CLASS.test(a.class)))) ix.authorEls.push(n);
    if (!ix.dateLine && ((a.class && DATE_CLASS.test(a.class)) || (a.id && /date/i.test(a.id)))) ix.dateLine = n;
    return true;
  });
  return ix;
}

export function extractMetadata($: PageIndex, ldItems: LdItem[], opts: { url?: string | null; published?: string | null }): PageMetadata {
  const meta = readMeta($);
  const article = ldItems.find((i) => /article|posting|report|news|blog/i.test(i.type)) ?? ldItems[0];
  return {
    title: pickTitle($, meta, article),
    published: pickPublished($, meta, article, opts.url ?? null) ?? opts.published ?? null,
    author: pickAuthor($, meta, article),
    lang: pickLang($, meta),
    canonicalUrl: pickCanonical($, meta, opts.url ?? null),
  };
}

function readMeta($: PageIndex): Map<string, string> {
  const out = new Map<string, string>();
  $.metas.forEach((el) => {
    const a = el.attribs;
    const value = (a.content ?? a.value ?? '').trim();
    if (!value) return;
    // itemprop and property may list several names ("datePublished dateCreated").
    const keys = [a.property, a.name, a.itemprop, a['http-equiv']].filter(Boolean).join(' ').trim().toLowerCase().split(/\s+/);
    for (const key of keys) if (key && !out.has(key)) out.set(key, value);
  });
  return out;
}

export interface LdItem {
  type: string;
  data: Record<string, unknown>;
}

/** JSON-LD objects of the page, @graph flattened; bad JSON is skipped. */
export function readJsonLd($: PageIndex): LdItem[] {
  const items: LdItem[] = [];
  $.ldScripts.forEach((el) => {
    const raw = el.children.map((c) => ('data' in c ? String(c.data) : '')).join('').trim();
    if (!raw || raw.length > 1_000_000) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      try {
        parsed = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        return;
      }
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0 && items.length < 50) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        const t = o['@type'];
        const type = Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
        if (type) items.push({ type, data: o });
      }
    }
  });
  return items;
}

/** Markup in a title means a broken <title> swallowed the page: "Story <meta name=...". */
const MARKUP = /<\/?[a-zA-Z!][^<>]*(>|$)/;
/** Longer than this (chars), a title is a page swallowed by an unclosed <title>, not a headline. */
const MAX_TITLE_CHARS = 400;

/** A usable title: folded, without markup, not a swallowed page; '' when there is none. */
function plainTitle(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_TITLE_CHARS || MARKUP.test(t) ? '' : t;
}

function pickTitle($: PageIndex, meta: Map<string, string>, ld: LdItem | undefined): string | null {
  // A broken <title> (markup in it, or the whole page) falls back to og:title, then the h1.
  const h1 = $.h1 ? plainTitle(textOf($.h1, 1000)) : '';
  const docTitle = $.title ? plainTitle(textOf($.title, 1000)) : '';
  const headline = typeof ld?.data.headline === 'string' ? plainTitle(ld.data.headline) : '';
  let metaTitle = '';
  for (const k of TITLE_META) if (!metaTitle && meta.get(k)) metaTitle = plainTitle(meta.get(k)!);
  // The h1 is the article's own title when the document title contains it (site names trail it).
  if (h1 && h1.length < 300 && (docTitle.includes(h1) || metaTitle.includes(h1) || headline === h1)) return h1;
  if (headline) return headline;
  const best = metaTitle || docTitle;
  if (!best) return h1 || null;
  return stripSiteName(best);
}

function stripSiteName(title: string): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  // Keep the longest part: site names are short, headlines are not.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 4 ? longest : title;
}

function firstString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) for (const x of v) { const s = firstString(x); if (s) return s; }
  if (v && typeof v === 'object' && '@value' in v) return firstString((v as Record<string, unknown>)['@value']);
  return null;
}

function pickPublished($: PageIndex, meta: Map<string, string>, ld: LdItem | undefined, url: string | null): string | null {
  const fromLd = parseDateText(firstString(ld?.data.datePublished) ?? firstString(ld?.data.dateCreated) ?? '');
  if (fromLd) return fromLd;
  for (const k of DATE_META) {
    const v = meta.get(k);
    const d = v ? parseDateText(v) : null;
    if (d) return d;
  }
  const timeEls = $.times;
  const preferred = timeEls.find((t) => t.attribs.itemprop === 'datePublished' || t.attribs.pubdate !== undefined || /publish|posted|date/i.test(t.attribs.class ?? '')) ?? timeEls[0];
  if (preferred) {
    const d = parseDateText(preferred.attribs.datetime) ?? parseDateText(textOf(preferred, 300));
    if (d) return d;
  }
  const itemprop = $.datePublished;
  if (itemprop) {
    const d = parseDateText(itemprop.attribs.content ?? itemprop.attribs.datetime ?? textOf(itemprop, 300));
    if (d) return d;
  }
  if (url) {
    const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  // Last resort: a byline or date line near the top ("Published 13 December 2019").
  const dateLine = $.dateLine ? textOf($.dateLine, 300) : '';
  return dateLine ? parseDateText(dateLine.slice(0, 200)) : null;
}

function pickAuthor($: PageIndex, meta: Map<string, string>, ld: LdItem | undefined): string | null {
  const a = ld?.data.author;
  const names: string[] = [];
  for (const x of Array.isArray(a) ? a : a ? [a] : []) {
    if (typeof x === 'string') names.push(x);
    else if (x && typeof x === 'object' && typeof (x as Record<string, unknown>).name === 'string') names.push((x as Record<string, string>).name);
  }
  if (names.length > 0) return names.map((n) => n.trim()).filter(Boolean).join(', ') || null;
  for (const k of AUTHOR_META) {
    const v = meta.get(k);
    if (v && !/^https?:/i.test(v)) return v;
  }
  const el = $.authorEls[0];
  const rel = el ? textOf(el, 300) : '';
  if (rel && rel.length < 120) return rel.replace(/^(by|von|par|por)\s+/i, '') || null;
  return null;
}

/** Declared language only; the caller detects from the clean text when the page says nothing. */
function pickLang($: PageIndex, meta: Map<string, string>): string | null {
  const attr = $.html?.attribs.lang ?? $.body?.attribs.lang ?? meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('language');
  if (attr) {
    const code = attr.trim().split(/[-_,\s]/)[0].toLowerCase();
    if (/^[a-z]{2,3}$/.test(code)) return code;
  }
  return null;
}

function pickCanonical($: PageIndex, meta: Map<string, string>, url: string | null): string | null {
  const href = $.links.find((l) => (l.attribs.rel ?? '').toLowerCase() === 'canonical')?.attribs.href ?? meta.get('og:url');
  if (!href) return null;
  try {
    const u = new URL(href.trim(), url ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
