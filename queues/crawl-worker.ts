/**
 * The `crawl` stage: one job per source run (from `enqueue` or the source's
 * job scheduler) puts the source's seeds on `discover` under one crawl id.
 */
import { canonicalUrl } from '../src/fetch/canonical-url';
import { enqueueDiscovery } from './enqueue-pages';
import { crawlIdFor } from './job-ids';
import { CrawlJobSchema } from './job-schemas';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';
import { stageProcessor } from './stage-processor';

export function crawlProcessor(ctx: StageContext) {
  return stageProcessor(QUEUE_NAMES.crawl, ctx, CrawlJobSchema, async (data, job) => {
    // A scheduled run has no id of its own: the scheduler's firing time names it, the same on every retry.
    const crawlId = data.crawlId ?? crawlIdFor(data.source.id, job.timestamp);
    const seeds = data.source.seeds.map((s) => canonicalUrl(s)).filter((u): u is string => u !== null);
    const queued = await enqueueDiscovery(ctx, crawlId, data.source, seeds.map((url) => ({ url, kind: 'seed' as const, depth: 0 })));
    ctx.log.info({ crawlId, source: data.source.id, seeds: queued }, 'crawl started');
    return { crawlId, seeds: queued };
  });
}
