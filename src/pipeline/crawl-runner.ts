/**
 * The embedded crawler: one process, no services. Claims frontier items from
 * the crawl state, runs them through the stage functions under a global
 * concurrency limit, and saves records to the review store. Stopping (signal)
 * leaves a resumable run.
 *
 * Scheduling is host-aware: claimed pages wait in one lane per host, and a
 * slot is given only to a page whose host may be asked now (nothing in
 * flight there, its delay over, its retry due). A slot never sleeps on one
 * host's delay while another host's page is ready; when no held page is
 * ready, the frontier is asked for the oldest pages of the other hosts. The pacer inside
 * fetchPage still enforces the delay, so politeness does not depend on this.
 */
import { RateLimitedError, errorMessage } from '../errors';
import { originOf } from '../fetch/canonical-url';
import { compileFilter, isArticleUrl, isExcluded, noArticlesWarning, type LinkFilter } from '../fetch/discover-links';
import type { FetchedPage } from '../fetch/types';
import { settings } from '../settings';
import type { Source } from '../sources/source-schema';
import type { CrawlStateStore, FrontierItem, FrontierKind } from '../store/crawl-state';
import type { ReviewStore } from '../store/types';
import type { ProgressReporter } from './crawl-progress';
import { bump, emptySummary, type CrawlSummary } from './crawl-summary';
import { cleanInput, extractCleaned } from './extract-document';
import { writeResultLine, type OutFile } from './out-file';
import { canonicalUrl, contentHash, discoverLinks, fetchPage, nextAttemptDelayMs, pageCanonicalUrl, retryLogLine, type FetchContext } from './stages';

export interface CrawlOptions {
  sources: Source[];
  state: CrawlStateStore;
  ctx: FetchContext;
  /** null: extract without saving (tests of the fetch side only) */
  store: ReviewStore | null;
  /** pages fetched at once over all hosts */
  concurrency?: number;
  /** pages per run over all sources (--max-pages); a source's maxPages also applies */
  maxPages?: number;
  /** --allow-private: every source may reach private addresses */
  allowPrivate?: boolean;
  /** --out: JSON Lines of result objects */
  out?: OutFile | null;
  maxAttempts?: number;
  retryBaseDelayMs?: number;
  maxRetryAfterMs?: number;
  /** listing pages followed per seed through pagination */
  maxListingPages?: number;
  signal?: AbortSignal;
  progress?: ProgressReporter;
  log?: (line: string) => void;
}

interface SourceRuntime {
  source: Source;
  filter: LinkFilter;
  pages: number;
}

/** A claimed page waiting for its host. */
interface Held {
  item: FrontierItem;
  origin: string;
  attempt: number;
  /** a retry waits until then (epoch ms) */
  notBefore: number;
  /** claim order: among ready hosts, the page held longest goes first */
  order: number;
}

interface Lane {
  held: Held[];
  /** fetches (or a robots.txt read) under way to this host */
  inFlight: number;
}

