/**
 * `casefile enqueue`: a crawl job per source on the `crawl` queue, now. The
 * crawl id (also the job id) is the source id and the start time.
 */
import type { Source } from '../src/sources/source-schema';
import { crawlIdFor } from './job-ids';
import type { CrawlJob } from './job-schemas';
import type { PipelineQueues } from './pipeline-queues';
import { QUEUE_NAMES } from './queue-names';

export interface EnqueuedCrawl {
  crawlId: string;
  sourceId: string;
  seeds: number;
}

export async function enqueueCrawls(queues: PipelineQueues, sources: Source[], nowMs = Date.now()): Promise<EnqueuedCrawl[]> {
  const out: EnqueuedCrawl[] = [];
  for (const source of sources) {
    const crawlId = crawlIdFor(source.id, nowMs);
    const data: CrawlJob = { source, crawlId };
    await queues.add(QUEUE_NAMES.crawl, QUEUE_NAMES.crawl, data, { jobId: crawlId });
    out.push({ crawlId, sourceId: source.id, seeds: source.seeds.length });
  }
  return out;
}
