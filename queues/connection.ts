/**
 * Where Redis is and how casefile's keys are named: REDIS_URL (default
 * redis://127.0.0.1:6379) and CASEFILE_QUEUE_PREFIX (default "casefile";
 * "{casefile}" on Redis Cluster so that every key shares one hash slot).
 * A Redis Cluster is named by several nodes ("redis://h1:7001,h2:7002"), by
 * the redis+cluster:// scheme, or by CASEFILE_REDIS_CLUSTER=1; casefile then
 * opens ioredis Cluster clients seeded from those nodes.
 */
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import IORedis, { Cluster, type ClusterOptions, type Redis, type RedisOptions } from 'ioredis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE_PREFIX = 'casefile';
/** On a cluster the default prefix is a hash tag: all queue and casefile keys land in one slot. */
export const DEFAULT_CLUSTER_PREFIX = '{casefile}';
const DEFAULT_PORT = 6379;

/** A Redis client for casefile's own keys and the queues: one server or a cluster (same command API). */
export type RedisClient = Redis | Cluster;

export interface QueueConnectionOptions {
  redisUrl?: string;
  /** BullMQ key prefix; also the prefix of casefile's own keys (pacing, robots, seen sets, metrics) */
  prefix?: string;
  /** force cluster mode for a single-node URL (default: CASEFILE_REDIS_CLUSTER) */
  cluster?: boolean;
}

export interface ClusterSeed {
  /** startup nodes; ioredis learns the rest of the cluster from them */
  nodes: Array<{ host: string; port: number }>;
  username?: string;
  password?: string;
  /** rediss:// or rediss+cluster:// */
  tls: boolean;
}

export interface ResolvedConnection {
  redisUrl: string;
  prefix: string;
  /** null: one Redis server at redisUrl */
  cluster: ClusterSeed | null;
}

/** The URL with its credentials masked, for logs and error messages. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

function truthyEnv(v: string | undefined): boolean {
  return v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());
}

/** A node "host:port", "[v6]:port" or "host" (port 6379). */
function parseNode(text: string, url: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:\s[\]]+))(?::(\d+))?$/.exec(text.trim());
  const port = m?.[3] === undefined ? DEFAULT_PORT : Number(m[3]);
  if (!m || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`REDIS_URL '${redactRedisUrl(url)}': '${text}' is not host:port`);
  }
  return { host: m[1] ?? m[2], port };
}

/**
 * Reads a cluster URL: redis[s][+cluster]://[user:pass@]h1:p1,h2:p2[/0].
 * WHATWG URL cannot hold several hosts, so the authority is split by hand.
 */
