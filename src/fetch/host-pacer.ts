/**
 * Per-host pacing: requests to one host run one at a time (p-queue) and start
 * no sooner than `intervalMs` after the previous one started and finished. The "next allowed time"
 * per host lives in pluggable state, so the distributed mode can share it in Redis.
 */
import PQueue from 'p-queue';

export interface HostPaceState {
  /**
   * Reserves the next request slot for the host and returns the time (epoch ms)
   * at which it may start: max(now, previous slot + intervalMs). Atomic per host.
   */
  reserve(host: string, intervalMs: number, nowMs: number): Promise<number>;
  /** After a response: the next request waits at least until atMs (a slow response delays the next one). */
  pushBack?(host: string, atMs: number): Promise<void>;
  /** The earliest start (epoch ms) a request to the host would get now, without reserving it; for schedulers in this process. */
  peek?(host: string): number;
}

export class MemoryHostPaceState implements HostPaceState {
  private readonly nextAt = new Map<string, number>();
  async reserve(host: string, intervalMs: number, nowMs: number): Promise<number> {
    const at = Math.max(nowMs, this.nextAt.get(host) ?? 0);
    this.nextAt.set(host, at + intervalMs);
    return at;
  }
  async pushBack(host: string, atMs: number): Promise<void> {
    this.nextAt.set(host, Math.max(this.nextAt.get(host) ?? 0, atMs));
  }
  peek(host: string): number {
    return this.nextAt.get(host) ?? 0;
  }
}

export interface HostPacerOptions {
  state?: HostPaceState;
  /** requests in flight per host; 1 is polite, more only when pacing is off */
  perHostConcurrency?: number;
}

export class HostPacer {
  private readonly state: HostPaceState;
  private readonly perHostConcurrency: number;
  private readonly queues = new Map<string, PQueue>();

  constructor(opts: HostPacerOptions = {}) {
    this.state = opts.state ?? new MemoryHostPaceState();
    this.perHostConcurrency = opts.perHostConcurrency ?? 1;
  }

  /**
   * When a request to the host could start without waiting (epoch ms): Infinity while one is
   * queued or running, 0 when the state cannot tell (then schedule() waits as usual).
   */
  readyAt(host: string): number {
    const queue = this.queues.get(host);
    if (queue && queue.size + queue.pending > 0) return Infinity;
    return this.state.peek?.(host) ?? 0;
  }

  /** Nothing starts on the host before atMs (a 429's Retry-After holds the whole host, not one page). */
  async pushBack(host: string, atMs: number): Promise<void> {
    await this.state.pushBack?.(host, atMs);
  }

  /** Runs fn in the host's turn. With intervalMs 0 and no per-host limit it runs at once. */
  async schedule<T>(host: string, intervalMs: number, fn: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(host);
    if (!queue) {
      queue = new PQueue({ concurrency: this.perHostConcurrency });
      this.queues.set(host, queue);
    }
    return queue.add(async () => {
      if (intervalMs > 0) {
        const at = await this.state.reserve(host, intervalMs, Date.now());
        const waitMs = at - Date.now();
        if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
        try {
          return await fn();
        } finally {
          await this.state.pushBack?.(host, Date.now() + intervalMs);
        }
      }
      return fn();
    }) as Promise<T>;
  }
}
