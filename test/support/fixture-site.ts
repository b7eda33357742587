/**
 * Serves fixtures/site/ on 127.0.0.1 (port 0) with the behaviours a crawler
 * must survive: ETags, gzip/deflate/br, a page failing twice, a 429 with
 * Retry-After, a slow page, a redirect loop, a 50 MB body, a PDF, and an
 * optional generated site of N articles for the benchmark.
 * Example: const site = await startFixtureSite(); ... site.url ... await site.close();
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as zlib from 'node:zlib';
import { generatedArticle, generatedListing } from './fixture-site-generated';

export interface FixtureSiteOptions {
  /** adds "Crawl-delay: N" to robots.txt */
  crawlDelaySeconds?: number;
  /** how long the slow page waits before answering */
  slowPageDelayMs?: number;
  /** Retry-After of the rate-limited page, in seconds */
  retryAfterSeconds?: number;
  /** serves /gen/ with this many generated articles (benchmark) */
  generatedArticles?: number;
  /** generated articles answer after this delay (to observe concurrency) */
  generatedDelayMs?: number;
  /** articles linked per generated listing page */
  generatedPerListing?: number;
  /** number of the first generated article (sites on several hosts: distinct articles) */
  generatedFirst?: number;
  /** a fixed port (the demo, so a second run finds the same URLs); 0 picks a free one */
  port?: number;
  /** compress HTML responses (gzip/deflate/br chosen per path) */
  compress?: boolean;
  /** loopback address to listen on, e.g. 127.0.0.5: one site per address is one host for pacing */
  host?: string;
}

export interface RequestLogEntry {
  path: string;
  status: number;
  atMs: number;
  userAgent: string;
  ifNoneMatch: string | null;
  encoding: string | null;
  /** body bytes actually written (for the 50 MB page) */
  bytesSent: number;
  /** client port: requests sharing it came over one kept-alive connection */
  remotePort: number;
}

export interface FixtureSite {
  url: string;
  port: number;
  requests: RequestLogEntry[];
  hits(pathname: string): RequestLogEntry[];
  /** most requests the server was answering at one moment */
  maxInFlight(): number;
  close(): Promise<void>;
}

export const FIXTURE_SITE_DIR = path.resolve(__dirname, '../../fixtures/site');
/** Works from the TS sources (test/support) and from the build (dist/test/support). */
function siteDir(): string {
  const candidates = [FIXTURE_SITE_DIR, path.resolve(__dirname, '../../../fixtures/site')];
  return candidates.find((d) => existsSync(path.join(d, 'robots.txt'))) ?? FIXTURE_SITE_DIR;
}

const BROTLI_ON_THE_FLY = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };
const LAST_MODIFIED = 'Mon, 01 Apr 2024 08:00:00 GMT';
const ENCODINGS = ['gzip', 'br', 'deflate', 'identity'] as const;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};
/** Pages whose header names another charset than UTF-8. */
const CHARSET_OVERRIDES: Record<string, string> = {
  '/ru/novosti/sud-oshtrafoval-zhurnalista.html': 'text/html; charset=windows-1251',
  // declared only in the page: <meta http-equiv> koi8-r, and a UTF-16LE byte-order mark
  '/ru/novosti/aktivista-arestovali-na-desyat-sutok.html': 'text/html',
  '/ru/novosti/pravozashchitnicu-prigovorili-k-shtrafu.html': 'text/html',
};

