/**
 * Runs the stage workers of one process: one BullMQ Worker per queue, each a
 * thin processor over the shared StageContext. close() stops gracefully:
 * jobs in hand finish, or at the deadline are released back to the queue
 * (not counted as an attempt), then connections close.
 */
import { Job, Worker, type Processor } from 'bullmq';
import { bullConnection, createQueueClient, type RedisClient, type ResolvedConnection } from './connection';
import { crawlProcessor } from './crawl-worker';
import { discoverProcessor } from './discover-worker';
import { backoffDelayMs, failureReason, reasonCode } from './error-adapter';
import { exportProcessor } from './export-worker';
import { extractProcessor } from './extract-worker';
import { fetchProcessor } from './fetch-worker';
import { intakeProcessor } from './intake-worker';
import type { Logger } from './logger';
import { ALL_QUEUES, QUEUE_NAMES, type QueueName } from './queue-names';
import { StageContext } from './stage-context';

/** Time allowed past the shutdown deadline for releasing jobs and closing connections. */
export const CLOSE_GRACE_MS = 5000;

function backoffBaseOf(backoff: unknown): number | undefined {
  const d = (backoff as { delay?: unknown } | undefined)?.delay;
  return typeof d === 'number' && d > 0 ? d : undefined;
}

/** Jobs in hand per stage for a given --concurrency N: I/O stages take N, CPU stages fewer. */
export function stageConcurrency(queue: QueueName, n: number): number {
  switch (queue) {
    case QUEUE_NAMES.fetch:
    case QUEUE_NAMES.discover:
      return n;
    case QUEUE_NAMES.extract:
      return Math.max(1, Math.min(2, n)); // one Node thread: more would only hold locks longer
    case QUEUE_NAMES.review:
      return Math.max(1, Math.min(4, n));
    default:
      return 1;
  }
}

export interface WorkerRunnerOptions {
  conn: ResolvedConnection;
  log: Logger;
  /** fetches in flight per process (default 8) */
  concurrency?: number;
  /** stages this process serves (default all) */
  queues?: QueueName[];
  allowPrivate?: boolean;
  polite?: boolean;
  storeUrl?: string;
  /** a job whose lock is not renewed for this long is taken as stalled (BullMQ default 30 s) */
  lockDurationMs?: number;
  /** how often stalled jobs are looked for (BullMQ default 30 s) */
  stalledIntervalMs?: number;
  /** times a job may stall before it fails (a job that kills its worker must not loop forever) */
  maxStalledCount?: number;
}

const PROCESSORS: Record<QueueName, (ctx: StageContext) => Processor> = {
  [QUEUE_NAMES.crawl]: crawlProcessor,
  [QUEUE_NAMES.discover]: discoverProcessor,
  [QUEUE_NAMES.fetch]: fetchProcessor,
  [QUEUE_NAMES.extract]: extractProcessor,
  [QUEUE_NAMES.review]: intakeProcessor,
  [QUEUE_NAMES.export]: exportProcessor,
};

export class WorkerRunner {
  readonly ctx: StageContext;
  readonly workers: Worker[] = [];
  /** jobs in hand, to release at the shutdown deadline */
  private readonly inHand = new Map<string, { job: Job; token: string | undefined; queue: QueueName }>();
  private closing: Promise<{ released: number; clean: boolean }> | null = null;
  /** on a cluster, the client the workers share (BullMQ duplicates it for blocking reads and leaves it to us) */
  private readonly clusterClient: RedisClient | null;

