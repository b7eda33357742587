/**
 * A fixture news site on 127.0.0.1 whose listings link articles by URLs that
 * do not look like articles on their own: short numeric ids (/news/7), query
 * ids (/story?id=7) and one-hyphen slugs (/stories/verdict-7). Every page
 * carries a menu, a tag cloud and a footer that share URL templates too, and
 * the short-id listing has an RSS feed naming only its newest five articles.
 * Example: const site = await startListingSite(); site.url + '/news/' ... await site.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generatedArticle } from './fixture-site-generated';

export type ListingShape = 'short-id' | 'query-id' | 'slug';

interface ShapeSpec {
  listingPath: string;
  articles: number;
  perPage: number;
  /** offset into the generated articles, so the shapes' texts differ */
  offset: number;
  articlePath(i: number): string;
  pagePath(page: number): string;
}

const SLUG_WORDS = ['verdict', 'appeal', 'detention', 'fine', 'hearing', 'arrest', 'sentence', 'trial'];

export const LISTING_SHAPES: Record<ListingShape, ShapeSpec> = {
  'short-id': { listingPath: '/news/', articles: 40, perPage: 10, offset: 0, articlePath: (i) => `/news/${i}`, pagePath: (p) => (p === 1 ? '/news/' : `/news/?page=${p}`) },
  'query-id': { listingPath: '/archive/', articles: 12, perPage: 5, offset: 100, articlePath: (i) => `/story?id=${i}`, pagePath: (p) => (p === 1 ? '/archive/' : `/archive/?p=${p}`) },
  slug: { listingPath: '/stories/', articles: 12, perPage: 6, offset: 200, articlePath: (i) => `/stories/${SLUG_WORDS[i % SLUG_WORDS.length]}-${i}`, pagePath: (p) => (p === 1 ? '/stories/' : `/stories/page/${p}/`) },
};

export function listingArticlePaths(shape: ListingShape): string[] {
  const spec = LISTING_SHAPES[shape];
  return Array.from({ length: spec.articles }, (_, k) => spec.articlePath(k + 1));
}

const HEADLINE_PEOPLE = ['Aigerim Sadykova', 'Timur Bekov', 'Olga Kavalenka', 'Marat Zhanuzakov', 'Nasiba Rakhimova', 'Pavel Lukashevich'];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Navigation that shares URL templates among its own links but is no article list. */
export const NAVIGATION_HTML = `<header><nav><ul>
<li><a href="/section/world-news">World news</a></li><li><a href="/section/central-asia">Central Asia</a></li><li><a href="/section/eastern-europe">Eastern Europe</a></li><li><a href="/section/1">Politics</a></li><li><a href="/section/2">Courts</a></li></ul></nav></header>`;
export const TAG_CLOUD_HTML = `<div class="tag-cloud"><a href="/topics/freedom-of-peaceful-assembly">Freedom of peaceful assembly and association</a>
<a href="/topics/freedom-of-expression">Freedom of expression online and offline</a> <a href="/topics/political-prisoners">Political prisoners in the region today</a></div>
<ul class="subjects"><li><a href="/subject/11">torture</a></li><li><a href="/subject/12">fair trial</a></li><li><a href="/subject/13">elections</a></li><li><a href="/subject/14">media</a></li></ul>`;
export const FOOTER_HTML = `<footer><ul><li><a href="/info/privacy-policy">Privacy policy</a></li><li><a href="/info/terms-of-use">Terms of use</a></li>
<li><a href="/info/editorial-standards-and-corrections-policy">Our editorial standards and corrections policy</a></li><li><a href="/info/contact-the-editors">Contact the editors of this site</a></li></ul></footer>`;

