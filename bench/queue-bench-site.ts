/**
 * A generated news site on 127.0.0.1 for the queue tests and bench: paged
 * listings (/news?page=N, 50 links each) of N invented court-case articles,
 * plus pages that always fail (/broken/...) or answer slowly (/slow/...).
 * Every request is logged with its time, so tests can check pacing.
 * Example: const site = await startQueueSite({ articles: 40 }); site.url + '/news'
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface QueueSiteOptions {
  articles: number;
  perListing?: number;
  /** /slow/... pages answer after this long */
  slowMs?: number;
  /** extra article paths listed on page 1 (e.g. "/broken/always-failing-case", "/slow/slow-court-case") */
  extraLinks?: string[];
  /** robots.txt Crawl-delay in seconds, if any */
  crawlDelaySecs?: number;
}

export interface QueueSite {
  url: string;
  requests: Array<{ path: string; atMs: number }>;
  /** answers requests for a path prefix with HTTP 500 until cleared */
  failing: Set<string>;
  close(): Promise<void>;
}

const FIRST = ['Aigerim', 'Daniyar', 'Olesya', 'Rustam', 'Kamila', 'Timur', 'Zarina', 'Bakhyt', 'Milana', 'Yerlan', 'Saule', 'Arman'];
const LAST = ['Bekova', 'Utemisov', 'Grinchuk', 'Nurlanov', 'Seitova', 'Abenov', 'Kassymova', 'Zhunusov', 'Orlova', 'Tulegenov', 'Ismailova', 'Dauletov'];
const TOWN = ['Saryagash', 'Zhanaozen', 'Kokshetau', 'Temirtau', 'Ekibastuz', 'Balkhash', 'Stepnogorsk'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'];

function slugOf(i: number): string {
  return `activist-${i}-sentenced-by-district-court`;
}

export function articleHtml(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  const surname = LAST[(i * 7) % LAST.length];
  const town = TOWN[i % TOWN.length];
  const day = 1 + (i % 27);
  const month = MONTHS[i % MONTHS.length];
  const days = 5 + (i % 20);
  const fine = 50 + (i % 9) * 25;
  const title = `${town} court jails activist ${name}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2021-${String((i % 11) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}">
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
<main><article><h1>${title}</h1>
<p>On ${day} ${month} 2021 the ${town} District Court sentenced civic activist ${name} to ${days} days of administrative detention under Article 488 of the Code of Administrative Offences for taking part in a peaceful picket outside the akimat.</p>
<p>${surname} had held a poster calling for the release of detained journalists. Police detained ${surname} on the square and drew up a report the same evening.</p>
<p>In a separate ruling the court fined ${surname} ${fine} monthly calculation indices for organising the gathering without notice. ${surname} said the hearing lasted twenty minutes and that a lawyer was not admitted.</p>
<p>Local monitors said the case was the ${i + 1}th of its kind in the region this year.</p>
</article></main><footer><p>Monitor test site. All people and events on this site are invented.</p></footer></body></html>`;
}

function listingHtml(page: number, opts: Required<Pick<QueueSiteOptions, 'articles' | 'perListing'>> & { extraLinks: string[] }): string {
  const start = (page - 1) * opts.perListing;
  const end = Math.min(opts.articles, start + opts.perListing);
  const links: string[] = [];
  for (let i = start; i < end; i++) links.push(`<li><a href="/news/${slugOf(i)}">Activist ${i} sentenced</a></li>`);
  if (page === 1) for (const p of opts.extraLinks) links.push(`<li><a href="${p}">Case update ${p.length}</a></li>`);
  const next = end < opts.articles ? `<a rel="next" href="/news?page=${page + 1}">Next page</a>` : '';
  return `<!doctype html><html><head><title>News, page ${page}</title></head><body><h1>News</h1><ul>${links.join('\n')}</ul>${next}</body></html>`;
}

export async function startQueueSite(opts: QueueSiteOptions): Promise<QueueSite> {
  const perListing = opts.perListing ?? 50;
  const extraLinks = opts.extraLinks ?? [];
  const requests: QueueSite['requests'] = [];
  const failing = new Set<string>();
  const send = (res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://x');
    requests.push({ path: u.pathname + u.search, atMs: Date.now() });
    if ([...failing].some((p) => u.pathname.startsWith(p))) return send(res, 500, 'temporarily broken');
    if (u.pathname === '/robots.txt') {
      return send(res, 200, `User-agent: *\nAllow: /\n${opts.crawlDelaySecs ? `Crawl-delay: ${opts.crawlDelaySecs}\n` : ''}`, 'text/plain');
    }
    if (u.pathname === '/news') {
      const page = Number(u.searchParams.get('page') ?? '1');
      if (!Number.isInteger(page) || page < 1) return send(res, 404, 'no such page');
      return send(res, 200, listingHtml(page, { articles: opts.articles, perListing, extraLinks }));
    }
    const m = /^\/news\/activist-(\d+)-sentenced-by-district-court$/.exec(u.pathname);
    if (m && Number(m[1]) < opts.articles) return send(res, 200, articleHtml(Number(m[1])));
    if (u.pathname.startsWith('/broken/')) return send(res, 500, 'always broken');
    if (u.pathname.startsWith('/slow/')) {
      const i = 100000 + (u.pathname.length % 1000);
      setTimeout(() => send(res, 200, articleHtml(i)), opts.slowMs ?? 5000);
      return;
    }
    return send(res, 404, 'not found');
  };
  const server = createServer(handle);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function articleUrlOf(siteUrl: string, i: number): string {
  return `${siteUrl}/news/${slugOf(i)}`;
}
