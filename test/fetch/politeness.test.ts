/** robots.txt (rules, Crawl-delay, cache per host) and per-host pacing. */
import { HostPacer } from '../../src/fetch/host-pacer';
import { RobotsCache } from '../../src/fetch/robots';
import { createFetchContext, fetchPage } from '../../src/pipeline/stages';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

describe('robots.txt', () => {
  it.each([
    [200, 'User-agent: *\nDisallow: /private/\n', 'https://x.org/private/a', false],
    [200, 'User-agent: *\nDisallow: /private/\n', 'https://x.org/news/a', true],
    [200, 'User-agent: casefile\nDisallow: /\n\nUser-agent: *\nAllow: /\n', 'https://x.org/news/a', false],
    [404, '', 'https://x.org/anything', true],
    [500, '', 'https://x.org/anything', false],
    [0, '', 'https://x.org/anything', false],
    [200, '', 'https://x.org/anything', true],
  ])('status %i, %j: %s allowed is %s', async (status, body, url, allowed) => {
    const cache = new RobotsCache(async () => {
      if (status === 0) throw new Error('unreachable');
      return { status, body };
    });
    expect(await cache.isAllowed(url)).toBe(allowed);
  });

  it('passes on a refused or unknown host instead of reading it as an unreachable robots.txt', async () => {
    for (const code of ['dns', 'private-address']) {
      const cache = new RobotsCache(async () => {
        throw Object.assign(new Error(code), { code });
      });
      await expect(cache.rulesFor('https://x.org/a')).rejects.toMatchObject({ code });
    }
  });

  it('reads Crawl-delay and sitemaps, and fetches robots.txt once per host', async () => {
    let fetches = 0;
    const cache = new RobotsCache(async () => {
      fetches++;
      return { status: 200, body: 'User-agent: *\nCrawl-delay: 2.5\nSitemap: https://x.org/s.xml\n' };
    });
    const [a, b] = await Promise.all([cache.rulesFor('https://x.org/a'), cache.rulesFor('https://x.org/b')]);
    await cache.rulesFor('https://x.org/c');
    expect(a.crawlDelayMs).toBe(2500);
    expect(b.sitemaps).toEqual(['https://x.org/s.xml']);
    expect(fetches).toBe(1);
    await cache.rulesFor('https://other.org/a');
    expect(fetches).toBe(2);
  });

  it('asks a failing robots.txt again sooner than a good one', async () => {
    let fetches = 0;
    const cache = new RobotsCache(
      async () => {
        fetches++;
        return fetches === 1 ? { status: 503, body: '' } : { status: 200, body: 'User-agent: *\nDisallow: /x/\n' };
      },
      { errorTtlMs: 30 },
    );
    expect(await cache.isAllowed('https://x.org/a')).toBe(false);
    expect(await cache.isAllowed('https://x.org/a')).toBe(false);
    expect(fetches).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(await cache.isAllowed('https://x.org/a')).toBe(true);
    expect(await cache.isAllowed('https://x.org/x/b')).toBe(false);
    expect(fetches).toBe(2);
  });
});

describe('pacing', () => {
  it('runs requests to one host one at a time, intervalMs apart, and other hosts in parallel', async () => {
    const pacer = new HostPacer();
    const starts: Record<string, number[]> = { a: [], b: [] };
    const t0 = Date.now();
    const job = (host: 'a' | 'b') => pacer.schedule(host, 100, async () => void starts[host].push(Date.now() - t0));
    await Promise.all([job('a'), job('a'), job('a'), job('b'), job('b')]);
    const gapsA = starts.a.slice(1).map((t, i) => t - starts.a[i]);
    expect(Math.min(...gapsA)).toBeGreaterThanOrEqual(95);
    expect(starts.b[0]).toBeLessThan(50);
  });

  describe('against the fixture site', () => {
    let site: FixtureSite | undefined;
    afterEach(async () => {
      await site?.close();
      site = undefined;
    });

    it('defaults to one request per second per host', async () => {
      site = await startFixtureSite();
      const ctx = createFetchContext({ log: () => undefined });
      await Promise.all(['/about/', '/news/?page=2', '/news/?page=3'].map((p) => fetchPage(site!.url + p, { ctx, allowPrivate: true })));
      await ctx.close();
      const times = site!.requests.filter((r) => r.path !== '/robots.txt').map((r) => r.atMs).sort((a, b) => a - b);
      expect(times).toHaveLength(3);
      expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
      expect(times[2] - times[1]).toBeGreaterThanOrEqual(950);
    }, 15_000);

    it('raises the pause to the Crawl-delay of robots.txt', async () => {
      site = await startFixtureSite({ crawlDelaySeconds: 0.4 });
      const ctx = createFetchContext({ perHostDelayMs: 10, log: () => undefined });
      await Promise.all(['/about/', '/news/?page=2'].map((p) => fetchPage(site!.url + p, { ctx, allowPrivate: true, perHostDelayMs: 10 })));
      await ctx.close();
      const times = site!.requests.filter((r) => r.path !== '/robots.txt').map((r) => r.atMs).sort((a, b) => a - b);
      expect(times[1] - times[0]).toBeGreaterThanOrEqual(380);
    });

    it('an unreadable robots.txt fails the page as retryable (tried again next run), not as disallowed', async () => {
      const { createServer } = await import('node:http');
      const server = createServer((req, res) => {
        res.writeHead(req.url === '/robots.txt' ? 503 : 200, { 'content-type': 'text/html' });
        res.end('<html><body><p>x</p></body></html>');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/news/a-story-page`;
      const ctx = createFetchContext({ perHostDelayMs: 0, log: () => undefined });
      const res = await fetchPage(url, { ctx, allowPrivate: true });
      await ctx.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      expect(res).toMatchObject({ kind: 'failed', reason: 'robots-unavailable' });
    });

    it('with politeness off, fetches without robots.txt or pauses', async () => {
      site = await startFixtureSite();
      const ctx = createFetchContext({ polite: false, log: () => undefined });
      const res = await fetchPage(`${site!.url}/private/internal-notes-on-sources.html`, { ctx, allowPrivate: true });
      await ctx.close();
      expect(res.kind).toBe('fetched');
      expect(site!.hits('/robots.txt')).toHaveLength(0);
    });
  });
});
