/**
 * Puts discovered URLs on a stage's queue once per crawl: URLs already seen
 * are dropped, article URLs draw on the source's page budget, job ids come
 * from the crawl and the canonical URL.
 */
import type { Source } from '../src/pipeline/stages';
import type { DiscoverJob, FetchJob } from './job-schemas';
import { pageJobId } from './job-ids';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';

/** Returns how many article URLs were queued (after dedup and the page budget). */
export async function enqueueArticles(ctx: StageContext, crawlId: string, source: Source, urls: string[]): Promise<number> {
  const fresh = await ctx.frontier.unseen(crawlId, urls);
  const granted = await ctx.frontier.takeBudget(crawlId, fresh.length, source.maxPages);
  const take = fresh.slice(0, granted);
  if (take.length < fresh.length) ctx.metrics.pageSkipped('max-pages');
  await ctx.queues.addBulk(
    QUEUE_NAMES.fetch,
    take.map((url) => {
      const data: FetchJob = { crawlId, source, url, reservedSlotMs: null };
      return { name: 'fetch', data, opts: { jobId: pageJobId(crawlId, url) } };
    }),
  );
  await ctx.frontier.markSeen(crawlId, take);
  return take.length;
}

export async function enqueueDiscovery(
  ctx: StageContext,
  crawlId: string,
  source: Source,
  items: Array<{ url: string; kind: DiscoverJob['kind']; depth: number }>,
): Promise<number> {
  const byUrl = new Map(items.map((i) => [i.url, i]));
  const fresh = await ctx.frontier.unseen(crawlId, [...byUrl.keys()]);
  await ctx.queues.addBulk(
    QUEUE_NAMES.discover,
    fresh.map((url) => {
      const item = byUrl.get(url)!;
      const data: DiscoverJob = { crawlId, source, url, kind: item.kind, depth: item.depth, reservedSlotMs: null };
      return { name: item.kind, data, opts: { jobId: pageJobId(crawlId, url) } };
    }),
  );
  await ctx.frontier.markSeen(crawlId, fresh);
  return fresh.length;
}
