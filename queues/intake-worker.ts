/**
 * The intake worker on the `review` queue: upserts extracted records into the
 * review store (PostgreSQL across machines; SQLite in WAL mode on one).
 * saveExtraction is idempotent, so a job run twice stores nothing twice.
 */
import { ReviewJobSchema } from './job-schemas';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';
import { stageProcessor } from './stage-processor';

export function intakeProcessor(ctx: StageContext) {
  return stageProcessor(QUEUE_NAMES.review, ctx, ReviewJobSchema, async (data) => {
    const store = await ctx.store();
    const saved = await store.saveExtraction(data.snapshot, data.records, data.meta);
    ctx.metrics.recordsStored(saved.inserted, saved.existing);
    return saved;
  });
}
