/**
 * The crawl stage functions, the same in embedded mode (crawl-runner.ts) and
 * on BullMQ (queues/): fetchPage -> FetchOutcome, discoverLinks -> links,
 * processArticle -> result object. State (robots, host pacing) is pluggable.
 */
import type { ResultObject } from '../contract';
import { CasefileError, PermanentError, RateLimitedError, RetryableError, errorMessage } from '../errors';
import { AddressRefusedError } from '../fetch/address-guard';
import { canonicalUrl, originOf } from '../fetch/canonical-url';
import { canonicalLinkOf, compileFilter, discoverInBytes, maybeGunzip, type DiscoveredLinks, type PageKind } from '../fetch/discover-links';
import { decodeBytes } from '../fetch/charset';
import { HostPacer, MemoryHostPaceState, type HostPaceState } from '../fetch/host-pacer';
import { HttpClient, TooLargeError, type HttpClientOptions } from '../fetch/http-client';
import { MemoryRobotsState, RobotsCache, type RobotsState } from '../fetch/robots';
import type { FetchedPage } from '../fetch/types';
import { settings } from '../settings';
import { SourceSchema, type Source } from '../sources/source-schema';
import { extractDocument, sha256Hex } from './extract-document';

export { canonicalUrl, SourceSchema };
export type { Source, FetchedPage, DiscoveredLinks, PageKind, HostPaceState, RobotsState };

export type SkipReason = 'robots' | 'unchanged' | 'duplicate' | 'type' | 'too-large' | 'excluded';

export type FetchOutcome =
  | { kind: 'fetched'; page: FetchedPage; attempts: number }
  | { kind: 'not-modified'; url: string; finalUrl: string; attempts: number }
  | { kind: 'skipped'; url: string; reason: SkipReason; detail: string; contentType?: string | null }
  | { kind: 'failed'; url: string; reason: string; error: CasefileError; attempts: number };

export interface FetchContextOptions extends HttpClientOptions {
  /** robots.txt cache state; in memory by default, Redis in the distributed mode */
  robotsState?: RobotsState;
  /** next-allowed-time per host; in memory by default, Redis in the distributed mode */
  paceState?: HostPaceState;
  /** false turns robots.txt and pacing off (benchmarks on our own fixture site only) */
  polite?: boolean;
  /** default pause between requests to one host */
  perHostDelayMs?: number;
  /** Crawl-delay values above this are capped: a site asking for an hour per page cannot stall a run */
  maxCrawlDelayMs?: number;
  /** one line per event worth a human's attention (refusals, retries) */
  log?: (line: string) => void;
}

/** What fetchPage needs that lives longer than one page: pools, robots cache, pacer. */
export interface FetchContext {
  http: HttpClient;
  robots: RobotsCache;
  pacer: HostPacer;
  polite: boolean;
  perHostDelayMs: number;
  maxCrawlDelayMs: number;
  log: (line: string) => void;
  /** origins whose robots.txt may be fetched from a private address (set by the page that needed it) */
  privateOrigins: Map<string, boolean>;
  close(): Promise<void>;
}

export function createFetchContext(opts: FetchContextOptions = {}): FetchContext {
  const http = new HttpClient(opts);
  const polite = opts.polite ?? true;
  const pacer = new HostPacer({ state: opts.paceState ?? new MemoryHostPaceState(), perHostConcurrency: polite ? 1 : Infinity });
  const ctx: FetchContext = {
    http,
    pacer,
    polite,
    perHostDelayMs: opts.perHostDelayMs ?? settings.perHostDelayMs,
    maxCrawlDelayMs: opts.maxCrawlDelayMs ?? 30_000,
    log: opts.log ?? ((line) => process.stderr.write(line + '\n')),
    robots: undefined as unknown as RobotsCache,
    privateOrigins: new Map(),
    close: () => http.close(),
  };
  // robots.txt itself is fetched politely but never checked against robots.txt.
  ctx.robots = new RobotsCache(
    async (robotsUrl) => {
      const allowPrivate = ctx.privateOrigins.get(originOf(robotsUrl)) ?? false;
      try {
        const res = await http.get(robotsUrl, {
          allowPrivate,
          accept: 'text/plain,*/*;q=0.5',
          maxBodyBytes: 512 * 1024,
          runHop: (u, fn) => pacer.schedule(originOf(u), polite ? ctx.perHostDelayMs : 0, fn),
        });
        return { status: res.status, body: res.bytes ? decodeBytes(res.bytes, { contentType: res.headers['content-type'] }).text : '' };
      } catch (err) {
        if (err instanceof PermanentError && /^http-4\d\d$/.test(err.code)) return { status: Number(err.code.slice(5)), body: '' };
        throw err;
      }
    },
    { state: opts.robotsState ?? new MemoryRobotsState(), userAgentToken: 'casefile' },
  );
  return ctx;
}

