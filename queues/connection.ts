/**
 * Where Redis is and how casefile's keys are named: REDIS_URL (default
 * redis://127.0.0.1:6379) and CASEFILE_QUEUE_PREFIX (default "casefile";
 * "{casefile}" on Redis Cluster so that one queue's keys share a hash slot).
 */
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import IORedis, { type Redis, type RedisOptions } from 'ioredis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE_PREFIX = 'casefile';

export interface QueueConnectionOptions {
  redisUrl?: string;
  /** BullMQ key prefix; also the prefix of casefile's own keys (pacing, robots, seen sets, metrics) */
  prefix?: string;
}

export interface ResolvedConnection {
  redisUrl: string;
  prefix: string;
}

export function resolveConnection(opts: QueueConnectionOptions = {}): ResolvedConnection {
  const prefix = opts.prefix ?? process.env.CASEFILE_QUEUE_PREFIX ?? DEFAULT_QUEUE_PREFIX;
  if (prefix.includes(':') && !prefix.startsWith('{')) {
    // BullMQ joins prefix and queue name with ':'; a ':' inside the prefix would blur that.
    throw new Error(`queue prefix '${prefix}' must not contain ':'`);
  }
  return { redisUrl: opts.redisUrl ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL, prefix };
}

/**
 * Options for every Redis connection: commands wait for a reconnect instead of
 * failing (maxRetriesPerRequest: null, which BullMQ workers require) and the
 * reconnect delay grows to at most 2 s, so a restarted Redis is picked up soon.
 */
export function redisOptions(): RedisOptions {
  return {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times: number) => Math.min(100 * times, 2000),
  };
}

/**
 * For one-shot commands (enqueue, schedule): give up after a few reconnect
 * attempts so that a Redis that is down is a clear error, not a hang.
 */
export function bullConnectionFailFast(conn: ResolvedConnection): BullRedisOptions {
  return { url: conn.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: (times: number) => (times > 3 ? null : 200 * times) };
}

/** BullMQ connection options (BullMQ makes its own connections from them). */
export function bullConnection(conn: ResolvedConnection): BullRedisOptions {
  return { url: conn.redisUrl, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(100 * times, 2000) };
}

/** A plain ioredis client for casefile's own keys. */
export function createRedis(conn: ResolvedConnection): Redis {
  return new IORedis(conn.redisUrl, redisOptions());
}

/** Key for casefile's own data beside the queues: "<prefix>:cf:<part>:<part>". */
export function ownKey(prefix: string, ...parts: string[]): string {
  return [prefix, 'cf', ...parts].join(':');
}
