/**
 * Maps casefile's error classes (src/errors.ts) onto BullMQ's retry behaviour,
 * in one place: permanent → UnrecoverableError (no more attempts), retryable →
 * a counted attempt with backoff (a server's Retry-After wins), host busy →
 * back to delayed with DelayedError (not an attempt).
 */
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { CasefileError, PermanentError, RateLimitedError, errorCode, errorMessage } from '../src/errors';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS } from './job-options';

/** Our own pacing said "not yet": the job goes back to delayed until `retryAtMs`. */
export class HostBusyError extends CasefileError {
  constructor(
    readonly host: string,
    readonly waitMs: number,
    /** the slot reserved for this job, in Redis time */
    readonly reservedAtMs: number,
  ) {
    super('host-busy', `${host} is paced; next slot in ${waitMs} ms`);
  }
}

/** A retryable failure as BullMQ sees it; the message starts with the stable code. */
export class StageRetryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** the server's own delay (Retry-After), if any */
    readonly retryAfterMs: number | null,
  ) {
    super(`${code}: ${message}`);
    this.name = 'StageRetryError';
  }
}

/** The text kept as the job's failedReason: "code: message". */
export function failureReason(err: unknown): string {
  return `${errorCode(err)}: ${errorMessage(err)}`;
}

/** The stable code at the start of a failedReason ("not-found: ..." → "not-found"). */
export function reasonCode(failedReason: string | undefined): string {
  const m = /^([a-z0-9][a-z0-9_-]*): /.exec(failedReason ?? '');
  return m ? m[1] : 'internal';
}

/**
 * Rethrows err as what BullMQ should do with it. For HostBusyError the job is
 * moved to delayed first (needs the worker's lock token).
 */
export async function toQueueError(err: unknown, job: Job, token: string | undefined): Promise<Error> {
  if (err instanceof HostBusyError) {
    await job.moveToDelayed(Date.now() + Math.max(1, err.waitMs), token);
    return new DelayedError(err.message);
  }
  if (err instanceof DelayedError || err instanceof UnrecoverableError) return err;
  if (err instanceof PermanentError) return new UnrecoverableError(failureReason(err));
  if (err instanceof RateLimitedError) return new StageRetryError(err.code, err.message, err.delayMs);
  return new StageRetryError(errorCode(err), errorMessage(err), null);
}

/**
 * The backoff strategy registered on every worker: the server's Retry-After
 * when it gave one, else exponential from BACKOFF_BASE_MS with ±20% jitter.
 */
export function backoffDelayMs(attemptsMade: number, err?: Error, baseMs: number = BACKOFF_BASE_MS): number {
  if (err instanceof StageRetryError && err.retryAfterMs !== null) return Math.min(err.retryAfterMs, BACKOFF_MAX_MS);
  const exp = Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), BACKOFF_MAX_MS);
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}