export function parseClusterUrl(url: string): ClusterSeed {
  const m = /^(rediss?)(\+cluster)?:\/\/([^/?#]*)(\/[^?#]*)?(?:\?[^#]*)?$/i.exec(url.trim());
  if (!m) throw new Error(`REDIS_URL '${redactRedisUrl(url)}' is not redis://host:port[,host:port…] or redis+cluster://…`);
  const [, scheme, , authority, pathPart] = m;
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const hosts = at >= 0 ? authority.slice(at + 1) : authority;
  const db = (pathPart ?? '').replace(/^\//, '');
  if (db !== '' && db !== '0') throw new Error(`REDIS_URL '${redactRedisUrl(url)}': a Redis Cluster has only database 0, not ${db}`);
  const nodes = hosts.split(',').filter((h) => h.trim() !== '').map((h) => parseNode(h, url));
  if (nodes.length === 0) throw new Error(`REDIS_URL '${redactRedisUrl(url)}' names no node`);
  const seed: ClusterSeed = { nodes, tls: scheme.toLowerCase() === 'rediss' };
  if (userinfo) {
    const decode = (part: string) => {
      try {
        return decodeURIComponent(part);
      } catch {
        throw new Error(`REDIS_URL '${redactRedisUrl(url)}': the user or password has a broken %-escape`);
      }
    };
    const colon = userinfo.indexOf(':');
    const user = decode(colon >= 0 ? userinfo.slice(0, colon) : userinfo);
    if (user) seed.username = user;
    if (colon >= 0) seed.password = decode(userinfo.slice(colon + 1));
  }
  return seed;
}

/** "redis://[user:pass@]h1:p1,h2:p2": a comma among the hosts (not in the password). */
function namesSeveralHosts(url: string): boolean {
  const authority = /^[a-z+]+:\/\/([^/?#]*)/i.exec(url.trim())?.[1] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1).includes(',');
}

/** True when the first '{' of the prefix opens a non-empty hash tag that closes inside the prefix. */
export function hasHashTag(prefix: string): boolean {
  const open = prefix.indexOf('{');
  const close = open >= 0 ? prefix.indexOf('}', open + 1) : -1;
  return close > open + 1;
}

export function resolveConnection(opts: QueueConnectionOptions = {}): ResolvedConnection {
  const redisUrl = opts.redisUrl ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const wantCluster = (opts.cluster ?? truthyEnv(process.env.CASEFILE_REDIS_CLUSTER)) || /^rediss?\+cluster:/i.test(redisUrl.trim()) || namesSeveralHosts(redisUrl);
  const cluster = wantCluster ? parseClusterUrl(redisUrl) : null;
  const prefix = opts.prefix ?? process.env.CASEFILE_QUEUE_PREFIX ?? (cluster ? DEFAULT_CLUSTER_PREFIX : DEFAULT_QUEUE_PREFIX);
  if (prefix.includes(':') && !prefix.startsWith('{')) {
    // BullMQ joins prefix and queue name with ':'; a ':' inside the prefix would blur that.
    throw new Error(`queue prefix '${prefix}' must not contain ':'`);
  }
  if (cluster && !hasHashTag(prefix)) {
    // Without a tag BullMQ's multi-key scripts fail with CROSSSLOT on the first job.
    throw new Error(`queue prefix '${prefix}' has no hash tag: on Redis Cluster set CASEFILE_QUEUE_PREFIX to a name in braces, e.g. {${prefix.replace(/[{}]/g, '') || 'casefile'}}`);
  }
  return { redisUrl, prefix, cluster };
}

/** Reconnect delay: grows to at most 2 s, so a restarted Redis is picked up soon. */
const reconnectDelay = (times: number) => Math.min(100 * times, 2000);
/** One-shot commands give up after a few attempts: a Redis that is down is a clear error, not a hang. */
const failFastDelay = (times: number) => (times > 3 ? null : 200 * times);

/**
 * Options for every Redis connection: commands wait for a reconnect instead of
 * failing (maxRetriesPerRequest: null, which BullMQ workers require).
 */
export function redisOptions(): RedisOptions {
  return { maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy: reconnectDelay };
}

/** ioredis Cluster options for a seed; failFast as for bullConnectionFailFast. */
export function clusterOptions(seed: ClusterSeed, failFast = false): ClusterOptions {
  const node: RedisOptions = {
    // BullMQ refuses a blocking (worker) connection whose nodes would give up on a command.
    maxRetriesPerRequest: failFast ? 1 : null,
    ...(failFast ? { connectTimeout: 5000 } : {}),
    ...(seed.username ? { username: seed.username } : {}),
    ...(seed.password !== undefined ? { password: seed.password } : {}),
    ...(seed.tls ? { tls: {} } : {}),
  };
  return {
    redisOptions: node,
    enableReadyCheck: true,
    clusterRetryStrategy: failFast ? failFastDelay : reconnectDelay,
    // slots move during a resharding or failover: follow MOVED/ASK and CLUSTERDOWN for a while
    retryDelayOnClusterDown: 300,
    retryDelayOnFailover: 200,
  };
}

/**
 * For one-shot commands (enqueue, schedule): give up after a few reconnect
 * attempts so that a Redis that is down is a clear error, not a hang.
 */
export function bullConnectionFailFast(conn: ResolvedConnection): BullRedisOptions {
  return { url: conn.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: failFastDelay };
}

/**
 * BullMQ connection for one server: options (BullMQ makes and closes its own
 * connections from them). On a cluster BullMQ needs a Cluster instance, which
 * the caller owns and closes: see createQueueClient.
 */
export function bullConnection(conn: ResolvedConnection): BullRedisOptions {
  return { url: conn.redisUrl, maxRetriesPerRequest: null, retryStrategy: reconnectDelay };
}

/**
 * A client to hand to BullMQ Queues and Workers as their `connection`: on one
 * server a plain client, on a cluster a Cluster client. BullMQ leaves a client
 * it was given open (it duplicates it for a worker's blocking reads), so the
 * caller quits it after closing the queues and workers.
 */
export function createQueueClient(conn: ResolvedConnection, failFast = false): RedisClient {
  if (conn.cluster) return new Cluster(conn.cluster.nodes, clusterOptions(conn.cluster, failFast));
  const { url, ...options } = failFast ? bullConnectionFailFast(conn) : bullConnection(conn);
  return new IORedis(url as string, options);
}

/** A client for casefile's own keys: plain on one server, Cluster on a cluster. */
export function createRedis(conn: ResolvedConnection): RedisClient {
  if (conn.cluster) return new Cluster(conn.cluster.nodes, clusterOptions(conn.cluster));
  return new IORedis(conn.redisUrl, redisOptions());
}

/** Key for casefile's own data beside the queues: "<prefix>:cf:<part>:<part>". */
export function ownKey(prefix: string, ...parts: string[]): string {
  return [prefix, 'cf', ...parts].join(':');
}
