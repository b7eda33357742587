/**
 * The `fetch` stage: one article page, politely (shared robots.txt and host
 * gate in Redis), then on to `extract` unless it is unchanged or a duplicate.
 */
import { FetchJobSchema } from './job-schemas';
import { fetchForJob, handOffArticle, settleOutcome } from './page-handoff';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';
import { stageProcessor } from './stage-processor';

export function fetchProcessor(ctx: StageContext) {
  return stageProcessor(QUEUE_NAMES.fetch, ctx, FetchJobSchema, async (data, job) => {
    const validators = await ctx.frontier.validators(data.url);
    const settled = settleOutcome(ctx, await fetchForJob(ctx, job, data, validators));
    if ('skipped' in settled) return settled;
    return handOffArticle(ctx, data.crawlId, data.source, settled, { url: data.url, validators });
  });
}
