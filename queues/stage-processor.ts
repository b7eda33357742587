/**
 * The shape every stage worker shares: validate job.data with the stage's
 * schema, run the stage, record its latency, and turn errors into BullMQ's
 * retry behaviour through the one adapter.
 */
import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { z } from 'zod';
import { HostBusyError, toQueueError } from './error-adapter';
import type { QueueName } from './queue-names';
import type { StageContext } from './stage-context';

export type StageFn<T> = (data: T, job: Job, token: string | undefined) => Promise<unknown>;

export function stageProcessor<S extends z.ZodType>(stage: QueueName, ctx: StageContext, schema: S, fn: StageFn<z.infer<S>>): Processor {
  return async (job: Job, token?: string) => {
    const parsed = schema.safeParse(job.data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new UnrecoverableError(`bad-job: ${first ? `${first.path.join('.') || '(data)'}: ${first.message}` : 'invalid data'}`);
    }
    const t0 = performance.now();
    let busy = false;
    try {
      return await fn(parsed.data, job, token);
    } catch (err) {
      busy = err instanceof HostBusyError;
      throw await toQueueError(err, job, token);
    } finally {
      if (!busy) ctx.metrics.observeStage(stage, (performance.now() - t0) / 1000);
    }
  };
}
