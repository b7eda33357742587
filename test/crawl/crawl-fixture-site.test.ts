/**
 * End to end: the embedded crawler on the local fixture site, checking each
 * behaviour of the issue (robots, pacing, retries, limits, discovery, dedupe,
 * charset, conditional GET, records in the store).
 */
import { closeSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResultObject } from '../../src/contract';
import { runCrawl } from '../../src/pipeline/crawl-runner';
import { openOutFile } from '../../src/pipeline/out-file';
import type { CrawlSummary } from '../../src/pipeline/crawl-summary';
import { createFetchContext, type FetchContext } from '../../src/pipeline/stages';
import { SourceSchema } from '../../src/sources/source-schema';
import { SqliteCrawlState } from '../../src/store/crawl-state';
import { openStore } from '../../src/store/index';
import type { ReviewStore } from '../../src/store/types';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

const ARTICLES = [
  '/news/2024/03/blogger-sentenced-to-three-years.html',
  '/news/2024/03/activist-fined-over-single-picket.html',
  '/reports/lawyer-disbarred-after-defending-protesters',
  '/reports/journalist-detained-for-fifteen-days',
  '/en/press-releases/court-upholds-sentence-of-human-rights-defender',
  '/en/press-releases/trade-union-leader-given-suspended-sentence',
  '/ru/novosti/sud-oshtrafoval-zhurnalista.html',
  '/ru/novosti/aktivista-arestovali-na-desyat-sutok.html',
  '/ru/novosti/pravozashchitnicu-prigovorili-k-shtrafu.html',
  '/news/2024/04/poet-placed-under-house-arrest.html',
  '/news/2024/05/teacher-sentenced-for-social-media-posts.html',
  '/flaky/detention-extended-for-student-activist',
  '/limited/protester-given-ten-days-detention',
];

