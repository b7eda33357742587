/**
 * The `export` queue: a real worker sends an accepted record to PostgreSQL
 * (table case_records in a schema made for this test); running the same job
 * again writes nothing twice.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { articleHtml } from '../../bench/queue-bench-site';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { extractDocument } from '../../src/pipeline/extract-document';
import { openStore } from '../../src/store/index';
import { deleteKeys, idle, spawnWorker, stopWorker, testEnv, type WorkerProcess } from './queue-harness';

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
  afterAll(async () => {
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
});
