/** The HTTP client and fetchPage: limits, encodings, redirects, retries, conditional GET, content types. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { HttpClient, parseRetryAfterMs } from '../../src/fetch/http-client';
import { PermanentError, RateLimitedError, RetryableError } from '../../src/errors';
import { createFetchContext, fetchPage, retryDelayMs, type FetchContext } from '../../src/pipeline/stages';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

describe('HttpClient and fetchPage on the fixture site', () => {
  let site: FixtureSite;
  let ctx: FetchContext;
  beforeAll(async () => {
    site = await startFixtureSite({ slowPageDelayMs: 2000 });
    ctx = createFetchContext({ perHostDelayMs: 0, headersTimeoutMs: 300, log: () => undefined });
  });
  afterAll(async () => {
    await ctx.close();
    await site.close();
  });
  const opts = { allowPrivate: true, retryBaseDelayMs: 10 };

  it('keeps one keep-alive pool per origin: many pages, few connections', async () => {
    const client = new HttpClient({ connectionsPerOrigin: 2 });
    await Promise.all(Array.from({ length: 6 }, () => client.get(`${site.url}/reports/lawyer-disbarred-after-defending-protesters`, { allowPrivate: true })));
    for (let i = 0; i < 4; i++) await client.get(`${site.url}/reports/lawyer-disbarred-after-defending-protesters`, { allowPrivate: true });
    await client.close();
    const hits = site.hits('/reports/lawyer-disbarred-after-defending-protesters');
    expect(hits).toHaveLength(10);
    expect(new Set(hits.map((h) => h.remotePort)).size).toBeLessThanOrEqual(2);
  });

  it('conditional GET: the stored ETag brings a 304 and no body', async () => {
    const first = await fetchPage(`${site.url}/news/2024/03/blogger-sentenced-to-three-years.html`, { ctx, ...opts });
    if (first.kind !== 'fetched') throw new Error(first.kind);
    const etag = first.page.headers.etag;
    expect(etag).toMatch(/^"/);
    expect(first.page.headers['last-modified']).toBeTruthy();
    const second = await fetchPage(`${site.url}/news/2024/03/blogger-sentenced-to-three-years.html`, { ctx, ...opts, etag, lastModified: first.page.headers['last-modified'] });
    expect(second.kind).toBe('not-modified');
  });

  it('follows a redirect and reports the final URL', async () => {
    const res = await fetchPage(`${site.url}/old/blogger-sentenced-story`, { ctx, ...opts });
    expect(res.kind).toBe('fetched');
    if (res.kind === 'fetched') expect(res.page.finalUrl).toBe(`${site.url}/news/2024/03/blogger-sentenced-to-three-years.html`);
  });

  it('stops a redirect loop', async () => {
    const res = await fetchPage(`${site.url}/lab/redirect-loop-first-hop`, { ctx, ...opts, maxAttempts: 3 });
    expect(res).toMatchObject({ kind: 'failed', reason: 'redirect-loop', attempts: 1 });
  });

  it('never retries a 404', async () => {
    const res = await fetchPage(`${site.url}/lab/missing-page-returns-not-found`, { ctx, ...opts, maxAttempts: 4 });
    expect(res).toMatchObject({ kind: 'failed', reason: 'http-404', attempts: 1 });
    expect(res.kind === 'failed' && res.error).toBeInstanceOf(PermanentError);
  });

  it('retries 5xx until the page works', async () => {
    const res = await fetchPage(`${site.url}/flaky/detention-extended-for-student-activist`, { ctx, ...opts, maxAttempts: 4 });
    expect(res).toMatchObject({ kind: 'fetched', attempts: 3 });
  });

  it('gives up on a timeout after the allowed attempts', async () => {
    const res = await fetchPage(`${site.url}/lab/slow-page-that-never-answers-in-time`, { ctx, ...opts, maxAttempts: 2 });
    expect(res).toMatchObject({ kind: 'failed', reason: 'timeout', attempts: 2 });
  });

  it('with one attempt, hands a 429 back as RateLimitedError carrying Retry-After (for the queue to wait)', async () => {
    const res = await fetchPage(`${site.url}/limited/protester-given-ten-days-detention`, { ctx, ...opts, maxAttempts: 1 });
    expect(res.kind).toBe('failed');
    if (res.kind === 'failed') {
      expect(res.error).toBeInstanceOf(RateLimitedError);
      expect((res.error as RateLimitedError).delayMs).toBe(1000);
    }
  });

  it('skips a PDF by type without reading it, and a 50 MB body at the limit', async () => {
    expect(await fetchPage(`${site.url}/files/annual-report-2024.pdf`, { ctx, ...opts })).toMatchObject({ kind: 'skipped', reason: 'type', contentType: 'application/pdf' });
    const huge = await fetchPage(`${site.url}/lab/fifty-megabyte-page-body`, { ctx, ...opts, maxBodyBytes: 1024 * 1024 });
    expect(huge).toMatchObject({ kind: 'skipped', reason: 'too-large' });
  });
});

describe('limits against a hostile server', () => {
  let server: Server;
  let base: string;
  const bomb = gzipSync(Buffer.alloc(40 * 1024 * 1024, 'a'));
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length });
        return res.end(bomb);
      }
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': 20 * 1024 * 1024 });
        return res.end();
      }
      const m = /^\/hop\/(\d+)$/.exec(req.url ?? '');
      if (m) {
        res.writeHead(302, { location: `/hop/${Number(m[1]) + 1}` });
        return res.end();
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('counts decompressed bytes: a 40 KB gzip that unpacks to 40 MB is refused', async () => {
    const client = new HttpClient({ maxBodyBytes: 10 * 1024 * 1024 });
    await expect(client.get(`${base}/bomb`, { allowPrivate: true })).rejects.toMatchObject({ code: 'too-large' });
    await client.close();
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const client = new HttpClient({ maxBodyBytes: 1024 });
    await expect(client.get(`${base}/declared`, { allowPrivate: true })).rejects.toMatchObject({ code: 'too-large' });
    await client.close();
  });

  it('follows at most 5 redirects', async () => {
    const client = new HttpClient();
    await expect(client.get(`${base}/hop/0`, { allowPrivate: true })).rejects.toMatchObject({ code: 'too-many-redirects' });
    await client.close();
  });
});

describe('retry policy', () => {
  it.each([
    ['120', 120_000],
    [' 5 ', 5_000],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', null],
    [undefined, null],
  ])('Retry-After %p is %p ms', (value, ms) => {
    expect(parseRetryAfterMs(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });

  it('backs off exponentially with jitter, at least the Retry-After, never for permanent errors', () => {
    const err = new RetryableError('http-503', 'x');
    for (let attempt = 1; attempt <= 4; attempt++) {
      const d = retryDelayMs(err, attempt, 100) as number;
      expect(d).toBeGreaterThanOrEqual(50 * 2 ** (attempt - 1));
      expect(d).toBeLessThanOrEqual(150 * 2 ** (attempt - 1));
    }
    expect(retryDelayMs(new RateLimitedError('http-429', 'x', 5000), 1, 100)).toBeGreaterThanOrEqual(5000);
    expect(retryDelayMs(new PermanentError('http-404', 'x'), 1)).toBeNull();
  });
});
