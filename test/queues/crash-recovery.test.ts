/**
 * SIGKILL a real worker in the middle of a page: the job is recovered as
 * stalled, another worker finishes it, and the store holds each record once.
 */
import { openStore } from '../../src/store/index';
import { articleHtml, startQueueSite, type QueueSite } from '../../bench/queue-bench-site';
import { extractDocument } from '../../src/pipeline/extract-document';
import { enqueueCrawls } from '../../queues/enqueue-crawl';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { loadSourcesFile } from '../../src/sources/load-sources';
import { deleteKeys, idle, logLines, spawnWorker, stopWorker, testEnv, waitFor, writeSources, type WorkerProcess } from './queue-harness';

jest.setTimeout(90_000);

describe('worker killed mid-job', () => {
  let site: QueueSite;
  const t = testEnv('sigkill');
  let queues: PipelineQueues;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    site = await startQueueSite({ articles: 6, slowMs: 2500, extraLinks: ['/slow/slow-court-case-page'] });
    queues = new PipelineQueues(t.conn);
  });
  afterAll(async () => {
    for (const w of workers) await stopWorker(w);
    await queues.close();
    await site.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
  });

  test('the stalled job is finished by another worker with no duplicate records', async () => {
    const sources = loadSourcesFile(writeSources(t.dir, site.url));
    const a = spawnWorker(t.env, ['--concurrency', '4']);
    workers.push(a);
    await enqueueCrawls(queues, sources);
    await waitFor(() => site.requests.some((r) => r.path.startsWith('/slow/')), 30_000);
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    const slowHitsAtKill = site.requests.filter((r) => r.path.startsWith('/slow/')).length;

    const b = spawnWorker(t.env, ['--concurrency', '4']);
    workers.push(b);
    try {
      await idle(queues, 60_000);
      await checkOutcome(slowHitsAtKill);
    } catch (err) {
      // on failure, show what the recovering worker saw
      console.error(logLines(b).filter((l) => Number(l.level) >= 40));
      throw err;
    }
  });

  async function checkOutcome(slowHitsAtKill: number) {

    // the slow page was fetched again after the kill, by the second worker
    expect(site.requests.filter((r) => r.path.startsWith('/slow/')).length).toBeGreaterThan(slowHitsAtKill);
    const counts = await queues.counts();
    expect(counts.fetch.failed).toBe(0);
    expect(counts.review.failed).toBe(0);

    // every article's records are stored exactly once: the ids match an in-process extraction
    const expected = new Set<string>();
    const pages = [...Array(6).keys()].map((i) => ({ url: `${site.url}/news/activist-${i}-sentenced-by-district-court`, html: articleHtml(i) }));
    pages.push({ url: `${site.url}/slow/slow-court-case-page`, html: articleHtml(100000 + ('/slow/slow-court-case-page'.length % 1000)) });
    for (const p of pages) {
      const r = extractDocument({ input: p.url, url: p.url, bytes: Buffer.from(p.html), contentType: 'text/html; charset=utf-8' });
      for (const rec of r.records) expected.add(rec.id);
    }
    expect(expected.size).toBeGreaterThan(0);
    const store = await openStore(t.db);
    try {
      const stored = await store.listRecords({ limit: 10_000 });
      const ids = stored.map((s) => s.record.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(expected);
    } finally {
      await store.close();
    }
  }
});
