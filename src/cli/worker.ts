/**
 * casefile worker: runs the pipeline stages as BullMQ workers on Redis
 * (REDIS_URL). Start as many as you like, on as many machines; SIGTERM stops
 * one gracefully. Example: REDIS_URL=redis://queue-host:6379 casefile worker --concurrency 16
 */
import { USAGE_EXIT, parseFlags, parsePositiveInt, printUsageError } from './common';

export const WORKER_HELP = `Usage: casefile worker [--concurrency N] [--queues LIST] [--allow-private] [--db URL]

Runs the pipeline stages (crawl, discover, fetch, extract, review intake,
export) as BullMQ workers on Redis until stopped with SIGTERM or Ctrl-C.
Redis comes from REDIS_URL (default redis://127.0.0.1:6379); a Redis Cluster
is named by several nodes (redis://h1:7001,h2:7002), by redis+cluster://h1:7001
or by CASEFILE_REDIS_CLUSTER=1. Keys are prefixed with CASEFILE_QUEUE_PREFIX
(default casefile; on a cluster {casefile}, and it must be a hash tag in braces).
Logs are JSON lines on standard error.

Options:
  --concurrency N          pages fetched at once by this process (default 8)
  --queues LIST            comma-separated stages to serve (default all):
                           crawl,discover,fetch,extract,review,export
  --allow-private          let every source reach loopback and private addresses
  --impolite               no robots.txt, no per-host pacing: benchmarks on your own site only
  --db URL                 review store for the intake stage (default CASEFILE_DB or ./casefile.db)
  --shutdown-timeout-ms N  on SIGTERM, wait this long for jobs in hand, then release them (default 30000)
  -h, --help               show this help
`;

function envMs(name: string): number | undefined {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(
    argv,
    {
      concurrency: { type: 'string' },
      queues: { type: 'string' },
      'allow-private': { type: 'boolean' },
      impolite: { type: 'boolean' },
      db: { type: 'string' },
      'shutdown-timeout-ms': { type: 'string' },
    },
    WORKER_HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const concurrency = v.concurrency === undefined ? 8 : parsePositiveInt(v.concurrency, '--concurrency');
  const shutdownMs = v['shutdown-timeout-ms'] === undefined ? 30_000 : parsePositiveInt(v['shutdown-timeout-ms'], '--shutdown-timeout-ms');
  for (const n of [concurrency, shutdownMs]) {
    if (n instanceof Error) {
      printUsageError(n.message, WORKER_HELP);
      return USAGE_EXIT;
    }
  }
  const { isQueueName } = await import('../../queues/queue-names');
  const queues = v.queues === undefined ? undefined : String(v.queues).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = queues?.filter((q) => !isQueueName(q)) ?? [];
  if (unknown.length > 0 || (queues && queues.length === 0)) {
    printUsageError(`--queues: unknown stage '${unknown[0] ?? ''}'`, WORKER_HELP);
    return USAGE_EXIT;
  }

  const { redactRedisUrl, resolveConnection } = await import('../../queues/connection');
  const { createLogger } = await import('../../queues/logger');
  const { WorkerRunner } = await import('../../queues/worker-runner');
  const log = createLogger({ role: 'worker' });
  let conn;
  try {
    conn = resolveConnection();
  } catch (err) {
    printUsageError((err as Error).message, WORKER_HELP);
    return USAGE_EXIT;
  }
  const runner = new WorkerRunner({
    conn,
    log,
    concurrency: concurrency as number,
    queues: queues as import('../../queues/queue-names').QueueName[] | undefined,
    allowPrivate: Boolean(v['allow-private']),
    polite: !v.impolite,
    storeUrl: v.db as string | undefined,
    lockDurationMs: envMs('CASEFILE_LOCK_DURATION_MS'),
    stalledIntervalMs: envMs('CASEFILE_STALLED_INTERVAL_MS'),
  });
  log.info({ redis: redactRedisUrl(conn.redisUrl), cluster: conn.cluster !== null, prefix: conn.prefix, concurrency, queues: queues ?? 'all' }, 'worker starting');

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        log.warn({ signal }, 'second signal: leaving now');
        process.exit(1);
      }
      stopping = true;
      log.info({ signal, deadlineMs: shutdownMs }, 'stopping');
      runner.close(shutdownMs as number).then(
        ({ released, clean }) => {
          // Released jobs belong to other workers now; a request or a reconnecting client must not hold the exit.
          if (released > 0 || !clean) setTimeout(() => process.exit(clean ? 0 : 1), 200).unref();
          resolve(clean ? 0 : 1);
        },
        (err) => {
          log.error({ err: (err as Error).message }, 'stop failed');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    runner.waitUntilReady().then(
      () => log.info('worker ready'),
      (err) => log.warn({ err: (err as Error).message }, 'not ready yet; retrying'),
    );
  });
}