  constructor(readonly opts: WorkerRunnerOptions) {
    const n = opts.concurrency ?? 8;
    this.ctx = new StageContext({ conn: opts.conn, log: opts.log, allowPrivate: opts.allowPrivate, polite: opts.polite, storeUrl: opts.storeUrl, fetchConcurrency: n });
    this.clusterClient = opts.conn.cluster ? createQueueClient(opts.conn) : null;
    this.clusterClient?.on('error', (err: Error) => this.ctx.throttle.warn(`redis:${err.message}`, { err: err.message }, 'redis connection error'));
    for (const queue of opts.queues ?? ALL_QUEUES) {
      const processor = PROCESSORS[queue](this.ctx);
      const tracked: Processor = async (job, token, signal) => {
        const key = `${queue}/${job.id}`;
        this.inHand.set(key, { job, token, queue });
        try {
          return await processor(job, token, signal);
        } finally {
          this.inHand.delete(key);
        }
      };
      const worker = new Worker(queue, tracked, {
        connection: this.clusterClient ?? bullConnection(opts.conn),
        prefix: opts.conn.prefix,
        concurrency: stageConcurrency(queue, n),
        lockDuration: opts.lockDurationMs ?? 30_000,
        stalledInterval: opts.stalledIntervalMs ?? 30_000,
        maxStalledCount: opts.maxStalledCount ?? 2,
        settings: { backoffStrategy: (attemptsMade, _type, err, job) => backoffDelayMs(attemptsMade, err, backoffBaseOf(job?.opts?.backoff)) },
      });
      worker.on('failed', (job, err) => this.onFailed(queue, job, err));
      worker.on('stalled', (jobId) => opts.log.warn({ queue, jobId }, 'stalled job recovered'));
      worker.on('error', (err) => this.ctx.throttle.warn(`worker:${err.message}`, { queue, err: err.message }, 'worker error'));
      this.workers.push(worker);
    }
  }

  private onFailed(queue: QueueName, job: Job | undefined, err: Error): void {
    if (!job) return;
    const final = err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    const reason = job.failedReason ?? failureReason(err);
    if (final) {
      if (queue === QUEUE_NAMES.fetch || queue === QUEUE_NAMES.discover) this.ctx.metrics.pageFailed(queue, reasonCode(reason));
      this.opts.log.error({ queue, jobId: job.id, url: (job.data as { url?: string }).url, attempts: job.attemptsMade, reason }, 'job failed');
    } else {
      this.opts.log.warn({ queue, jobId: job.id, attempt: job.attemptsMade, reason }, 'attempt failed; will retry');
    }
  }

  async waitUntilReady(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  /**
   * Stops taking jobs and waits for those in hand up to deadlineMs; then
   * releases what is left to the delayed set (picked up at once by another
   * worker, not counted as an attempt) and closes.
   */
  close(deadlineMs = 30_000): Promise<{ released: number; clean: boolean }> {
    if (!this.closing) {
      // With Redis unreachable even closing can wait forever: give up a little after the deadline;
      // the jobs in hand are then recovered as stalled by another worker.
      let timer: NodeJS.Timeout | undefined;
      const giveUp = new Promise<{ released: number; clean: boolean }>((resolve) => {
        timer = setTimeout(() => {
          this.opts.log.warn({ inHand: this.inHand.size }, 'could not stop cleanly (is Redis reachable?); leaving jobs to stalled recovery');
          resolve({ released: 0, clean: false });
        }, deadlineMs + CLOSE_GRACE_MS);
      });
      this.closing = Promise.race([this.doClose(deadlineMs).then((r) => ({ ...r, clean: true })), giveUp]).finally(() => clearTimeout(timer));
    }
    return this.closing;
  }

  private async doClose(deadlineMs: number): Promise<{ released: number }> {
    const log = this.opts.log;
    // Stop taking jobs, then wait for the ones in hand (close(true) later would not wait).
    await Promise.all(this.workers.map((w) => w.pause(true).catch(() => undefined)));
    const until = Date.now() + deadlineMs;
    while (this.inHand.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const timedOut = this.inHand.size > 0;
    // Closed first: a closing worker would otherwise pick the released job up again.
    await Promise.all(this.workers.map((w) => w.close(timedOut).catch(() => undefined)));
    let released = 0;
    for (const { job, token, queue } of timedOut ? this.inHand.values() : []) {
      try {
        // through the producer's connection: the worker's is closed; the lock token still holds
        const fresh = await Job.fromId(this.ctx.queues.get(queue), job.id as string);
        if (!fresh) continue;
        await fresh.moveToDelayed(Date.now(), token);
        released++;
        log.warn({ queue, jobId: job.id }, 'released job at shutdown deadline');
      } catch (err) {
        log.warn({ queue, jobId: job.id, err: (err as Error).message }, 'could not release job; it will be recovered as stalled');
      }
    }
    await this.ctx.close(timedOut);
    if (this.clusterClient) await this.clusterClient.quit().catch(() => this.clusterClient?.disconnect());
    log.info({ released, timedOut }, 'workers stopped');
    return { released };
  }
}
