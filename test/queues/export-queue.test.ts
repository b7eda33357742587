/**
 * The `export` queue: a real worker sends an accepted record to PostgreSQL
 * (table case_records in a schema made for this test); running the same job
 * again writes nothing twice; an acceptance in the review server
 * (`review --admin`) queues the export by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { articleHtml } from '../../bench/queue-bench-site';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { extractDocument } from '../../src/pipeline/extract-document';
import { openStore } from '../../src/store/index';
import { CLI, deleteKeys, idle, spawnWorker, stopWorker, testEnv, waitFor, type WorkerProcess } from './queue-harness';

jest.setTimeout(60_000);

const PG_URL = process.env.CASEFILE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `casefile_test_queue_${randomBytes(4).toString('hex')}`;

describe('export queue', () => {
  const t = testEnv('export', undefined, { CASEFILE_EXPORT_TO: `${PG_URL}?schema=${schema}` });
  const pool = new Pool({ connectionString: PG_URL });
  let queues: PipelineQueues;
  let worker: WorkerProcess;

  beforeAll(async () => {
    await pool.query(`CREATE SCHEMA "${schema}"`);
    queues = new PipelineQueues(t.conn);
  });
  let review: ChildProcess | undefined;
  afterAll(async () => {
    review?.kill('SIGTERM');
    if (worker) await stopWorker(worker);
    await queues.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  test('an accepted record reaches case_records once', async () => {
    const url = 'http://site.example/news/activist-3-sentenced-by-district-court';
    const result = extractDocument({ input: url, url, bytes: Buffer.from(articleHtml(3)), contentType: 'text/html' });
    expect(result.records.length).toBeGreaterThan(0);
    const store = await openStore(t.db);
    const rec = result.records[0];
    try {
      await store.saveExtraction(
        { sha256: result.source.sha256, url, title: result.document.title, published: result.document.published, text: result.document.text, fetchedAt: new Date().toISOString() },
        result.records,
        { sourceId: 'fixture', country: 'KZ' },
      );
      await store.decide(rec.id, { reviewer: 'tester', action: 'accept' });
    } finally {
      await store.close();
    }

    worker = spawnWorker(t.env, ['--queues', 'export']);
    await queues.add(QUEUE_NAMES.export, 'export-accept', { recordIds: [rec.id] });
    await idle(queues, 30_000);
    await queues.add(QUEUE_NAMES.export, 'export-accept', { recordIds: [rec.id] });
    await idle(queues, 30_000);

    const rows = await pool.query(`SELECT id, person_name FROM "${schema}".case_records`);
    expect(rows.rows).toEqual([{ id: rec.id, person_name: rec.person.name }]);
    const done = await queues.get(QUEUE_NAMES.export).getJobs(['completed']);
    const results = done.map((j) => j.returnvalue as { written: number; unchanged: number }).sort((a, b) => b.written - a.written);
    expect(results.map((r) => [r.written, r.unchanged])).toEqual([[1, 0], [0, 1]]);
    expect((await queues.counts()).export.failed).toBe(0);
  });

  test('accepting in the review server queues the export; the row follows the decision', async () => {
    const url = 'http://site.example/news/activist-4-sentenced-by-district-court';
    const result = extractDocument({ input: url, url, bytes: Buffer.from(articleHtml(4)), contentType: 'text/html' });
    const store = await openStore(t.db);
    try {
      await store.saveExtraction(
        { sha256: result.source.sha256, url, title: result.document.title, published: result.document.published, text: result.document.text, fetchedAt: new Date().toISOString() },
        result.records,
        { sourceId: 'fixture', country: 'KZ' },
      );
    } finally {
      await store.close();
    }
    const rec = result.records[0];
    review = spawn(process.execPath, [CLI, 'review', '--admin', '--port', '0'], { env: { ...t.env, CASEFILE_REVIEW_TOKEN: 'export-test-token' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    review.stdout!.on('data', (d) => (out += d));
    review.stderr!.on('data', (d) => (out += d));
    await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(out), 20_000);
    const base = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
    const res = await fetch(`${base}/api/records/${encodeURIComponent(rec.id)}/decision`, {
      method: 'POST',
      headers: { authorization: 'Bearer export-test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'accept' }),
    });
    expect(res.status).toBe(200);
    await waitFor(async () => (await pool.query(`SELECT 1 FROM "${schema}".case_records WHERE id = $1`, [rec.id])).rowCount === 1, 20_000);
    await idle(queues, 20_000);
    expect((await queues.counts()).export.failed).toBe(0);
  });
});
