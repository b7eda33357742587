/**
 * Link discovery on one fetched page: RSS/Atom items, sitemap entries (and
 * nested sitemap indexes), listing pages with their pagination, and article
 * links filtered by the source's include/exclude patterns. On a listing, a
 * block of sibling links sharing one URL template with headline-like text
 * counts as article links even when no single URL looks like an article.
 */
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { canonicalUrl } from './canonical-url';
import { decodeBytes } from './charset';

export type PageKind = 'feed' | 'sitemap' | 'sitemap-index' | 'html' | 'other';

export interface DiscoveredLinks {
  kind: PageKind;
  articleUrls: string[];
  listingUrls: string[];
  feedUrls: string[];
  sitemapUrls: string[];
  /**
   * HTML only, when no article link was found: an include pattern derived
   * from the largest block of same-template links on the page (null: none).
   */
  includeHint?: string | null;
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

function htmlLinks(html: string, pageUrl: string, filter: LinkFilter): Pick<DiscoveredLinks, 'articleUrls' | 'listingUrls' | 'feedUrls' | 'includeHint'> {
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
  const candidates: Candidate[] = [];
  const placements = new Map<AnyNode, Placement>();
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
    // Menus, footers, sidebars and tag clouds link sections, not stories, whatever their URLs look like
    // (unless the source's include patterns name them).
    const { landmark, chain } = placementOf(el, placements);
    if (isArticleUrl(url, filter) && (!landmark || filter.include.length > 0)) articles.push(url);
    // Article-looking links count too: they vouch for the short-id siblings of their block.
    if (!landmark && n === null) candidates.push({ url, label: label || ($(el).attr('title') ?? '').trim() || ($(el).find('img[alt]').first().attr('alt') ?? '').trim(), chain });
  });
  const listingSet = new Set(listings);
  const blocks = templateBlocks(candidates.filter((c) => !listingSet.has(c.url)));
  // Include patterns are the source's own choice of articles: blocks only stand in when there are none.
  if (filter.include.length === 0) for (const b of blocks) if (b.headlines) articles.push(...b.urls);
  const articleUrls = unique(articles).filter((u) => !listingSet.has(u));
  const includeHint = articleUrls.length > 0 ? null : (blocks[0]?.pattern ?? null);
  return { articleUrls, listingUrls: unique(listings), feedUrls: unique(feeds), includeHint };
}

/**
 * The line a user sees when a listing gave no article links: the include
 * pattern to try, in the sources file's YAML form.
 */
export function noArticlesWarning(listingUrl: string, includeHint: string | null | undefined): string {
  const head = `casefile crawl: warning: listing ${listingUrl} gave no article links`;
  if (!includeHint) return `${head}, and no block of same-shaped links to suggest; give its articles with include patterns in a sources file`;
  return `${head}; if its articles are the links matching ${includeHint}, add to its source in a sources file:  include: ['${includeHint}']`;
}

interface Candidate {
  url: string;
  label: string;
  /** ancestor tags: the items of one list share it */
  chain: string;
}

interface TemplateBlock {
  /** "/news/{n}", "/story.php?id={n}", "/stories/{slug}" */
  template: string;
  /** the template as an include pattern */
  pattern: string;
  urls: string[];
  /** most links carry headline-like text */
  headlines: boolean;
}

/** Fewest distinct URLs that make a block: a lone link says nothing about its siblings. */
const MIN_BLOCK_URLS = 2;
/** Share of a block's links whose text must read like a headline. */
const MIN_HEADLINE_SHARE = 0.7;
/** A class or id token naming a container of navigation links ("main-menu", "site-footer", "tag-cloud"). */
const LANDMARK_NAME = /^(?:[a-z0-9]+[-_])?(?:menu|menus|nav|navbar|navigation|footer|sidebar|breadcrumbs?|tags|tag-?cloud|topics|widget|share|social)$/i;

/**
 * Groups links by URL template and by their position in the page (the chain
 * of ancestor tags): the items of one list share both. Largest blocks first.
 */
