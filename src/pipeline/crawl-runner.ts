/**
 * The embedded crawler: one process, no services. Claims frontier items from
 * the crawl state, runs them through the stage functions under a global
 * concurrency limit (per-host pacing happens inside fetchPage), and saves
 * records to the review store. Stopping (signal) leaves a resumable run.
 */
import PQueue from 'p-queue';
import { errorMessage } from '../errors';
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
import { canonicalUrl, contentHash, discoverLinks, fetchPage, pageCanonicalUrl, type FetchContext } from './stages';

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

  const concurrency = opts.concurrency ?? 4;
  const queue = new PQueue({ concurrency });
  const active = new Set<string>();
  let totalPages = 0;
  let queuedEstimate = (await state.counts(run.runId)).queued;

  const handle = async (item: FrontierItem): Promise<void> => {
    try {
      await processItem(item);
    } catch (err) {
      // A bug or a store failure on one page must not stop the crawl.
      bump(summary.failed, 'internal');
      await state.finish(item.url, 'failed', 'internal').catch(() => undefined);
      log(`casefile crawl: ${item.fetchUrl}: ${errorMessage(err)}`);
    } finally {
      active.delete(item.url);
      opts.progress?.update(summary, queuedEstimate + active.size);
    }
  };

  const processItem = async (item: FrontierItem): Promise<void> => {
    const rt = sources.get(item.sourceId);
    if (!rt) {
      // Left in the frontier by a source no longer configured.
      await state.finish(item.url, 'skipped', 'unknown-source');
      return;
    }
    if (isExcluded(item.url, rt.filter)) {
      bump(summary.skipped, 'excluded');
      await state.finish(item.url, 'skipped', 'excluded');
      return;
    }
    const sourceBudget = rt.source.maxPages ?? Infinity;
    const runBudget = opts.maxPages ?? Infinity;
    if (rt.pages >= sourceBudget || totalPages >= runBudget) {
      await state.finish(item.url, 'deferred', 'max-pages');
      bump(summary.skipped, 'max-pages');
      return;
    }
    rt.pages++;
    totalPages++;
    const validators = await state.validators(item.url);
    const t0 = performance.now();
    const outcome = await fetchPage(item.fetchUrl, {
      ctx,
      allowPrivate: Boolean(opts.allowPrivate || rt.source.allowPrivate),
      etag: validators?.etag,
      lastModified: validators?.lastModified,
      perHostDelayMs: rt.source.perHostDelayMs,
      maxAttempts: opts.maxAttempts ?? settings.maxAttempts,
      retryBaseDelayMs: opts.retryBaseDelayMs,
      maxRetryAfterMs: opts.maxRetryAfterMs,
    });
    summary.timingsMs.fetch += performance.now() - t0;
    switch (outcome.kind) {
      case 'not-modified':
        bump(summary.skipped, 'unchanged');
        await state.finish(item.url, 'skipped', 'unchanged');
        return;
      case 'skipped':
        bump(summary.skipped, outcome.reason);
        await state.finish(item.url, 'skipped', outcome.reason);
        if (outcome.reason !== 'robots') log(`casefile crawl: skipped: ${outcome.detail}`);
        return;
      case 'failed':
        bump(summary.failed, outcome.reason);
        await state.finish(item.url, 'failed', outcome.reason);
        if (outcome.reason !== 'private-address') log(`casefile crawl: failed: ${outcome.error.message}`);
        return;
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
      return;
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
  while (!stopped()) {
    const room = concurrency * 2 - (queue.size + queue.pending);
    let claimed: FrontierItem[] = [];
    if (room > 0) {
      claimed = await state.claim(run.runId, room);
      queuedEstimate = Math.max(0, queuedEstimate - claimed.length);
      for (const item of claimed) {
        active.add(item.url);
        void queue.add(() => handle(item));
      }
    }
    if (claimed.length === 0 && queue.size + queue.pending === 0) break;
    await waitForProgress(queue, opts.signal);
  }
  if (stopped()) {
    queue.clear();
    summary.interrupted = true;
    // Let pages in flight finish (they are bounded by the HTTP timeouts).
    await queue.onIdle();
    await state.release([...active]);
  } else {
    await queue.onIdle();
    await state.finishRun(run.runId);
  }
  opts.progress?.done();
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** Resolves when a task finishes or the crawl is asked to stop. */
function waitForProgress(queue: PQueue, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      queue.off('next', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    queue.on('next', done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
