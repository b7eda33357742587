/**
 * End to end with the real commands: casefile crawl (fixture site) into a
 * SQLite store, decisions over the review server's API, casefile export
 * into PostgreSQL case_records, twice.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';
import { PG_URL, uniqueName } from '../store/test-stores';

const BIN = path.resolve(__dirname, '../../bin/casefile.js');
const TOKEN = 'e2e-token-0123456789abcdef';

jest.setTimeout(180_000);

function runAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status) => resolve({ status, stderr }));
  });
}

describe('crawl → review → export to PostgreSQL', () => {
  let dir: string;
  let site: FixtureSite;
  let review: ChildProcess | null = null;
  let pg: Client;
  const schema = uniqueName('casefile_test_e2e');

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-e2e-'));
    site = await startFixtureSite({ retryAfterSeconds: 1 });
    pg = new Client({ connectionString: PG_URL });
    await pg.connect();
    await pg.query(`CREATE SCHEMA "${schema}"`);
  });
  afterAll(async () => {
    review?.kill('SIGTERM');
    await site.close();
    await pg.query(`DROP SCHEMA "${schema}" CASCADE`);
    await pg.end();
    rmSync(dir, { recursive: true, force: true });
  });

  test('records found by the crawler reach case_records once accepted, exactly once', async () => {
    const env = { ...process.env, CASEFILE_DB: path.join(dir, 'casefile.db'), CASEFILE_REVIEW_TOKEN: TOKEN };
    // Asynchronous: the fixture site answers from this process, so it must not block.
    const crawl = await runAsync([BIN, 'crawl', '--seed', `${site.url}/`, '--allow-private', '--delay-ms', '50'], env);
    expect(crawl.stderr).toMatch(/records:\s+\d+ created/);
    expect(crawl.status).toBe(0);
    const listed = spawnSync(process.execPath, [BIN, 'records', '--status', 'pending'], { env, encoding: 'utf8' });
    const pending = listed.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(pending.length).toBeGreaterThan(3);

    review = spawn(process.execPath, [BIN, 'review', '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const base = await new Promise<string>((resolve, reject) => {
      let err = '';
      review!.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)\?token=/.exec(err);
        if (m) resolve(m[1]);
      });
      review!.on('exit', (code) => reject(new Error(`review exited ${code}: ${err}`)));
    });
    const api = async (p: string, body: unknown) => {
      const res = await fetch(base + p, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      return res.json();
    };
    const accepted: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { view } = await api('api/next', {});
      const id = view.stored.record.id as string;
      const record = i === 0 ? { ...view.stored.record, person: { ...view.stored.record.person, descriptor: 'edited in review' } } : undefined;
      await api(`api/records/${encodeURIComponent(id)}/decision`, { action: 'accept', record });
      accepted.push(id);
    }
    const { view } = await api('api/next', {});
    await api(`api/records/${encodeURIComponent(view.stored.record.id)}/decision`, { action: 'reject', reason: 'not a proceeding' });

    const to = `${PG_URL}?schema=${schema}`;
    const first = spawnSync(process.execPath, [BIN, 'export', '--to', to], { env, encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('3 written, 0 unchanged');
    const rows = (await pg.query(`SELECT id, person_descriptor, record FROM "${schema}".case_records ORDER BY id`)).rows;
    expect(rows.map((r) => r.id).sort()).toEqual([...accepted].sort());
    expect(rows.find((r) => r.id === accepted[0])!.person_descriptor).toBe('edited in review');
    expect(rows.find((r) => r.id === accepted[0])!.record.person.descriptor).toBe('edited in review');
    const second = spawnSync(process.execPath, [BIN, 'export', '--to', to], { env, encoding: 'utf8' });
    expect(second.stderr).toContain('0 written, 3 unchanged');
    expect(Number((await pg.query(`SELECT COUNT(*) AS n FROM "${schema}".case_records`)).rows[0].n)).toBe(3);
  });
});