export interface FetchPageOptions {
  ctx: FetchContext;
  allowPrivate?: boolean;
  /** validators stored from the last fetch, for a conditional GET */
  etag?: string | null;
  lastModified?: string | null;
  /** source's per-host delay; robots Crawl-delay raises it */
  perHostDelayMs?: number;
  maxBodyBytes?: number;
  /** 1 = one attempt (the queue retries); the embedded runner asks for settings.maxAttempts */
  maxAttempts?: number;
  retryBaseDelayMs?: number;
  /** a Retry-After longer than this fails the page instead of waiting */
  maxRetryAfterMs?: number;
}

/** Content types worth reading: HTML and the XML of feeds and sitemaps (and gzipped sitemaps). */
export function isCrawlableType(contentType: string | null, url: string): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type.endsWith('/xml') || type.endsWith('+xml')) return true;
  if (type === 'application/gzip' || type === 'application/x-gzip') return true;
  if (type === 'application/octet-stream' && /\.xml\.gz$|\.gz$/i.test(new URL(url).pathname)) return true;
  return false;
}

class RobotsDisallowedError extends PermanentError {
  constructor(url: string) {
    super('robots', `${url} is disallowed by robots.txt`);
  }
}

/** One page: robots and the address guard at every hop, pacing per host, retries by error class. */
export async function fetchPage(url: string, opts: FetchPageOptions): Promise<FetchOutcome> {
  const { ctx } = opts;
  const allowPrivate = opts.allowPrivate ?? false;
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 1);
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      const res = await ctx.http.get(url, {
        allowPrivate,
        etag: opts.etag,
        lastModified: opts.lastModified,
        maxBodyBytes: opts.maxBodyBytes,
        wantsBody: isCrawlableType,
        beforeHop: async (hopUrl) => {
          if (!ctx.polite) return;
          ctx.privateOrigins.set(originOf(hopUrl), allowPrivate);
          const rules = await ctx.robots.rulesFor(hopUrl);
          // An unreadable robots.txt forbids crawling for now, but the page is not "disallowed": retry later.
          if (rules.unavailable) throw new RetryableError('robots-unavailable', `${originOf(hopUrl)}/robots.txt cannot be read; not crawling the site for now`);
          if (!rules.isAllowed(hopUrl)) throw new RobotsDisallowedError(hopUrl);
        },
        runHop: async (hopUrl, fn) => {
          if (!ctx.polite) return fn();
          const rules = await ctx.robots.rulesFor(hopUrl);
          const delay = Math.max(opts.perHostDelayMs ?? ctx.perHostDelayMs, Math.min(rules.crawlDelayMs ?? 0, ctx.maxCrawlDelayMs));
          return ctx.pacer.schedule(originOf(hopUrl), delay, fn);
        },
      });
      if (res.status === 304) return { kind: 'not-modified', url, finalUrl: res.finalUrl, attempts: attempt };
      const contentType = res.headers['content-type'] ?? null;
      if (res.bytes === null) {
        return { kind: 'skipped', url, reason: 'type', detail: `${res.finalUrl} is ${contentType ?? 'of unknown type'}, not HTML`, contentType };
      }
      const charset = contentType ? (/charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null) : null;
      return {
        kind: 'fetched',
        attempts: attempt,
        page: { url, finalUrl: res.finalUrl, status: res.status, headers: res.headers, bytes: res.bytes, charset, fetchedAt: new Date().toISOString() },
      };
    } catch (err) {
      if (err instanceof RobotsDisallowedError) return { kind: 'skipped', url, reason: 'robots', detail: err.message };
      if (err instanceof TooLargeError) return { kind: 'skipped', url, reason: 'too-large', detail: err.message };
      const error = err instanceof CasefileError ? err : new RetryableError('internal', errorMessage(err), { cause: err });
      if (error instanceof AddressRefusedError) ctx.log(`casefile crawl: refused ${url}: ${error.message}`);
      const delayMs = nextAttemptDelayMs(error, attempt, { ...opts, maxAttempts });
      if (delayMs === null) return { kind: 'failed', url, reason: error.code, error, attempts: attempt };
      ctx.log(retryLogLine(error, attempt, maxAttempts, delayMs));
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}