export async function runCrawl(opts: CrawlOptions): Promise<CrawlSummary> {
  const started = Date.now();
  const { state, ctx } = opts;
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const run = await state.beginRun();
  const summary = emptySummary(run.runId, run.resumed);
  if (run.resumed) log(`casefile crawl: resuming run ${run.runId}`);

  const sources = new Map<string, SourceRuntime>();
  for (const source of opts.sources) {
    sources.set(source.id, { source, filter: compileFilter(source), pages: 0 });
    for (const seed of source.seeds) {
      const url = canonicalUrl(seed);
      if (url) await state.addSeed(run.runId, { url, fetchUrl: seed, sourceId: source.id });
    }
  }

  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const maxAttempts = opts.maxAttempts ?? settings.maxAttempts;
  /** claimed and not finished: put back to queued if the crawl stops */
  const active = new Set<string>();
  let totalPages = 0;
  let queuedEstimate = (await state.counts(run.runId)).queued;

  /** Runs one attempt at a page; a retryable failure puts it back in its lane. */
  const handle = async (held: Held, fetchOver: () => void): Promise<void> => {
    const { item } = held;
    let retry = false;
    try {
      retry = await processItem(held, fetchOver);
    } catch (err) {
      // A bug or a store failure on one page must not stop the crawl.
      bump(summary.failed, 'internal');
      await state.finish(item.url, 'failed', 'internal').catch(() => undefined);
      log(`casefile crawl: ${item.fetchUrl}: ${errorMessage(err)}`);
    } finally {
      fetchOver();
      if (!retry) active.delete(item.url);
      opts.progress?.update(summary, queuedEstimate + active.size);
    }
  };

  /** Returns true when the page is to be tried again (it was put back in its lane). */
  const processItem = async (held: Held, fetchOver: () => void): Promise<boolean> => {
    const { item } = held;
    const rt = sources.get(item.sourceId);
    if (!rt) {
      // Left in the frontier by a source no longer configured.
      await state.finish(item.url, 'skipped', 'unknown-source');
      return false;
    }
    if (isExcluded(item.url, rt.filter)) {
      bump(summary.skipped, 'excluded');
      await state.finish(item.url, 'skipped', 'excluded');
      return false;
    }
    if (held.attempt === 1) {
      const sourceBudget = rt.source.maxPages ?? Infinity;
      const runBudget = opts.maxPages ?? Infinity;
      if (rt.pages >= sourceBudget || totalPages >= runBudget) {
        await state.finish(item.url, 'deferred', 'max-pages');
        bump(summary.skipped, 'max-pages');
        return false;
      }
      rt.pages++;
      totalPages++;
    }
    const validators = await state.validators(item.url);
    const t0 = performance.now();
    // One attempt per turn: a page waiting to be retried holds no slot.
    const outcome = await fetchPage(item.fetchUrl, {
      ctx,
      allowPrivate: Boolean(opts.allowPrivate || rt.source.allowPrivate),
      etag: validators?.etag,
      lastModified: validators?.lastModified,
      perHostDelayMs: rt.source.perHostDelayMs,
      maxAttempts: 1,
    });
    summary.timingsMs.fetch += performance.now() - t0;
    fetchOver();
    switch (outcome.kind) {
      case 'not-modified':
        bump(summary.skipped, 'unchanged');
        await state.finish(item.url, 'skipped', 'unchanged');
        return false;
      case 'skipped':
        bump(summary.skipped, outcome.reason);
        await state.finish(item.url, 'skipped', outcome.reason);
        if (outcome.reason !== 'robots') log(`casefile crawl: skipped: ${outcome.detail}`);
        return false;
      case 'failed': {
        // A page to retry goes back to its lane (and, if the crawl stops, back to the frontier).
        const delayMs = nextAttemptDelayMs(outcome.error, held.attempt, { maxAttempts, retryBaseDelayMs: opts.retryBaseDelayMs, maxRetryAfterMs: opts.maxRetryAfterMs });
        if (delayMs !== null) {
          log(retryLogLine(outcome.error, held.attempt, maxAttempts, delayMs));
          // The server asked the whole host to wait, not just this page.
          if (outcome.error instanceof RateLimitedError && ctx.polite) await ctx.pacer.pushBack(held.origin, Date.now() + outcome.error.delayMs);
          hold({ ...held, attempt: held.attempt + 1, notBefore: Date.now() + delayMs });
          return true;
        }
        bump(summary.failed, outcome.reason);
        await state.finish(item.url, 'failed', outcome.reason);
        if (outcome.reason !== 'private-address') log(`casefile crawl: failed: ${outcome.error.message}`);
        return false;
      }
    }
    summary.fetched++;
    const page = outcome.page;
    const newValidators = { etag: page.headers.etag ?? null, lastModified: page.headers['last-modified'] ?? null, contentHash: contentHash(page) };
    let kind: FrontierKind = item.kind;
    const td = performance.now();
    const links = item.kind === 'article' ? null : discoverLinks(page, rt.source);
    summary.timingsMs.discover += performance.now() - td;
    if (kind === 'seed' && links) {
      // A seed's kind shows in its content: feed, sitemap, or an HTML listing or article.
      if (links.kind === 'html') kind = isArticleUrl(item.url, rt.filter) ? 'article' : 'listing';
      else kind = links.kind === 'feed' ? 'feed' : links.kind === 'other' ? 'article' : 'sitemap';
    }
    if (kind === 'listing' && links?.kind === 'html' && links.articleUrls.length === 0) log(noArticlesWarning(page.finalUrl, links.includeHint));
    if (kind === 'article' || !links) {
      await processArticlePage(item, rt, page, newValidators);
      return false;
    }
    const found: FrontierItem[] = [];
    for (const url of links.articleUrls) found.push({ url, fetchUrl: url, sourceId: item.sourceId, kind: 'article', depth: 0 });
    for (const url of links.feedUrls) found.push({ url, fetchUrl: url, sourceId: item.sourceId, kind: 'feed', depth: 0 });
    for (const url of links.sitemapUrls) found.push({ url, fetchUrl: url, sourceId: item.sourceId, kind: 'sitemap', depth: 0 });
    // A site's front page also leads to the sitemaps its robots.txt names.
    if (item.kind === 'seed' && ctx.polite && new URL(page.finalUrl).pathname === '/') {
      for (const url of (await ctx.robots.rulesFor(page.finalUrl)).sitemaps) {
        const c = canonicalUrl(url, page.finalUrl);
        if (c) found.push({ url: c, fetchUrl: c, sourceId: item.sourceId, kind: 'sitemap', depth: 0 });
      }
    }
    const maxListing = rt.source.maxListingPages ?? opts.maxListingPages ?? 50;
    if (item.depth + 1 < maxListing) {
      for (const url of links.listingUrls) found.push({ url, fetchUrl: url, sourceId: item.sourceId, kind: 'listing', depth: item.depth + 1 });
    }
    queuedEstimate += await state.addMany(summary.runId, found.filter((f) => !isExcluded(f.url, rt.filter)));
    await state.setValidators(item.url, newValidators);
    await state.finish(item.url, 'done');
    return false;
  };

  const processArticlePage = async (item: FrontierItem, rt: SourceRuntime, page: FetchedPage, validators: { etag: string | null; lastModified: string | null; contentHash: string }) => {
    const hash = validators.contentHash;
    const td = performance.now();
    const canonical = pageCanonicalUrl(page);
    summary.timingsMs.discover += performance.now() - td;
    if (canonical !== item.url) {
      // The page names another URL as its own: that one is processed (fetched now if never seen), this one not.
      if (await state.add(summary.runId, { url: canonical, fetchUrl: canonical, sourceId: item.sourceId, kind: 'article', depth: 0 })) queuedEstimate++;
      bump(summary.skipped, 'duplicate');
      await state.setValidators(item.url, validators);
      await state.finish(item.url, 'skipped', 'duplicate');
      return;
    }
    if (await state.contentOwner(hash)) {
      bump(summary.skipped, 'duplicate');
      await state.setValidators(item.url, validators);
      await state.finish(item.url, 'skipped', 'duplicate');
      return;
    }
    let t = performance.now();
    const cleaned = cleanInput({ input: page.url, url: canonical, bytes: page.bytes, contentType: page.headers['content-type'] ?? null });
    summary.timingsMs.clean += performance.now() - t;
    t = performance.now();
    const result = extractCleaned(cleaned);
    summary.timingsMs.extract += performance.now() - t;
    summary.articles++;
    if (opts.store) {
      t = performance.now();
      const saved = await opts.store.saveExtraction(
        {
          sha256: result.source.sha256,
          url: result.source.url,
          title: result.document.title,
          published: result.document.published,
          text: result.document.text,
          fetchedAt: page.fetchedAt,
          entities: result.entities,
        },
        result.records,
        { sourceId: rt.source.id, country: rt.source.country },
      );
      summary.timingsMs.store += performance.now() - t;
      summary.recordsCreated += saved.inserted;
      summary.recordsExisting += saved.existing;
    }
    // Written before the page is marked done: a kill in between rewrites nothing (the file knows its hashes).
    if (opts.out) writeResultLine(opts.out, hash, JSON.stringify(result));
    await state.completeArticle(item, hash, result.records.length, validators);
  };

  const stopped = () => opts.signal?.aborted === true;
  const lanes = new Map<string, Lane>();
  let heldCount = 0;
  let running = 0;
  let claimOrder = 0;
  /** the last claim found nothing for hosts not held; reset when the frontier or the held set changes */
  let frontierDry = false;
  let timer: NodeJS.Timeout | null = null;
  let pumpError: unknown = null;
  const halted = () => stopped() || pumpError !== null;

  const laneOf = (origin: string): Lane => {
    let lane = lanes.get(origin);
    if (!lane) {
      lane = { held: [], inFlight: 0 };
      lanes.set(origin, lane);
    }
    return lane;
  };
  const hold = (held: Held) => {
    laneOf(held.origin).held.push(held);
    heldCount++;
  };
  const originFor = (item: FrontierItem): string => {
    try {
      return originOf(item.fetchUrl);
    } catch {
      return ''; // not a URL: fetchPage fails it at once
    }
  };
  /** When a held page of the lane may go (epoch ms); polite hosts wait for the pacer, one request at a time. */
  const laneReadyAt = (origin: string, lane: Lane): number => {
    let due = Infinity;
    for (const h of lane.held) due = Math.min(due, h.notBefore);
    if (!ctx.polite || origin === '') return due;
    if (lane.inFlight > 0) return Infinity;
    return Math.max(due, ctx.pacer.readyAt(origin));
  };

  const start = (origin: string, lane: Lane, run: (fetchOver: () => void) => Promise<void>) => {
    running++;
    lane.inFlight++;
    let over = false;
    const fetchOver = () => {
      if (over) return;
      over = true;
      lane.inFlight--;
      // The host's next turn is known now: rearm the timer.
      void pump();
    };
    void run(fetchOver).finally(() => {
      fetchOver();
      running--;
      // A page still being extracted may hold a retry in a newer lane of its host: delete only this one.
      if (lane.inFlight === 0 && lane.held.length === 0 && lanes.get(origin) === lane) lanes.delete(origin);
      frontierDry = false;
      void pump();
    });
  };

  /** Reads robots.txt in a slot of its own when a host's rules are not at hand (once a minute at most per host). */
  const robotsTriedAt = new Map<string, number>();
  const needsRobots = (origin: string, item: FrontierItem): boolean => {
    if (!ctx.polite || origin === '' || ctx.robots.isCached(item.fetchUrl)) return false;
    const tried = robotsTriedAt.get(origin);
    return tried === undefined || Date.now() - tried > 60_000;
  };

  /** Gives free slots to held pages whose host may be asked now, the page held longest first. */
  const dispatchReady = () => {
    while (running < concurrency && !halted()) {
      const now = Date.now();
      let best: { origin: string; lane: Lane; index: number } | null = null;
      for (const [origin, lane] of lanes) {
        if (lane.held.length === 0 || laneReadyAt(origin, lane) > now) continue;
        for (let k = 0; k < lane.held.length; k++) {
          const h = lane.held[k];
          if (h.notBefore <= now && (!best || h.order < best.lane.held[best.index].order)) best = { origin, lane, index: k };
        }
      }
      if (!best) return;
      const { origin, lane } = best;
      const first = lane.held[best.index];
      const rt = sources.get(first.item.sourceId);
      if (rt && needsRobots(origin, first.item)) {
        // The page stays held: after robots.txt it waits for the host's next turn in its lane, not in a slot.
        robotsTriedAt.set(origin, now);
        start(origin, lane, async () => {
          ctx.privateOrigins.set(origin, Boolean(opts.allowPrivate || rt.source.allowPrivate));
          // A robots.txt that cannot be had (refused address, unknown host) is reported by fetchPage for the page.
          await ctx.robots.rulesFor(first.item.fetchUrl).catch(() => undefined);
        });
        continue;
      }
      lane.held.splice(best.index, 1);
      heldCount--;
      if (lane.held.length === 0) frontierDry = false;
      start(origin, lane, (fetchOver) => handle(first, fetchOver));
    }
  };

  const armTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (halted() || running >= concurrency) return; // a finishing page pumps again
    let next = Infinity;
    for (const [origin, lane] of lanes) if (lane.held.length > 0) next = Math.min(next, laneReadyAt(origin, lane));
    if (next < Infinity) timer = setTimeout(() => void pump(), Math.max(0, next - Date.now()));
  };

  let pumping: Promise<void> | null = null;
  let pumpAgain = false;
  let finished: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (finished = resolve));

  const pumpOnce = async () => {
    dispatchReady();
    while (!halted() && running < concurrency && !frontierDry) {
      // Pages of hosts held already would only wait: ask the frontier for the other hosts.
      const except = [...lanes].filter(([origin, lane]) => origin !== '' && lane.held.length > 0).map(([origin]) => origin);
      const claimed = await state.claim(run.runId, concurrency - running, except);
      if (claimed.length === 0) frontierDry = true;
      queuedEstimate = Math.max(0, queuedEstimate - claimed.length);
      for (const item of claimed) {
        active.add(item.url);
        hold({ item, origin: originFor(item), attempt: 1, notBefore: 0, order: claimOrder++ });
      }
      dispatchReady();
    }
    armTimer();
    if (running === 0 && (halted() || (heldCount === 0 && frontierDry))) finished();
  };
  /** One pump at a time (claims are async); a call while one runs makes it go round once more. */
  const pump = (): Promise<void> => {
    if (pumping) {
      pumpAgain = true;
      return pumping;
    }
    pumping = (async () => {
      try {
        do {
          pumpAgain = false;
          await pumpOnce();
        } while (pumpAgain);
      } catch (err) {
        // The crawl state failed (database gone): stop taking pages, let those in flight end, then report it.
        pumpError ??= err;
        if (running === 0) finished();
      } finally {
        pumping = null;
      }
    })();
    return pumping;
  };

  const onAbort = () => void pump();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await pump();
    await allDone;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    if (timer) clearTimeout(timer);
  }
  if (halted()) {
    summary.interrupted = true;
    // Pages in flight have finished (they are bounded by the HTTP timeouts); the ones held go back.
    await state.release([...active]);
    if (pumpError !== null) throw pumpError;
  } else {
    await state.finishRun(run.runId);
  }
  opts.progress?.done();
  summary.elapsedMs = Date.now() - started;
  return summary;
}
