/**
 * A real Redis Cluster for the tests: N masters, no replicas, on free ports
 * of 127.0.0.1, each a daemonized redis-server in its own temporary folder,
 * joined with `redis-cli --cluster create`. stop() kills the servers by the
 * pids they wrote and removes the folder; a test calls it even on failure.
 * Example: const cluster = await startRedisCluster(3); cluster.url → "redis://127.0.0.1:P1,…"
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';

/** Redis Cluster's bus listens on the client port + 10000; both must be free. */
const BUS_PORT_OFFSET = 10_000;
const READY_TIMEOUT_MS = 30_000;

export interface RedisClusterHandle {
  ports: number[];
  /** every node, comma-separated: the multi-node REDIS_URL form */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freeClusterPorts(n: number): Promise<number[]> {
  const ports: number[] = [];
  for (let tries = 0; ports.length < n && tries < 200; tries++) {
    const p = 20_000 + Math.floor(Math.random() * 30_000);
    if (ports.some((q) => Math.abs(q - p) < 2)) continue;
    if ((await portFree(p)) && (await portFree(p + BUS_PORT_OFFSET))) ports.push(p);
  }
  if (ports.length < n) throw new Error(`no ${n} free port pairs for a Redis Cluster`);
  return ports;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw new Error(`${cmd} could not run (${r.error.message}); the cluster test needs redis-server and redis-cli on PATH`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

function pidOf(dir: string, port: number): number | null {
  const file = path.join(dir, `redis-${port}.pid`);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Servers still running when the test process exits are killed (a crashed run must not leave daemons behind). */
const started = new Set<number>();
process.on('exit', () => {
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

async function waitUntil(what: string, cond: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await cond().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not within ${timeoutMs} ms`);
}

async function nodeInfo(port: number, section: string): Promise<string> {
  const redis = new IORedis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return section === 'cluster' ? String(await redis.call('CLUSTER', 'INFO')) : await redis.info(section);
  } finally {
    redis.disconnect();
  }
}

export async function startRedisCluster(masters = 3): Promise<RedisClusterHandle> {
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-cluster-'));
  const ports: number[] = [];
  const stop = async () => {
    const pids = ports.map((p) => pidOf(dir, p)).filter((p): p is number => p !== null);
    for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGTERM');
    const until = Date.now() + 5000;
    while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    for (const pid of pids) {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      started.delete(pid);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    ports.push(...(await freeClusterPorts(masters)));
    for (const port of ports) {
      run('redis-server', [
        '--port', String(port),
        '--bind', '127.0.0.1',
        '--cluster-enabled', 'yes',
        '--cluster-config-file', `nodes-${port}.conf`,
        '--cluster-node-timeout', '5000',
        '--save', '',
        '--appendonly', 'no',
        '--daemonize', 'yes',
        '--pidfile', path.join(dir, `redis-${port}.pid`),
        '--logfile', path.join(dir, `redis-${port}.log`),
        '--dir', dir,
      ]);
    }
    // the daemon writes its pid file after the parent has returned
    for (const port of ports) {
      await waitUntil(`redis-server on ${port}`, async () => pidOf(dir, port) !== null && /redis_version/.test(await nodeInfo(port, 'server')), READY_TIMEOUT_MS);
      started.add(pidOf(dir, port)!);
    }
    run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (const port of ports) {
      await waitUntil(`cluster_state:ok on ${port}`, async () => /cluster_state:ok/.test(await nodeInfo(port, 'cluster')), READY_TIMEOUT_MS);
    }
    return { ports, url: `redis://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`, dir, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Every key on every master that starts with `prefix`, with the node port it lives on. */
export async function clusterKeys(ports: number[], prefix: string): Promise<Array<{ key: string; port: number }>> {
  const out: Array<{ key: string; port: number }> = [];
  for (const port of ports) {
    const redis = new IORedis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1 });
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix.replace(/[[\]{}*?\\]/g, '\\$&')}*`, 'COUNT', 500);
        cursor = next;
        for (const key of keys) out.push({ key, port });
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
  return out;
}