describe('casefile crawl on the fixture site', () => {
  let site: FixtureSite;
  let dir: string;
  let store: ReviewStore;
  let state: SqliteCrawlState;
  let ctx: FetchContext;
  let summary: CrawlSummary;
  let results: ResultObject[];
  const logs: string[] = [];

  const source = () =>
    SourceSchema.parse({
      id: 'fixture',
      name: 'Fixture site',
      country: 'KZ',
      seeds: [`${site.url}/`, `${site.url}/lab/`],
      allowPrivate: true,
      perHostDelayMs: 20,
    });

  beforeAll(async () => {
    site = await startFixtureSite({ slowPageDelayMs: 3000, retryAfterSeconds: 1 });
    dir = mkdtempSync(path.join(tmpdir(), 'casefile-crawl-'));
    store = await openStore(path.join(dir, 'casefile.db'));
    if (store.backend.kind !== 'sqlite') throw new Error('expected SQLite');
    state = new SqliteCrawlState(store.backend.db);
    ctx = createFetchContext({ headersTimeoutMs: 400, bodyTimeoutMs: 2000, log: (l) => logs.push(l) });
    const out = path.join(dir, 'out.jsonl');
    const outFile = openOutFile(out, false);
    summary = await runCrawl({ sources: [source()], state, ctx, store, out: outFile, concurrency: 4, maxAttempts: 3, retryBaseDelayMs: 20, log: (l) => logs.push(l) });
    closeSync(outFile.fd);
    results = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }, 60_000);

  afterAll(async () => {
    await ctx?.close();
    await store?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const urlOf = (p: string) => `${site.url}${p.endsWith('.html') || p.includes('.') ? p : p}`;

  it('extracts every article exactly once, under its canonical URL', () => {
    const urls = results.map((r) => r.source.url).sort();
    expect(urls).toEqual(ARTICLES.map(urlOf).sort());
    expect(summary.articles).toBe(ARTICLES.length);
    expect(summary.interrupted).toBe(false);
  });

  it('drops tracking parameters and fragments, and skips copies by canonical link and by content hash', () => {
    expect(results.every((r) => r.source.url && !/utm_|#/.test(r.source.url))).toBe(true);
    expect(site.hits('/amp/activist-fined-over-single-picket.amp.html')).toHaveLength(1);
    expect(site.hits('/mirror/blogger-sentenced-copy')).toHaveLength(1);
    expect(summary.skipped.duplicate).toBeGreaterThanOrEqual(3); // amp (canonical), mirror (hash), old redirect
  });

  it('obeys robots.txt: the disallowed page is never requested, also not through a redirect', () => {
    expect(site.requests.filter((r) => r.path.startsWith('/private/'))).toHaveLength(0);
    expect(site.hits('/lab/redirect-to-robots-disallowed-page')).toHaveLength(1);
    expect(summary.skipped.robots).toBe(2);
    expect(site.hits('/robots.txt')).toHaveLength(1);
  });

  it('records the PDF as skipped by type and stops the 50 MB body at the limit', () => {
    expect(summary.skipped.type).toBe(1);
    expect(summary.skipped['too-large']).toBe(1);
    const huge = site.hits('/lab/fifty-megabyte-page-body');
    expect(huge).toHaveLength(1);
    expect(huge[0].bytesSent).toBeLessThan(30 * 1024 * 1024);
  });

  it('fails the slow page on the timeout, the redirect loop, a 404 and the metadata redirect, each once', () => {
    expect(summary.failed.timeout).toBe(1);
    expect(site.hits('/lab/slow-page-that-never-answers-in-time')).toHaveLength(3);
    expect(summary.failed['redirect-loop']).toBe(1);
    expect(summary.failed['http-404']).toBe(1);
    expect(site.hits('/lab/missing-page-returns-not-found')).toHaveLength(1);
    expect(summary.failed['private-address']).toBe(1);
    expect(logs.some((l) => /refused .*169\.254\.169\.254/.test(l))).toBe(true);
  });

  it('retries a page that fails twice, and waits out Retry-After on a 429', () => {
    expect(site.hits('/flaky/detention-extended-for-student-activist').map((r) => r.status)).toEqual([503, 503, 200]);
    const limited = site.hits('/limited/protester-given-ten-days-detention');
    expect(limited.map((r) => r.status)).toEqual([429, 200]);
    expect(limited[1].atMs - limited[0].atMs).toBeGreaterThanOrEqual(950);
  });

  it('discovers articles through pagination, RSS, Atom (rel=alternate) and the gzipped sitemap named in robots.txt', () => {
    for (const p of ['/news/?page=2', '/news/?page=3', '/news/?page=4', '/feed.xml', '/atom.xml', '/sitemap-index.xml', '/sitemap-articles.xml.gz']) {
      expect(site.hits(p).length).toBeGreaterThanOrEqual(1);
    }
    // Only in the feed and only in the sitemap:
    expect(results.some((r) => r.source.url?.endsWith('poet-placed-under-house-arrest.html'))).toBe(true);
    expect(results.some((r) => r.source.url?.endsWith('teacher-sentenced-for-social-media-posts.html'))).toBe(true);
  });

  it('decodes windows-1251 (header), koi8-r (meta) and UTF-16 (BOM) pages, and gzip, br and deflate bodies', () => {
    const text = (slug: string) => results.find((r) => r.source.url?.includes(slug))?.document.text ?? '';
    expect(text('sud-oshtrafoval')).toContain('оштрафовал журналиста Андрея Соколова');
    expect(text('aktivista-arestovali')).toContain('арестовал активиста Дмитрия Волкова на десять суток');
    expect(text('pravozashchitnicu')).toContain('приговорил правозащитницу Елену Морозову');
    for (const r of results) expect(r.document.text).not.toMatch(/\uFFFD|Ð|Ñ/);
    const encodings = new Set(site.requests.map((r) => r.encoding).filter(Boolean));
    expect([...encodings].sort()).toEqual(['br', 'deflate', 'gzip']);
    for (const r of results) expect(r.document.text.length).toBeGreaterThan(100);
  });

  it('sends the user agent with its contact URL and paces requests to the host', () => {
    expect(site.requests.every((r) => /casefile\/.*\+https?:\/\//.test(r.userAgent))).toBe(true);
    const times = site.requests.map((r) => r.atMs).sort((a, b) => a - b);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    const close = gaps.map((g, i) => [g, site.requests.slice().sort((a, b) => a.atMs - b.atMs)[i + 1].path]).filter(([g]) => (g as number) < 15);
    expect(close).toEqual([]);
  });

  it('puts each result\'s records into the review store as pending, with the source id and country', async () => {
    const expected = results.reduce((n, r) => n + r.records.length, 0);
    const stored = await store.listRecords({});
    expect(stored.length).toBe(summary.recordsCreated);
    expect(new Set(stored.map((s) => s.record.id))).toEqual(new Set(results.flatMap((r) => r.records.map((x) => x.id))));
    expect(stored.length).toBe(new Set(results.flatMap((r) => r.records.map((x) => x.id))).size);
    expect(expected).toBeGreaterThan(0);
    expect(stored.every((s) => s.status === 'pending' && s.sourceId === 'fixture' && s.country === 'KZ')).toBe(true);
  });

  it('a second run uses conditional GET: nothing re-extracted, seeds answered 304', async () => {
    const before = site.requests.length;
    const second = await runCrawl({ sources: [source()], state, ctx, store, out: null, concurrency: 4, maxAttempts: 1, log: (l) => logs.push(l) });
    const again = site.requests.slice(before);
    expect(second.resumed).toBe(false);
    expect(second.articles).toBe(0);
    expect(second.recordsCreated).toBe(0);
    expect(second.skipped.unchanged).toBeGreaterThanOrEqual(2);
    const home = again.find((r) => r.path === '/');
    expect(home?.ifNoneMatch).toMatch(/^"/);
    expect(home?.status).toBe(304);
    // no article page is fetched again
    expect(again.filter((r) => ARTICLES.includes(r.path))).toHaveLength(0);
  }, 30_000);
});
