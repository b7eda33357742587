/**
 * The producer side: one BullMQ Queue object per stage, with the stage's job
 * options, and the job counts the operator and the metrics see.
 */
import { Queue, type JobsOptions } from 'bullmq';
import { createQueueClient, type RedisClient, type ResolvedConnection } from './connection';
import { jobOptionsFor, retentionFromEnv, type RetentionOptions } from './job-options';
import { ALL_QUEUES, type QueueName } from './queue-names';

export const COUNTED_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'] as const;
export type JobCounts = Record<(typeof COUNTED_STATES)[number], number>;

export class PipelineQueues {
  readonly queues: Record<QueueName, Queue>;
  /** one connection for all six queues: a fleet of workers should not open six each */
  private readonly redis: RedisClient;

  constructor(
    readonly conn: ResolvedConnection,
    readonly retention: RetentionOptions = retentionFromEnv(),
    /** connection errors while Redis is away; the client reconnects by itself */
    onError: (err: Error) => void = () => undefined,
    /** one-shot commands: fail instead of waiting for Redis to come back */
    failFast = false,
  ) {
    this.redis = createQueueClient(conn, failFast);
    this.redis.on('error', onError);
    const entries = ALL_QUEUES.map((name) => {
      const q = new Queue(name, { connection: this.redis, prefix: conn.prefix, defaultJobOptions: jobOptionsFor(name, retention) });
      q.on('error', onError);
      return [name, q];
    });
    this.queues = Object.fromEntries(entries) as Record<QueueName, Queue>;
  }

  get(name: QueueName): Queue {
    return this.queues[name];
  }

  async add(name: QueueName, jobName: string, data: unknown, opts: JobsOptions = {}): Promise<void> {
    await this.queues[name].add(jobName, data, opts);
  }

  async addBulk(name: QueueName, jobs: Array<{ name: string; data: unknown; opts?: JobsOptions }>): Promise<void> {
    if (jobs.length > 0) await this.queues[name].addBulk(jobs);
  }

  async counts(): Promise<Record<QueueName, JobCounts>> {
    const out = {} as Record<QueueName, JobCounts>;
    for (const name of ALL_QUEUES) out[name] = (await this.queues[name].getJobCounts(...COUNTED_STATES)) as JobCounts;
    return out;
  }

  /** True when no stage has work waiting, running or delayed. */
  async idle(): Promise<boolean> {
    const counts = await this.counts();
    return Object.values(counts).every((c) => c.waiting + c.active + c.delayed + c.prioritized + c['waiting-children'] === 0);
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Waits until every stage is idle twice in a row (a job in hand may add the next one), or the timeout. */
export async function waitForIdle(queues: PipelineQueues, timeoutMs: number, pollMs = 200): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  let quiet = 0;
  while (Date.now() < until) {
    if (await queues.idle()) {
      if (++quiet >= 2) return true;
    } else quiet = 0;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return false;
}
