/**
 * The one place where casefile's errors become BullMQ behaviour, and the job
 * ids that make a URL one job per crawl.
 */
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { HostBusyError, StageRetryError, backoffDelayMs, reasonCode, toQueueError } from '../../queues/error-adapter';
import { crawlIdFor, pageJobId, schedulerIdFor, sourceIdOfScheduler } from '../../queues/job-ids';
import { resolveConnection } from '../../queues/connection';
import { InvalidInputError, PermanentError, RateLimitedError, RetryableError } from '../../src/errors';

/** A job stand-in that records moveToDelayed calls: the adapter's only use of the job. */
function recordingJob(): { job: Job; moves: Array<{ at: number; token?: string }> } {
  const moves: Array<{ at: number; token?: string }> = [];
  const job = { moveToDelayed: async (at: number, token?: string) => void moves.push({ at, token }) } as unknown as Job;
  return { job, moves };
}

describe('toQueueError', () => {
  test.each([
    ['permanent', new PermanentError('http-404', 'gone'), UnrecoverableError, 'http-404: gone'],
    ['invalid input', new InvalidInputError('too-large', 'over the limit'), UnrecoverableError, 'too-large: over the limit'],
    ['retryable', new RetryableError('timeout', 'no answer'), StageRetryError, 'timeout: no answer'],
    ['rate limited', new RateLimitedError('http-429', 'slow down', 30_000), StageRetryError, 'http-429: slow down'],
    ['unknown', new Error('boom'), StageRetryError, 'internal: boom'],
  ])('%s', async (_label, err, cls, message) => {
    const { job, moves } = recordingJob();
    const out = await toQueueError(err, job, 'tok');
    expect(out).toBeInstanceOf(cls);
    expect(out.message).toBe(message);
    expect(moves).toHaveLength(0);
  });

  test('a busy host moves the job to delayed (not an attempt) until its slot', async () => {
    const { job, moves } = recordingJob();
    const before = Date.now();
    const out = await toQueueError(new HostBusyError('http://h', 700, 12345), job, 'tok');
    expect(out).toBeInstanceOf(DelayedError);
    expect(moves).toHaveLength(1);
    expect(moves[0].token).toBe('tok');
    expect(moves[0].at).toBeGreaterThanOrEqual(before + 700);
    expect(moves[0].at).toBeLessThan(Date.now() + 700 + 50);
  });
});

describe('backoffDelayMs', () => {
  test('Retry-After wins', () => {
    expect(backoffDelayMs(1, new StageRetryError('http-429', 'x', 42_000))).toBe(42_000);
  });
  test.each([
    [1, 5000],
    [2, 10_000],
    [3, 20_000],
  ])('attempt %i is about %i ms (±20%%)', (attempt, around) => {
    for (let i = 0; i < 20; i++) {
      const d = backoffDelayMs(attempt, new StageRetryError('timeout', 'x', null));
      expect(d).toBeGreaterThanOrEqual(around * 0.8);
      expect(d).toBeLessThanOrEqual(around * 1.2);
    }
  });
  test('never more than ten minutes', () => {
    expect(backoffDelayMs(40, new StageRetryError('timeout', 'x', null))).toBeLessThanOrEqual(12 * 60_000);
    expect(backoffDelayMs(1, new StageRetryError('http-429', 'x', 3_600_000))).toBe(600_000);
  });
});

describe('ids', () => {
  test('page job ids: one per crawl and URL, no ":"', () => {
    const a = pageJobId(crawlIdFor('viasna', 1764093600000), 'https://x.org/a');
    expect(a).toMatch(/^viasna-1764093600000\.[0-9a-f]{32}$/);
    expect(pageJobId('viasna-1764093600000', 'https://x.org/a')).toBe(a);
    expect(pageJobId('viasna-1764093600001', 'https://x.org/a')).not.toBe(a);
    expect(pageJobId('viasna-1764093600000', 'https://x.org/b')).not.toBe(a);
    expect(a).not.toContain(':');
  });
  test('scheduler ids round-trip', () => {
    expect(sourceIdOfScheduler(schedulerIdFor('iphr'))).toBe('iphr');
    expect(sourceIdOfScheduler('export-accepted')).toBeNull();
  });
  test.each([
    ['casefile', true],
    ['{casefile}', true],
    ['team:casefile', false],
  ])('prefix %s accepted: %s', (prefix, ok) => {
    if (ok) expect(resolveConnection({ prefix }).prefix).toBe(prefix);
    else expect(() => resolveConnection({ prefix })).toThrow(/must not contain ':'/);
  });
  test('reasonCode reads the code off a failedReason', () => {
    expect(reasonCode('http-500: http://x answered HTTP 500')).toBe('http-500');
    expect(reasonCode('something odd')).toBe('internal');
    expect(reasonCode(undefined)).toBe('internal');
  });
});
