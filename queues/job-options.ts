/**
 * Job options per queue, merged once: attempts, backoff and retention. The
 * retention bounds keep Redis memory flat on a crawl that runs for months:
 * finished jobs are kept for inspection, then dropped by age and count.
 */
import type { JobsOptions } from 'bullmq';
import { settings } from '../src/settings';
import { QUEUE_NAMES, type QueueName } from './queue-names';

/** Seconds a completed job stays visible (bull-board, debugging): a day is enough to look at a run. */
export const COMPLETED_KEEP_AGE_SECS = 24 * 3600;
/** Completed jobs kept per queue at most; page bodies ride on fetch→extract jobs, so keep this small. */
export const COMPLETED_KEEP_COUNT = 1000;
/** Failed jobs stay a month: the operator needs their reasons after a weekend. */
export const FAILED_KEEP_AGE_SECS = 30 * 24 * 3600;
/** ...but never more than this many per queue, so a broken site cannot fill Redis. */
export const FAILED_KEEP_COUNT = 5000;
/** First retry after this; later ones double (see backoffDelayMs). */
export const BACKOFF_BASE_MS = 5000;
/** The longest pause between two attempts. */
export const BACKOFF_MAX_MS = 10 * 60 * 1000;
/** The name of the backoff strategy the workers register. */
export const BACKOFF_TYPE = 'casefile';

export interface RetentionOptions {
  completedAgeSecs: number;
  completedCount: number;
  failedAgeSecs: number;
  failedCount: number;
  /** first retry delay (tests shorten it) */
  backoffBaseMs?: number;
  /** attempts per queue, overriding the defaults */
  attempts?: Partial<Record<QueueName, number>>;
}

export const DEFAULT_RETENTION: RetentionOptions = {
  completedAgeSecs: COMPLETED_KEEP_AGE_SECS,
  completedCount: COMPLETED_KEEP_COUNT,
  failedAgeSecs: FAILED_KEEP_AGE_SECS,
  failedCount: FAILED_KEEP_COUNT,
};

/** Attempts per queue: network stages retry, pure stages fail fast (a bug will not fix itself). */
const ATTEMPTS: Record<QueueName, number> = {
  [QUEUE_NAMES.crawl]: 3,
  [QUEUE_NAMES.discover]: settings.maxAttempts,
  [QUEUE_NAMES.fetch]: settings.maxAttempts,
  [QUEUE_NAMES.extract]: 2,
  [QUEUE_NAMES.review]: 10, // the store may be briefly down; records must not be lost
  [QUEUE_NAMES.export]: 5,
};

export function jobOptionsFor(queue: QueueName, retention: RetentionOptions = DEFAULT_RETENTION, attempts?: number): JobsOptions {
  return {
    attempts: attempts ?? retention.attempts?.[queue] ?? ATTEMPTS[queue],
    backoff: { type: BACKOFF_TYPE, delay: retention.backoffBaseMs ?? BACKOFF_BASE_MS },
    removeOnComplete: { age: retention.completedAgeSecs, count: retention.completedCount },
    removeOnFail: { age: retention.failedAgeSecs, count: retention.failedCount },
  };
}

/**
 * Job options from the environment, for operators and small test runs:
 * CASEFILE_KEEP_COMPLETED / CASEFILE_KEEP_FAILED (counts), CASEFILE_BACKOFF_BASE_MS,
 * CASEFILE_FETCH_ATTEMPTS (attempts of discover and fetch jobs).
 */
export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): RetentionOptions {
  const num = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
  const fetchAttempts = num(env.CASEFILE_FETCH_ATTEMPTS);
  return {
    ...DEFAULT_RETENTION,
    completedCount: num(env.CASEFILE_KEEP_COMPLETED) ?? COMPLETED_KEEP_COUNT,
    failedCount: num(env.CASEFILE_KEEP_FAILED) ?? FAILED_KEEP_COUNT,
    backoffBaseMs: num(env.CASEFILE_BACKOFF_BASE_MS),
    attempts: fetchAttempts ? { [QUEUE_NAMES.discover]: fetchAttempts, [QUEUE_NAMES.fetch]: fetchAttempts } : undefined,
  };
}