function templateBlocks(candidates: Candidate[]): TemplateBlock[] {
  const groups = new Map<string, { template: string; byUrl: Map<string, string[]> }>();
  for (const c of candidates) {
    const template = urlTemplate(c.url);
    if (!template) continue;
    const key = template + ' ' + c.chain;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { template, byUrl: new Map() }));
    const labels = g.byUrl.get(c.url) ?? [];
    labels.push(c.label);
    g.byUrl.set(c.url, labels);
  }
  const blocks: TemplateBlock[] = [];
  for (const g of groups.values()) {
    if (g.byUrl.size < MIN_BLOCK_URLS) continue;
    // A URL counts as a headline when any of its links reads like one ("Read more" beside the title is fine).
    const headlineUrls = [...g.byUrl.values()].filter((labels) => labels.some(isHeadlineLike)).length;
    blocks.push({
      template: g.template,
      pattern: templatePattern(g.template),
      urls: [...g.byUrl.keys()],
      headlines: headlineUrls / g.byUrl.size >= MIN_HEADLINE_SHARE,
    });
  }
  return blocks.sort((a, b) => b.urls.length - a.urls.length);
}

/** Where an element sits: the chain of ancestor tags, and whether it is inside navigation. */
interface Placement {
  chain: string;
  landmark: boolean;
  /** inside article/aside/main/nav/section: a <header>/<footer> here is no page banner or footer */
  sectioned: boolean;
}

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
const LANDMARK_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'complementary']);

/** Computed once per ancestor element over a page (cache), walking up from the link. */
function placementOf(el: AnyNode, cache: Map<AnyNode, Placement>): Placement {
  const parent = el.parent;
  if (!parent || parent.type !== 'tag') return { chain: '', landmark: false, sectioned: false };
  const known = cache.get(parent);
  if (known) return known;
  const p = parent as Element;
  const above = placementOf(p, cache);
  const tag = p.tagName;
  let landmark = above.landmark || tag === 'nav' || tag === 'aside' || LANDMARK_ROLES.has(p.attribs.role ?? '');
  // <header>/<footer> are the page's banner and footer only outside sectioning elements (HTML's own rule).
  if ((tag === 'header' || tag === 'footer') && !above.sectioned) landmark = true;
  if (!landmark && tag !== 'body' && tag !== 'html') {
    landmark = `${p.attribs.class ?? ''} ${p.attribs.id ?? ''}`.split(/\s+/).some((t) => t !== '' && LANDMARK_NAME.test(t));
  }
  const placement = { chain: `${above.chain}>${tag}`, landmark, sectioned: above.sectioned || SECTIONING.has(tag) };
  cache.set(parent, placement);
  return placement;
}

/** A headline has words: at least four (or three long ones), not a bare number or a label. */
export function isHeadlineLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (words.length >= 4 && text.length >= 20) || (words.length >= 3 && text.length >= 25);
}

const SLUG_SEGMENT = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+(?:\.[a-z]{2,5})?$/u;
const ID_SEGMENT = /^\d+(?:\.[a-z]{2,5})?$/;

/**
 * The URL's shape with its variable parts named: "/news/{n}", "/story.php?id={n}",
 * "/stories/{slug}". Null when nothing varies (every segment literal).
 */
export function urlTemplate(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (NON_ARTICLE_PATH.test(u.pathname)) return null;
  let variable = false;
  const segments = u.pathname.split('/').map((seg) => {
    const ext = /\.[a-z]{2,5}$/i.exec(seg)?.[0] ?? '';
    if (ID_SEGMENT.test(seg)) {
      variable = true;
      return '{n}' + ext;
    }
    if (SLUG_SEGMENT.test(seg)) {
      variable = true;
      return '{slug}' + ext;
    }
    return seg;
  });
  const params = [...u.searchParams.keys()].sort().map((k) => {
    const v = u.searchParams.get(k) ?? '';
    variable = true;
    return `${k}=${/^\d+$/.test(v) ? '{n}' : '{v}'}`;
  });
  if (!variable) return null;
  return segments.join('/') + (params.length ? '?' + params.join('&') : '');
}

/** "/news/{n}" -> "/news/\\d+$": a pattern for a source's include list. */
export function templatePattern(template: string): string {
  const parts = template.split(/(\{n\}|\{slug\}|\{v\})/);
  const body = parts
    .map((p) => (p === '{n}' ? '\\d+' : p === '{slug}' ? '[^/?#]+' : p === '{v}' ? '[^&#]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return body + '$';
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
