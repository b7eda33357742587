/**
 * What the stage processors of one worker process share: Redis, the queues
 * they feed, the crawl frontier, the fetch context (pools, robots cache in
 * Redis, the gated pacer), metrics, the log and the review store (opened on
 * first use, only by the intake and export stages).
 */
import { createFetchContext, type FetchContext } from '../src/pipeline/stages';
import type { ReviewStore } from '../src/store/types';
import { createRedis, type RedisClient, type ResolvedConnection } from './connection';
import { CrawlFrontier } from './crawl-frontier';
import { GatedHostPacer } from './gated-host-pacer';
import { LogThrottle } from './log-throttle';
import type { Logger } from './logger';
import { PipelineMetrics } from './pipeline-metrics';
import { PipelineQueues } from './pipeline-queues';
import { RedisHostPacer } from './redis-host-pacer';
import { RedisRobotsState } from './redis-robots-state';

export interface StageContextOptions {
  conn: ResolvedConnection;
  log: Logger;
  /** let every source reach loopback and private addresses (a source can also allow it itself) */
  allowPrivate?: boolean;
  /** false turns robots.txt and pacing off: benchmarks on your own fixture site only */
  polite?: boolean;
  /** review store location (CASEFILE_DB by default) */
  storeUrl?: string;
  /** fetches in flight in this process; without politeness, one connection per fetch */
  fetchConcurrency?: number;
}

export class StageContext {
  readonly redis: RedisClient;
  readonly queues: PipelineQueues;
  readonly frontier: CrawlFrontier;
  readonly metrics: PipelineMetrics;
  readonly hostPacer: RedisHostPacer;
  readonly pacer: GatedHostPacer;
  readonly fetch: FetchContext;
  readonly log: Logger;
  /** connection trouble is logged once per interval, whoever sees it */
  readonly throttle: LogThrottle;
  readonly allowPrivate: boolean;
  readonly polite: boolean;
  private storePromise: Promise<ReviewStore> | null = null;

  constructor(readonly opts: StageContextOptions) {
    this.log = opts.log;
    this.throttle = new LogThrottle(opts.log);
    this.allowPrivate = opts.allowPrivate ?? false;
    this.polite = opts.polite ?? true;
    this.redis = createRedis(opts.conn);
    this.redis.on('error', (err: Error) => this.throttle.warn(`redis:${err.message}`, { err: err.message }, 'redis connection error'));
    this.queues = new PipelineQueues(opts.conn, undefined, (err) => this.throttle.warn(`redis:${err.message}`, { err: err.message }, 'redis connection error'));
    this.frontier = new CrawlFrontier(this.redis, opts.conn.prefix);
    this.metrics = new PipelineMetrics(this.redis, opts.conn.prefix, this.log);
    this.hostPacer = new RedisHostPacer(this.redis, opts.conn.prefix);
    this.fetch = createFetchContext({
      polite: this.polite,
      // polite: one request per host at a time anyway; impolite (benchmarks): no queueing behind the pool
      ...(this.polite ? {} : { connectionsPerOrigin: Math.max(4, opts.fetchConcurrency ?? 8) }),
      paceState: this.hostPacer,
      robotsState: new RedisRobotsState(this.redis, opts.conn.prefix),
      log: (line) => this.log.info(line),
    });
    // Page requests go through the gate (busy host → job back to delayed); robots.txt waits for a slot.
    this.pacer = new GatedHostPacer(this.hostPacer);
    (this.fetch as { pacer: FetchContext['pacer'] }).pacer = this.pacer;
  }

  store(): Promise<ReviewStore> {
    if (!this.storePromise) {
      this.storePromise = import('../src/store/index').then((m) => m.openStore(this.opts.storeUrl));
      this.storePromise.catch(() => {
        this.storePromise = null; // try again on the next job
      });
    }
    return this.storePromise;
  }

  /** force: do not wait for requests still in flight (their jobs were released already). */
  async close(force = false): Promise<void> {
    await this.metrics.flush();
    const fetchClosed = this.fetch.close();
    const results = await Promise.allSettled([
      this.queues.close(),
      force ? Promise.race([fetchClosed, new Promise((r) => setTimeout(r, 100).unref())]) : fetchClosed,
      this.storePromise ? this.storePromise.then((s) => s.close()) : Promise.resolve(),
    ]);
    for (const r of results) if (r.status === 'rejected') this.log.warn({ err: String(r.reason) }, 'close failed');
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
