/**
 * bull-board at /admin/queues and /metrics, mounted in the real review
 * server (`casefile review --admin`, a real process) behind its sign-in,
 * showing real queue counts and pipeline metrics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import IORedis from 'ioredis';
import { PipelineMetrics } from '../../queues/pipeline-metrics';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { CLI, deleteKeys, testEnv, waitFor } from './queue-harness';

jest.setTimeout(30_000);

describe('review server --admin routes', () => {
  const t = testEnv('admin');
  let review: ChildProcess;
  let baseUrl = '';
  let queues: PipelineQueues;
  const redis = new IORedis(t.conn.redisUrl);

  beforeAll(async () => {
    review = spawn(process.execPath, [CLI, 'review', '--admin', '--port', '0'], {
      env: { ...t.env, CASEFILE_REVIEW_TOKEN: 'admin-test-token' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    review.stdout!.on('data', (d) => (out += d));
    review.stderr!.on('data', (d) => (out += d));
    await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(out), 20_000);
    baseUrl = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
    queues = new PipelineQueues(t.conn);
    await queues.add(QUEUE_NAMES.fetch, 'fetch', { example: true }, { jobId: 'waiting-one' });
    const metrics = new PipelineMetrics(redis, t.conn.prefix);
    metrics.pageFetched();
    metrics.pageSkipped('robots');
    metrics.observeStage('extract', 0.03);
    await metrics.flush();
  });
  afterAll(async () => {
    review.kill('SIGTERM');
    await queues.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
    redis.disconnect();
  });

  const auth = { authorization: 'Bearer admin-test-token' };

  test.each([['/metrics'], ['/admin/queues']])('%s refuses a request without sign-in', async (p) => {
    const res = await fetch(baseUrl + p);
    expect(res.status).toBe(401);
  });

  test('/metrics shows queue counts, counters and stage latencies', async () => {
    const res = await fetch(baseUrl + '/metrics', { headers: auth });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('casefile_queue_jobs{queue="fetch",state="waiting"} 1');
    expect(text).toContain('casefile_pages_fetched_total 1');
    expect(text).toContain('casefile_pages_skipped_total{reason="robots"} 1');
    expect(text).toContain('casefile_stage_duration_seconds_bucket{stage="extract",le="0.05"} 1');
    expect(text).toContain('casefile_stage_duration_seconds_bucket{stage="extract",le="0.025"} 0');
    expect(text).toContain('casefile_stage_duration_seconds_count{stage="extract"} 1');
  });

  test('/admin/queues serves bull-board and its API lists the queues', async () => {
    const page = await fetch(baseUrl + '/admin/queues', { headers: auth });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const api = await fetch(baseUrl + '/admin/queues/api/queues', { headers: auth });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['crawl', 'discover', 'export', 'extract', 'fetch', 'review']);
  });
});