/**
 * After failed attempt number `attempt`: the delay before the next one, or null when the page
 * fails for good (no attempts left, an error that will not go away, a Retry-After beyond maxRetryAfterMs).
 */
export function nextAttemptDelayMs(
  error: CasefileError,
  attempt: number,
  opts: Pick<FetchPageOptions, 'maxAttempts' | 'retryBaseDelayMs' | 'maxRetryAfterMs'>,
): number | null {
  const delayMs = retryDelayMs(error, attempt, opts.retryBaseDelayMs);
  const tooLong = error instanceof RateLimitedError && error.delayMs > (opts.maxRetryAfterMs ?? 120_000);
  if (attempt >= Math.max(1, opts.maxAttempts ?? 1) || delayMs === null || tooLong) return null;
  return delayMs;
}

export function retryLogLine(error: CasefileError, attempt: number, maxAttempts: number, delayMs: number): string {
  return `casefile crawl: ${error.message}; retry ${attempt}/${maxAttempts - 1} in ${delayMs} ms`;
}

/**
 * Delay before the next attempt, or null when the error will not go away.
 * Exponential backoff with full-range jitter (0.5x..1.5x), at least Retry-After.
 */
export function retryDelayMs(error: CasefileError, attempt: number, baseDelayMs = 1000, maxDelayMs = 60_000): number | null {
  if (!(error instanceof RetryableError)) return null;
  const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random());
  const floor = error instanceof RateLimitedError ? error.delayMs : 0;
  return Math.round(Math.max(backoff, floor));
}

/** Links of a listing page, feed or sitemap, filtered by the source's patterns. */
export function discoverLinks(page: FetchedPage, source: Pick<Source, 'include' | 'exclude'>): DiscoveredLinks {
  return discoverInBytes(page.bytes, page.headers['content-type'] ?? null, page.finalUrl, compileFilter(source), settings.maxBodyBytes);
}

/** The kind of a fetched page, for seeds whose kind is unknown. */
export function pageKind(page: FetchedPage): PageKind {
  return discoverLinks(page, { include: [], exclude: [] }).kind;
}

/** The canonical URL of a fetched page: its <link rel=canonical> on the same site, else its final URL. */
export function pageCanonicalUrl(page: FetchedPage): string {
  const fallback = canonicalUrl(page.finalUrl) ?? page.finalUrl;
  const bytes = maybeGunzip(page.bytes, settings.maxBodyBytes);
  const { text } = decodeBytes(bytes.subarray(0, 200_000), { contentType: page.headers['content-type'] ?? null });
  return canonicalLinkOf(text, fallback) ?? fallback;
}

export function contentHash(page: FetchedPage): string {
  return sha256Hex(page.bytes);
}

/** clean -> extract -> records for one article page; source.url is the canonical URL. */
export function processArticle(page: FetchedPage, source?: Pick<Source, 'id'> | null, url: string = pageCanonicalUrl(page)): ResultObject {
  void source;
  return extractDocument({ input: page.url, url, bytes: page.bytes, contentType: page.headers['content-type'] ?? null });
}

/** Validates a source given as plain data (a job payload). */
export function parseSource(data: unknown): Source {
  return SourceSchema.parse(data);
}
