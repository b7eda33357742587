/**
 * `casefile enqueue` as users call it: one JSON line per crawl on standard
 * output and the crawl job on the queue; Redis down is a clear error, not a hang.
 */
import { spawnSync } from 'node:child_process';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { CLI, deleteKeys, testEnv } from './queue-harness';

jest.setTimeout(60_000);

describe('casefile enqueue', () => {
  const t = testEnv('enqueue');
  const queues = new PipelineQueues(t.conn);
  afterAll(async () => {
    await queues.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
  });

  test('prints the crawl and queues its job', async () => {
    const r = spawnSync(process.execPath, [CLI, 'enqueue', '--seed', 'https://news.example.org/en/news', '--max-pages', '5'], { env: t.env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({ crawlId: expect.stringMatching(/^seed-\d+$/), sourceId: 'seed', seeds: 1 });
    const job = await queues.get(QUEUE_NAMES.crawl).getJob(lines[0].crawlId);
    expect(job?.data.source.seeds).toEqual(['https://news.example.org/en/news']);
    expect(job?.data.source.maxPages).toBe(5);
  });

  test('Redis down: exit 1 with the reason, nothing on standard output', () => {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'enqueue', '--seed', 'https://news.example.org/en/news'], { env: { ...t.env, REDIS_URL: 'redis://127.0.0.1:1' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot reach Redis.*ECONNREFUSED/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  test.each([
    [['--seed', 'ftp://x.example/'], 2],
    [['--max-pages', '0', '--seed', 'https://x.example/'], 2],
    [[], 2],
  ])('usage error %j exits %i', (args, code) => {
    const r = spawnSync(process.execPath, [CLI, 'enqueue', ...args], { env: t.env, encoding: 'utf8' });
    expect(r.status).toBe(code);
    expect(r.stdout).toBe('');
  });
});
