/**
 * Helpers for the queue tests: a unique Redis key prefix per test, real
 * `casefile worker` processes (dist build), a sources file for the local
 * fixture site, waiting for the pipeline to go idle, and key clean-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { resolveConnection, type ResolvedConnection } from '../../queues/connection';
import { PipelineQueues, waitForIdle } from '../../queues/pipeline-queues';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'bin/casefile.js');
export const SHARED_REDIS = 'redis://127.0.0.1:6379';

export function uniquePrefix(name: string): string {
  return `casefile-test-queue-${name}-${randomBytes(4).toString('hex')}`;
}

const dirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-queue-'));
  dirs.push(dir);
  return dir;
}

// Each test file that uses the harness removes its temporary folders (stores, sources, AOF) at the end.
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface TestEnv {
  conn: ResolvedConnection;
  dir: string;
  db: string;
  env: NodeJS.ProcessEnv;
}

/** Short locks and backoffs so that recovery happens in seconds, not minutes. */
export function testEnv(name: string, redisUrl = SHARED_REDIS, extra: NodeJS.ProcessEnv = {}): TestEnv {
  const dir = tempDir();
  const conn = resolveConnection({ redisUrl, prefix: uniquePrefix(name) });
  const db = path.join(dir, 'store.db');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDIS_URL: redisUrl,
    CASEFILE_QUEUE_PREFIX: conn.prefix,
    CASEFILE_DB: db,
    CASEFILE_LOCK_DURATION_MS: '4000', // renewed every 2 s: safe on a loaded machine, recovered within ~5 s
    CASEFILE_STALLED_INTERVAL_MS: '1000',
    CASEFILE_BACKOFF_BASE_MS: '200',
    CASEFILE_LOG_LEVEL: 'info',
    ...extra,
  };
  return { conn, dir, db, env };
}

export function writeSources(dir: string, siteUrl: string, extra: Record<string, unknown> = {}): string {
  const file = path.join(dir, 'sources.json');
  const source = { id: 'fixture', name: 'Fixture site', seeds: [`${siteUrl}/news`], allowPrivate: true, perHostDelayMs: 0, ...extra };
  writeFileSync(file, JSON.stringify({ sources: [source] }));
  return file;
}

export interface WorkerProcess {
  child: ChildProcess;
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnWorker(env: NodeJS.ProcessEnv, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => stderr.push(d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr, exited };
}

export async function stopWorker(w: WorkerProcess): Promise<void> {
  if (w.child.exitCode !== null || w.child.signalCode !== null) return;
  w.child.kill('SIGTERM');
  const t = setTimeout(() => w.child.kill('SIGKILL'), 15_000);
  await w.exited;
  clearTimeout(t);
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, pollMs = 50): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

export async function idle(queues: PipelineQueues, timeoutMs: number): Promise<void> {
  if (!(await waitForIdle(queues, timeoutMs, 100))) throw new Error(`pipeline not idle within ${timeoutMs} ms: ${JSON.stringify(await queues.counts())}`);
}

/** Deletes every key under the prefix (queues and casefile's own keys). */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  let n = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) n += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return n;
}

export function logLines(w: WorkerProcess): Array<Record<string, unknown>> {
  return w.stderr
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return {};
      }
    });
}
