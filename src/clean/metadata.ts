/**
 * Page metadata: title, published day, author, language and canonical URL,
 * from JSON-LD, OpenGraph/meta tags, <time>, bylines and the URL, in that order of trust.
 */
import type { CheerioAPI } from 'cheerio';
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
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'publish-date',
  'publish_date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'citation_publication_date', 'citation_date', 'article.published', 'date', 'originalpublicationdate', 'release_date',
  'og:updated_time', 'article:modified_time',
];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'byl'];
const TITLE_META = ['og:title', 'twitter:title', 'title', 'dc.title', 'parsely-title', 'sailthru.title'];
/** Title suffixes/prefixes with the site name: "Story | Site", "Site - Story". */
const TITLE_SEPARATORS = /\s+[|–—·•:»-]\s+/;

export function extractMetadata($: CheerioAPI, ldItems: LdItem[], opts: { url?: string | null; published?: string | null }): PageMetadata {
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

function readMeta($: CheerioAPI): Map<string, string> {
  const out = new Map<string, string>();
  $('meta').each((_, el) => {
    const a = el.attribs;
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').trim().toLowerCase();
    const value = (a.content ?? a.value ?? '').trim();
    if (key && value && !out.has(key)) out.set(key, value);
  });
  return out;
}

export interface LdItem {
  type: string;
  data: Record<string, unknown>;
}

/** JSON-LD objects of the page, @graph flattened; bad JSON is skipped. */
export function readJsonLd($: CheerioAPI): LdItem[] {
  const items: LdItem[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text().trim();
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

function pickTitle($: CheerioAPI, meta: Map<string, string>, ld: LdItem | undefined): string | null {
  const h1 = $('h1').first().text().replace(/\s+/g, ' ').trim();
  const docTitle = $('title').first().text().replace(/\s+/g, ' ').trim();
  const headline = typeof ld?.data.headline === 'string' ? ld.data.headline.trim() : '';
  let metaTitle = '';
  for (const k of TITLE_META) if (!metaTitle && meta.get(k)) metaTitle = meta.get(k)!;
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

function pickPublished($: CheerioAPI, meta: Map<string, string>, ld: LdItem | undefined, url: string | null): string | null {
  const fromLd = parseDateText(firstString(ld?.data.datePublished) ?? firstString(ld?.data.dateCreated) ?? '');
  if (fromLd) return fromLd;
  for (const k of DATE_META) {
    const v = meta.get(k);
    const d = v ? parseDateText(v) : null;
    if (d) return d;
  }
  const timeEls = $('time[datetime]').toArray();
  const preferred = timeEls.find((t) => t.attribs.itemprop === 'datePublished' || t.attribs.pubdate !== undefined || /publish|posted|date/i.test(t.attribs.class ?? '')) ?? timeEls[0];
  if (preferred) {
    const d = parseDateText(preferred.attribs.datetime) ?? parseDateText($(preferred).text());
    if (d) return d;
  }
  const itemprop = $('[itemprop="datePublished"]').first();
  if (itemprop.length) {
    const d = parseDateText(itemprop.attr('content') ?? itemprop.attr('datetime') ?? itemprop.text());
    if (d) return d;
  }
  if (url) {
    const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  // Last resort: a byline or date line near the top ("Published 13 December 2019").
  const dateLine = $('[class*="date"], [class*="byline"], [class*="posted"], [class*="meta"], [id*="date"]').first().text();
  return dateLine ? parseDateText(dateLine.slice(0, 200)) : null;
}

function pickAuthor($: CheerioAPI, meta: Map<string, string>, ld: LdItem | undefined): string | null {
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
  const rel = $('a[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author').first().text().replace(/\s+/g, ' ').trim();
  if (rel && rel.length < 120) return rel.replace(/^(by|von|par|por)\s+/i, '') || null;
  return null;
}

/** Declared language only; the caller detects from the clean text when the page says nothing. */
function pickLang($: CheerioAPI, meta: Map<string, string>): string | null {
  const attr = $('html').attr('lang') ?? $('body').attr('lang') ?? meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('language');
  if (attr) {
    const code = attr.trim().split(/[-_,\s]/)[0].toLowerCase();
    if (/^[a-z]{2,3}$/.test(code)) return code;
  }
  return null;
}

function pickCanonical($: CheerioAPI, meta: Map<string, string>, url: string | null): string | null {
  const href = $('link[rel="canonical"]').attr('href') ?? meta.get('og:url');
  if (!href) return null;
  try {
    const u = new URL(href.trim(), url ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
