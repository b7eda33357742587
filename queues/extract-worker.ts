/**
 * The `extract` stage: clean, entities, records for one fetched article;
 * the records go onto the `review` queue, and the page's validators are
 * remembered so an unchanged page is not extracted again.
 */
import type { FetchedPage } from '../src/fetch/types';
import { processArticle } from '../src/pipeline/stages';
import { pageJobId } from './job-ids';
import { ExtractJobSchema, type ReviewJob } from './job-schemas';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';
import { stageProcessor } from './stage-processor';

export function extractProcessor(ctx: StageContext) {
  return stageProcessor(QUEUE_NAMES.extract, ctx, ExtractJobSchema, async (data) => {
    const page: FetchedPage = {
      url: data.url,
      finalUrl: data.finalUrl,
      status: data.status,
      headers: data.headers,
      bytes: Buffer.from(data.bodyBase64, 'base64'),
      charset: null,
      fetchedAt: data.fetchedAt,
    };
    const result = processArticle(page, { id: data.sourceId }, data.url);
    ctx.metrics.recordsExtracted(result.records.length);
    if (result.records.length > 0) {
      const review: ReviewJob = {
        snapshot: {
          sha256: result.source.sha256,
          url: result.source.url,
          title: result.document.title,
          published: result.document.published,
          text: result.document.text,
          fetchedAt: data.fetchedAt,
          entities: result.entities,
        },
        records: result.records,
        meta: { sourceId: data.sourceId, country: data.country },
      };
      await ctx.queues.add(QUEUE_NAMES.review, 'records', review, { jobId: pageJobId(data.crawlId, data.url) });
    }
    await ctx.frontier.setValidators(data.url, { etag: data.etag, lastModified: data.lastModified, contentHash: result.source.sha256 });
    return { url: data.url, records: result.records.length };
  });
}