export async function startFixtureSite(opts: FixtureSiteOptions = {}): Promise<FixtureSite> {
  const dir = siteDir();
  const requests: RequestLogEntry[] = [];
  const counters = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;
  const count = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };

  const readSite = (rel: string): Buffer | null => {
    const file = path.join(dir, rel);
    if (!file.startsWith(dir)) return null;
    for (const candidate of [file, file + '.html', path.join(file, 'index.html')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return readFileSync(candidate);
    }
    return null;
  };
  const typeOf = (pathname: string): string => {
    if (CHARSET_OVERRIDES[pathname]) return CHARSET_OVERRIDES[pathname];
    const ext = path.extname(pathname);
    return CONTENT_TYPES[ext] ?? 'text/html; charset=utf-8';
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const entry: RequestLogEntry = {
      path: url.pathname + url.search,
      status: 0,
      atMs: Date.now(),
      userAgent: String(req.headers['user-agent'] ?? ''),
      ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
      encoding: null,
      bytesSent: 0,
      remotePort: req.socket.remotePort ?? 0,
    };
    requests.push(entry);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const origin = `http://${req.headers.host}`;
    const finish = (status: number, headers: Record<string, string | number>, body?: Buffer | string) => {
      entry.status = status;
      res.writeHead(status, headers);
      if (body !== undefined) entry.bytesSent = Buffer.byteLength(body);
      res.end(body);
    };
    const redirect = (to: string, status = 301) => finish(status, { location: to, 'content-length': 0 });

    /** A static page with ETag/Last-Modified, 304 and compression. */
    const serveBytes = (body: Buffer, contentType: string, extraHeaders: Record<string, string> = {}) => {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) return finish(304, { etag });
      const headers: Record<string, string | number> = { 'content-type': contentType, etag, 'last-modified': LAST_MODIFIED, ...extraHeaders };
      let out = body;
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if ((opts.compress ?? true) && contentType.startsWith('text/html')) {
        const enc = ENCODINGS[createHash('md5').update(url.pathname).digest()[0] % ENCODINGS.length];
        if (enc !== 'identity' && accepts.includes(enc)) {
          // Brotli at quality 5, as web servers compress on the fly (11 is for static assets).
          out = enc === 'gzip' ? zlib.gzipSync(body) : enc === 'br' ? zlib.brotliCompressSync(body, BROTLI_ON_THE_FLY) : zlib.deflateSync(body);
          headers['content-encoding'] = enc;
          headers.vary = 'accept-encoding';
          entry.encoding = enc;
        }
      }
      headers['content-length'] = out.length;
      finish(200, headers, out);
    };
    const serveFile = (rel: string) => {
      const body = readSite(rel);
      if (!body) return finish(404, { 'content-type': 'text/html; charset=utf-8' }, '<html><body><p>Not found</p></body></html>');
      serveBytes(body, typeOf(rel));
    };

    const p = url.pathname;
    if (p === '/robots.txt') {
      let body = (readSite('/robots.txt') ?? Buffer.from('')).toString('utf8').replace(/^Sitemap: \//m, `Sitemap: ${origin}/`);
      if (opts.crawlDelaySeconds !== undefined) body = body.replace('User-agent: *\n', `User-agent: *\nCrawl-delay: ${opts.crawlDelaySeconds}\n`);
      return finish(200, { 'content-type': 'text/plain; charset=utf-8' }, body);
    }
    if (p === '/' ) return serveFile('/index.html');
    if (p === '/news/' || p === '/news') {
      const n = Number(url.searchParams.get('page') ?? '1');
      return n === 1 ? redirect('/') : serveFile(`/news/page-${n}.html`);
    }
    if (p === '/sitemap-articles.xml.gz') {
      const xml = readSite('/sitemap-articles.xml');
      return xml ? finish(200, { 'content-type': 'application/gzip' }, zlib.gzipSync(xml)) : finish(404, {});
    }
    if (p === '/old/blogger-sentenced-story') return redirect('/news/2024/03/blogger-sentenced-to-three-years.html');
    if (p === '/mirror/blogger-sentenced-copy') return serveFile('/news/2024/03/blogger-sentenced-to-three-years.html');
    if (p.startsWith('/flaky/')) {
      // Fails twice, then works: retries must get through.
      if (count(p) <= 2) return finish(503, { 'content-type': 'text/plain' }, 'temporarily unavailable');
      return serveFile(p);
    }
    if (p.startsWith('/limited/')) {
      if (count(p) === 1) return finish(429, { 'retry-after': String(opts.retryAfterSeconds ?? 1), 'content-type': 'text/plain' }, 'slow down');
      return serveFile(p);
    }
    if (p === '/lab/slow-page-that-never-answers-in-time') {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) finish(200, { 'content-type': 'text/html' }, '<html><body><p>Too late.</p></body></html>');
      }, opts.slowPageDelayMs ?? 5000);
      timers.add(t);
      res.on('close', () => {
        clearTimeout(t);
        timers.delete(t);
      });
      return;
    }
    if (p === '/lab/redirect-loop-first-hop') return redirect('/lab/redirect-loop-second-hop', 302);
    if (p === '/lab/redirect-loop-second-hop') return redirect('/lab/redirect-loop-first-hop', 302);
    if (p === '/lab/redirect-to-cloud-metadata-endpoint') return redirect('http://169.254.169.254/latest/meta-data/', 302);
    if (p === '/lab/redirect-to-robots-disallowed-page') return redirect('/private/internal-notes-on-sources.html', 302);
    if (p === '/lab/fifty-megabyte-page-body') return streamHuge(res, entry, 50 * 1024 * 1024);
    if (opts.generatedArticles && p.startsWith('/gen/')) {
      const perListing = opts.generatedPerListing ?? 25;
      if (p === '/gen/' || p === '/gen') {
        const n = Number(url.searchParams.get('page') ?? '1');
        const html = generatedListing(n, opts.generatedArticles, perListing, opts.generatedFirst);
        return html ? serveBytes(Buffer.from(html), 'text/html; charset=utf-8') : finish(404, {});
      }
      const m = /^\/gen\/(\d+)\//.exec(p);
      const html = m ? generatedArticle(Number(m[1]), opts.generatedArticles, opts.generatedFirst) : null;
      const answer = () => (html ? serveBytes(Buffer.from(html), 'text/html; charset=utf-8') : finish(404, {}));
      if (!opts.generatedDelayMs) return answer();
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) answer();
      }, opts.generatedDelayMs);
      timers.add(t);
      return;
    }
    serveFile(p);
  });
  server.keepAliveTimeout = 5000;

  const host = opts.host ?? '127.0.0.1';
  await listen(server, opts.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    hits: (pathname) => requests.filter((r) => r.path === pathname),
    maxInFlight: () => maxInFlight,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listens on the port, or on a free one when it is taken. */
function listen(server: import('node:http').Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      if (port !== 0 && err.code === 'EADDRINUSE') {
        server.off('error', onError);
        listen(server, 0, host).then(resolve, reject);
      } else reject(err);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** Streams an endless-looking page in 64 KB chunks, stopping when the client goes away. */
function streamHuge(res: ServerResponse, entry: RequestLogEntry, total: number): void {
  entry.status = 200;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const chunk = Buffer.alloc(64 * 1024, '<p>filler paragraph of a very large page</p>\n');
  const write = () => {
    while (entry.bytesSent < total && !res.destroyed) {
      entry.bytesSent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  write();
}