function listingPage(shape: ListingShape, page: number): string | null {
  const spec = LISTING_SHAPES[shape];
  const pages = Math.ceil(spec.articles / spec.perPage);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const items: string[] = [];
  for (let i = (page - 1) * spec.perPage + 1; i <= Math.min(spec.articles, page * spec.perPage); i++) {
    const person = HEADLINE_PEOPLE[i % HEADLINE_PEOPLE.length];
    const href = escapeHtml(spec.articlePath(i));
    items.push(`<li class="item"><h2><a href="${href}">Court sentences ${person} in case number ${i}</a></h2><p>Monitors report on hearing ${i}.</p><a href="${href}">Read more</a></li>`);
  }
  const pager = Array.from({ length: pages }, (_, k) => k + 1)
    .map((p) => (p === page ? `<span>${p}</span>` : `<a href="${escapeHtml(spec.pagePath(p))}">${p}</a>`))
    .join(' ');
  const next = page < pages ? ` <a href="${escapeHtml(spec.pagePath(page + 1))}">Next page</a>` : '';
  const feed = shape === 'short-id' ? '<link rel="alternate" type="application/rss+xml" href="/news/feed.xml">' : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Latest, page ${page}</title>${feed}</head><body>
${NAVIGATION_HTML}<main><h1>Latest</h1><ul class="list">${items.join('\n')}</ul><div class="pager">${pager}${next}</div>${TAG_CLOUD_HTML}</main>${FOOTER_HTML}</body></html>`;
}

function feed(base: string): string {
  const spec = LISTING_SHAPES['short-id'];
  const items = [];
  for (let i = spec.articles; i > spec.articles - 5; i--) items.push(`<item><title>Case ${i}</title><link>${base}${spec.articlePath(i)}?utm_source=rss</link></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Latest</title>${items.join('')}</channel></rss>`;
}

/** A page of navigation only: no article list at all. */
const NAVIGATION_ONLY = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sections</title></head><body>${NAVIGATION_HTML}<main><h1>Sections</h1>${TAG_CLOUD_HTML}
<ul class="cases">${[1, 2, 3, 4, 5, 6].map((k) => `<li><a href="/case/${k}">Case ${k}</a></li>`).join('')}</ul></main>${FOOTER_HTML}</body></html>`;

export interface ListingSite {
  url: string;
  /** article paths requested, one entry per request */
  articleHits: string[];
  close(): Promise<void>;
}

export async function startListingSite(): Promise<ListingSite> {
  const articleHits: string[] = [];
  const byPath = new Map<string, number>();
  for (const shape of Object.keys(LISTING_SHAPES) as ListingShape[]) {
    const spec = LISTING_SHAPES[shape];
    for (let i = 1; i <= spec.articles; i++) byPath.set(spec.articlePath(i), spec.offset + i);
  }
  let base = '';
  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', base);
    const html = 'text/html; charset=utf-8';
    if (u.pathname === '/robots.txt') return send(res, 200, 'text/plain', 'User-agent: *\nAllow: /\n');
    if (u.pathname === '/news/feed.xml') return send(res, 200, 'application/rss+xml', feed(base));
    if (u.pathname === '/sections/') return send(res, 200, html, NAVIGATION_ONLY);
    const articleKey = u.pathname === '/story' ? `/story?id=${u.searchParams.get('id')}` : u.pathname;
    const n = byPath.get(articleKey);
    if (n !== undefined) {
      articleHits.push(articleKey);
      return send(res, 200, html, generatedArticle(n, 1000) as string);
    }
    for (const shape of Object.keys(LISTING_SHAPES) as ListingShape[]) {
      const spec = LISTING_SHAPES[shape];
      const pageMatch = /^\/stories\/page\/(\d+)\/$/.exec(u.pathname);
      if (u.pathname === spec.listingPath || (shape === 'slug' && pageMatch)) {
        const page = Number(pageMatch?.[1] ?? u.searchParams.get('page') ?? u.searchParams.get('p') ?? 1);
        const body = listingPage(shape, page);
        if (body) return send(res, 200, html, body);
      }
    }
    send(res, 404, html, '<!DOCTYPE html><html><body><h1>Not found</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    articleHits,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
