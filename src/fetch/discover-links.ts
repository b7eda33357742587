/**
 * Link discovery on one fetched page: RSS/Atom items, sitemap entries (and
 * nested sitemap indexes), listing pages with their pagination, and article
 * links filtered by the source's include/exclude patterns.
 */
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { canonicalUrl } from './canonical-url';
import { decodeBytes } from './charset';

export type PageKind = 'feed' | 'sitemap' | 'sitemap-index' | 'html' | 'other';

export interface DiscoveredLinks {
  kind: PageKind;
  articleUrls: string[];
  listingUrls: string[];
  feedUrls: string[];
  sitemapUrls: string[];
}

export interface LinkFilter {
  include: RegExp[];
  exclude: RegExp[];
}

export function compileFilter(source: { include?: string[]; exclude?: string[] }): LinkFilter {
  return { include: (source.include ?? []).map((p) => new RegExp(p)), exclude: (source.exclude ?? []).map((p) => new RegExp(p)) };
}

/** Path segments that name index pages, not articles. */
const NON_ARTICLE_PATH = /\/(tag|tags|category|categories|author|authors|search|login|register|feed|rss|wp-admin|wp-login|cart|account|page)(\/|$)|\.(css|js|json|png|jpe?g|gif|svg|webp|ico|mp[34]|zip|xml)$/i;

/**
 * Without include patterns, an article URL is one on the same site whose last
 * path segment is a slug ("court-jails-activist-for-six-months") or an id, or a
 * document file a reader would open (.pdf is fetched, then skipped by type).
 */
export function looksLikeArticleUrl(url: URL): boolean {
  if (NON_ARTICLE_PATH.test(url.pathname)) return false;
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  if (/\.(html?|php|aspx?|pdf|docx?)$/i.test(last)) return true;
  if ((last.match(/-/g) ?? []).length >= 2) return true;
  return segments.length >= 2 && /^\d{3,}$/.test(last);
}

export function isArticleUrl(url: string, filter: LinkFilter): boolean {
  if (filter.exclude.some((re) => re.test(url))) return false;
  if (filter.include.length > 0) return filter.include.some((re) => re.test(url));
  try {
    return looksLikeArticleUrl(new URL(url));
  } catch {
    return false;
  }
}

export function isExcluded(url: string, filter: LinkFilter): boolean {
  return filter.exclude.some((re) => re.test(url));
}

function unique(urls: Iterable<string>): string[] {
  return [...new Set(urls)];
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Sitemaps may arrive gzipped without Content-Encoding (sitemap.xml.gz): unpack them, within the limit. */
export function maybeGunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  return gunzipSync(bytes, { maxOutputLength: maxBytes });
}

export function sniffKind(text: string): PageKind {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').replace(/<\?xml[^>]*>/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  if (/^<rss[\s>]|^<rdf:RDF[\s>]|^<feed[\s>]/i.test(head)) return 'feed';
  if (/^<urlset[\s>]/i.test(head)) return 'sitemap';
  if (/^<sitemapindex[\s>]/i.test(head)) return 'sitemap-index';
  if (/^<(!doctype html|html|head|body)[\s>]/i.test(head) || /<html[\s>]/i.test(text.slice(0, 4096))) return 'html';
  return 'other';
}

/** Resolves and canonicalises, keeping http(s) links on the page's own site. */
function sameSite(href: string | undefined, base: string, baseHost: string): string | null {
  if (!href) return null;
  const url = canonicalUrl(href.trim(), base);
  if (!url) return null;
  return siteOf(new URL(url).hostname) === baseHost ? url : null;
}

/** "www.example.org" and "example.org" are one site. */
function siteOf(hostname: string): string {
  return hostname.replace(/^www\./, '');
}

/** Link text that means "the next page of this listing", in the languages our sources use. */
const NEXT_TEXT = /^\s*(next( page)?|older( (posts|entries|news))?|more news|следующая( страница)?|далее|наступная|далей|келесі|›|»|→|>)\s*[›»→>]?\s*$/i;

export function discoverInText(text: string, pageUrl: string, filter: LinkFilter): DiscoveredLinks {
  const kind = sniffKind(text);
  const empty: DiscoveredLinks = { kind, articleUrls: [], listingUrls: [], feedUrls: [], sitemapUrls: [] };
  if (kind === 'feed') return { ...empty, articleUrls: feedLinks(text, pageUrl, filter) };
  if (kind === 'sitemap' || kind === 'sitemap-index') return { ...empty, ...sitemapLinks(text, pageUrl, kind, filter) };
  if (kind === 'html') return { ...empty, ...htmlLinks(text, pageUrl, filter) };
  return empty;
}

/** Discovery on raw bytes (gzipped sitemaps included). */
export function discoverInBytes(bytes: Uint8Array, contentType: string | null, pageUrl: string, filter: LinkFilter, maxBytes: number): DiscoveredLinks {
  const unpacked = maybeGunzip(bytes, maxBytes);
  const { text } = decodeBytes(unpacked, { contentType: unpacked === bytes ? contentType : null });
  return discoverInText(text, pageUrl, filter);
}

