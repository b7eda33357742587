/**
 * The fetch workers' pacer. The first request of a job to its own host asks
 * the shared Redis gate and, when the host is busy, throws HostBusyError so
 * the job goes back to delayed instead of holding a worker slot; later hops
 * (redirects, robots.txt) wait for a reserved slot in-process.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { HostPacer } from '../src/fetch/host-pacer';
import { HostBusyError } from './error-adapter';
import type { RedisHostPacer } from './redis-host-pacer';

interface JobPaceContext {
  origin: string;
  reservedSlotMs: number | null;
  firstHopDone: boolean;
}

export class GatedHostPacer extends HostPacer {
  private readonly jobs = new AsyncLocalStorage<JobPaceContext>();

  constructor(private readonly shared: RedisHostPacer) {
    super({ state: shared });
  }

  /** Runs one job's fetch so that its first hop to `origin` is gated. */
  runJob<T>(origin: string, reservedSlotMs: number | null, fn: () => Promise<T>): Promise<T> {
    return this.jobs.run({ origin, reservedSlotMs, firstHopDone: false }, fn);
  }

  override async schedule<T>(host: string, intervalMs: number, fn: () => Promise<T>): Promise<T> {
    if (intervalMs <= 0) return fn();
    const job = this.jobs.getStore();
    if (job && !job.firstHopDone && job.origin === host) {
      job.firstHopDone = true;
      const r = await this.shared.gate(host, intervalMs, job.reservedSlotMs);
      if (!r.go) throw new HostBusyError(host, r.waitMs, r.slotMs);
    } else {
      const at = await this.shared.reserve(host, intervalMs, Date.now());
      const waitMs = at - Date.now();
      if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
    }
    try {
      return await fn();
    } finally {
      // the interval also runs from the end of a slow response
      await this.shared.pushBack(host, Date.now() + intervalMs);
    }
  }
}
