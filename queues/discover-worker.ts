/**
 * The `discover` stage: fetch a seed, listing page, feed or sitemap, and
 * queue what it links to: articles on `fetch`, further listings, feeds and
 * sitemaps on `discover`. A seed that turns out to be an article goes
 * straight on to `extract`.
 */
import { compileFilter, isArticleUrl, isExcluded, noArticlesWarning } from '../src/fetch/discover-links';
import { contentHash, discoverLinks } from '../src/pipeline/stages';
import { enqueueArticles, enqueueDiscovery } from './enqueue-pages';
import { DiscoverJobSchema, type DiscoverJob } from './job-schemas';
import { fetchForJob, handOffArticle, settleOutcome } from './page-handoff';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';
import { stageProcessor } from './stage-processor';

/** Listing pages followed per seed when the source does not say (the embedded crawler's default). */
export const DEFAULT_MAX_LISTING_PAGES = 50;

export function discoverProcessor(ctx: StageContext) {
  return stageProcessor(QUEUE_NAMES.discover, ctx, DiscoverJobSchema, async (data, job) => {
    const validators = await ctx.frontier.validators(data.url);
    const settled = settleOutcome(ctx, await fetchForJob(ctx, job, data, validators));
    if ('skipped' in settled) return settled;
    const page = settled;
    const filter = compileFilter(data.source);
    const links = discoverLinks(page, data.source);
    const isArticle = data.kind === 'seed' && (links.kind === 'other' || (links.kind === 'html' && isArticleUrl(data.url, filter)));
    if (isArticle) return handOffArticle(ctx, data.crawlId, data.source, page, { url: data.url, validators });

    if (links.kind === 'html' && links.articleUrls.length === 0) ctx.log.warn(noArticlesWarning(page.finalUrl, links.includeHint));
    const articles = links.articleUrls.filter((u) => !isExcluded(u, filter));
    const next: Array<{ url: string; kind: DiscoverJob['kind']; depth: number }> = [];
    for (const url of links.feedUrls) next.push({ url, kind: 'feed', depth: data.depth });
    for (const url of links.sitemapUrls) next.push({ url, kind: 'sitemap', depth: data.depth });
    const maxListing = data.source.maxListingPages ?? DEFAULT_MAX_LISTING_PAGES;
    if (data.depth + 1 < maxListing) for (const url of links.listingUrls) next.push({ url, kind: 'listing', depth: data.depth + 1 });
    // Listings first: the next page is the crawl's critical path, articles can wait a moment.
    const queuedListings = await enqueueDiscovery(ctx, data.crawlId, data.source, next.filter((n) => !isExcluded(n.url, filter)));
    const queuedArticles = await enqueueArticles(ctx, data.crawlId, data.source, articles);
    await ctx.frontier.setValidators(data.url, { etag: page.headers.etag ?? null, lastModified: page.headers['last-modified'] ?? null, contentHash: contentHash(page) });
    return { kind: links.kind, articles: queuedArticles, listings: queuedListings };
  });
}
