/**
 * Repeated warnings (a Redis that is down, as seen by a dozen connections
 * retrying every second) are logged once per interval with a count, not
 * hundreds of times. Example: throttle.warn('redis', { err }, 'redis connection error').
 */
import type { Logger } from './logger';

/** One line per kind of trouble every 30 s is enough to see it is still going on. */
export const LOG_THROTTLE_MS = 30_000;

export class LogThrottle {
  private readonly last = new Map<string, { atMs: number; suppressed: number }>();

  constructor(
    private readonly log: Logger,
    private readonly intervalMs = LOG_THROTTLE_MS,
  ) {}

  warn(key: string, fields: Record<string, unknown>, msg: string): void {
    const now = Date.now();
    const seen = this.last.get(key);
    if (seen && now - seen.atMs < this.intervalMs) {
      seen.suppressed++;
      return;
    }
    this.last.set(key, { atMs: now, suppressed: 0 });
    this.log.warn({ ...fields, ...(seen?.suppressed ? { repeated: seen.suppressed } : {}) }, msg);
  }
}