function feedLinks(xml: string, pageUrl: string, filter: LinkFilter): string[] {
  const $ = cheerio.load(xml, { xml: true });
  const out: string[] = [];
  $('item').each((_, el) => {
    const link = $(el).children('link').first().text().trim() || $(el).children('guid[isPermaLink!="false"]').first().text().trim();
    const url = link ? canonicalUrl(link, pageUrl) : null;
    if (url && !isExcluded(url, filter)) out.push(url);
  });
  $('entry').each((_, el) => {
    const links = $(el).children('link');
    let href: string | undefined;
    links.each((__, l) => {
      const rel = $(l).attr('rel') ?? 'alternate';
      if (rel === 'alternate' && !href) href = $(l).attr('href');
    });
    const url = href ? canonicalUrl(href, pageUrl) : null;
    if (url && !isExcluded(url, filter)) out.push(url);
  });
  return unique(out);
}

function sitemapLinks(xml: string, pageUrl: string, kind: PageKind, filter: LinkFilter): Pick<DiscoveredLinks, 'articleUrls' | 'sitemapUrls'> {
  const locs = [...xml.matchAll(/<loc>\s*(?:<!\[CDATA\[)?\s*([^<\]]+?)\s*(?:\]\]>)?\s*<\/loc>/gi)]
    .map((m) => canonicalUrl(decodeXmlEntities(m[1]), pageUrl))
    .filter((u): u is string => u !== null && !isExcluded(u, filter));
  if (kind === 'sitemap-index') return { articleUrls: [], sitemapUrls: unique(locs) };
  // A sitemap lists every page of a site; only article-like entries are worth fetching.
  return { articleUrls: unique(locs.filter((u) => isArticleUrl(u, filter))), sitemapUrls: [] };
}

function decodeXmlEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

function htmlLinks(html: string, pageUrl: string, filter: LinkFilter): Pick<DiscoveredLinks, 'articleUrls' | 'listingUrls' | 'feedUrls'> {
  const $ = cheerio.load(html);
  const base = $('base[href]').attr('href') ? (canonicalUrl($('base[href]').attr('href') as string, pageUrl) ?? pageUrl) : pageUrl;
  const host = siteOf(new URL(pageUrl).hostname);
  const self = canonicalUrl(pageUrl);
  const feeds: string[] = [];
  $('link[rel~="alternate"]').each((_, el) => {
    const type = ($(el).attr('type') ?? '').toLowerCase();
    if (!/rss|atom/.test(type)) return;
    const url = canonicalUrl($(el).attr('href') ?? '', base);
    if (url) feeds.push(url);
  });
  const listings: string[] = [];
  $('link[rel~="next"], a[rel~="next"]').each((_, el) => {
    const url = sameSite($(el).attr('href'), base, host);
    if (url) listings.push(url);
  });
  const articles: string[] = [];
  const pageParam = pageNumberOf(pageUrl);
  $('a[href]').each((_, el) => {
    const url = sameSite($(el).attr('href'), base, host);
    if (!url || url === self || isExcluded(url, filter)) return;
    const label = $(el).text().replace(/\s+/g, ' ').trim();
    const aria = ($(el).attr('aria-label') ?? '').trim();
    if (NEXT_TEXT.test(label) || NEXT_TEXT.test(aria) || /\bnext\b/i.test(($(el).attr('class') ?? '') + ' ' + aria)) {
      listings.push(url);
      return;
    }
    const n = pageNumberOf(url);
    if (n !== null && samePathAs(url, pageUrl) && n === (pageParam ?? 1) + 1) {
      listings.push(url);
      return;
    }
    if (isArticleUrl(url, filter)) articles.push(url);
  });
  const listingSet = new Set(listings);
  return { articleUrls: unique(articles).filter((u) => !listingSet.has(u)), listingUrls: unique(listings), feedUrls: unique(feeds) };
}

/** ?page=N / ?p=N / /page/N: the page number of a paginated listing, or null. */
export function pageNumberOf(url: string): number | null {
  try {
    const u = new URL(url);
    for (const key of ['page', 'p', 'pg', 'paged', 'PAGEN_1']) {
      const v = u.searchParams.get(key);
      if (v !== null && /^\d+$/.test(v)) return Number(v);
    }
    const m = /\/page\/(\d+)\/?$/.exec(u.pathname);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function samePathAs(a: string, b: string): boolean {
  const strip = (u: string) => new URL(u).pathname.replace(/\/page\/\d+\/?$/, '/').replace(/\/+$/, '');
  return strip(a) === strip(b);
}

/** <link rel=canonical> of an article page, if it stays on the same site; found without a full parse. */
export function canonicalLinkOf(html: string, pageUrl: string): string | null {
  const head = html.slice(0, 200_000);
  for (const m of head.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel\s*=\s*["']?canonical\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href ? (href[1] ?? href[2] ?? href[3]) : null;
    if (!value) return null;
    const url = canonicalUrl(value.replace(/&amp;/g, '&'), pageUrl);
    if (!url) return null;
    return siteOf(new URL(url).hostname) === siteOf(new URL(pageUrl).hostname) ? url : null;
  }
  return null;
}
