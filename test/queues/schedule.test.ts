/**
 * `casefile schedule`: one job scheduler per source; twice changes nothing;
 * a changed cron is updated; a removed source loses its scheduler.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { deleteKeys, CLI, testEnv } from './queue-harness';

jest.setTimeout(60_000);

const t = testEnv('schedule');
const file = path.join(t.dir, 'sources.yaml');

function sourcesYaml(sources: Array<{ id: string; schedule: string | null }>): string {
  return `sources:\n${sources
    .map((s) => `  - id: ${s.id}\n    name: Source ${s.id}\n    seeds: ["https://${s.id}.example.org/news"]\n    schedule: ${s.schedule === null ? 'null' : JSON.stringify(s.schedule)}\n`)
    .join('')}`;
}

function schedule(): Array<{ sourceId: string; action: string; pattern: string | null; next: string | null }> {
  const r = spawnSync(process.execPath, [CLI, 'schedule', '--sources', file], { env: t.env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('casefile schedule', () => {
  const queues = new PipelineQueues(t.conn);
  afterAll(async () => {
    await queues.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
  });

  test('creates, keeps, updates and removes job schedulers', async () => {
    writeFileSync(file, sourcesYaml([{ id: 'alpha', schedule: '0 */6 * * *' }, { id: 'beta', schedule: '30 2 * * *' }, { id: 'gamma', schedule: null }]));
    const first = schedule();
    expect(first.map((c) => [c.sourceId, c.action])).toEqual([['alpha', 'created'], ['beta', 'created']]);
    expect(first[0].next).toMatch(/^\d{4}-\d{2}-\d{2}T(00|06|12|18):00:00\.000Z$/);
    const crawl = queues.get(QUEUE_NAMES.crawl);
    expect(await crawl.getJobSchedulersCount()).toBe(2);
    const delayedBefore = (await crawl.getJobs(['delayed'])).map((j) => j.id).sort();
    expect(delayedBefore).toHaveLength(2);

    const second = schedule();
    expect(second.map((c) => c.action)).toEqual(['unchanged', 'unchanged']);
    expect((await crawl.getJobs(['delayed'])).map((j) => j.id).sort()).toEqual(delayedBefore);

    writeFileSync(file, sourcesYaml([{ id: 'alpha', schedule: '15 */6 * * *' }]));
    const third = schedule();
    expect(third.map((c) => [c.sourceId, c.action])).toEqual([['beta', 'removed'], ['alpha', 'updated']]);
    const left = await crawl.getJobSchedulers();
    expect(left.map((s) => [s.key, s.pattern])).toEqual([['source-alpha', '15 */6 * * *']]);
    expect(left[0].template?.data?.source?.id).toBe('alpha');
  });

  test('a bad sources file is a clear error that changes nothing', async () => {
    writeFileSync(file, 'sources:\n  - id: Bad Id\n    name: x\n    seeds: ["ftp://x"]\n');
    const r = spawnSync(process.execPath, [CLI, 'schedule', '--sources', file], { env: t.env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/sources\.yaml:\d+: sources\[0\]\.id/);
    expect(await queues.get(QUEUE_NAMES.crawl).getJobSchedulersCount()).toBe(1);
  });
});
