/** Export to PostgreSQL, JSON Lines and CSV: incremental, idempotent, updates after edits; and the CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { CaseRecordSchema } from '../../src/contract';
import { exportToFile, exportToPostgres } from '../../src/export';
import { csvCell } from '../../src/export/csv';
import { PG_URL, openTestStore, record, snapshot, uniqueName, type TestStore } from '../store/test-stores';

const BIN = path.resolve(__dirname, '../../bin/casefile.js');

describe('export', () => {
  let t: TestStore;
  let schema: string;
  let pg: Client;
  let dir: string;
  const to = () => `${PG_URL}?schema=${schema}`;
  const rows = async () => (await pg.query(`SELECT id, person_name, court, penalty_types, record, reviewed_by, content_hash FROM "${schema}".case_records ORDER BY id`)).rows;

  beforeEach(async () => {
    t = await openTestStore('sqlite');
    schema = uniqueName('casefile_test_export');
    pg = new Client({ connectionString: PG_URL });
    await pg.connect();
    await pg.query(`CREATE SCHEMA "${schema}"`);
    dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-export-'));
    await t.store.saveExtraction(snapshot(), [
      record('a'),
      record('b', { person: { name: '=HYPERLINK("http://evil")', descriptor: 'has, comma and "quotes"' } }),
      record('c'),
    ]);
    await t.store.decide('a', { reviewer: 'ann', action: 'accept' });
    await t.store.decide('b', { reviewer: 'ann', action: 'accept' });
    await t.store.decide('c', { reviewer: 'ann', action: 'reject', reason: 'duplicate' });
  });
  afterEach(async () => {
    await pg.query(`DROP SCHEMA "${schema}" CASCADE`);
    await pg.end();
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('PostgreSQL: creates the table, writes accepted records once, updates after an edit, removes after undo', async () => {
    const first = await exportToPostgres(t.store, to());
    expect(first).toMatchObject({ written: 2, unchanged: 0, removed: 0 });
    let got = await rows();
    expect(got.map((r) => r.id)).toEqual(['a', 'b']);
    expect(got[0]).toMatchObject({ person_name: 'Rinat Bukenov', court: 'Munaylin District Court', penalty_types: ['imprisonment'], reviewed_by: 'ann' });
    expect(CaseRecordSchema.parse(got[0].record)).toEqual((await t.store.getRecord('a'))!.record);

    expect(await exportToPostgres(t.store, to())).toMatchObject({ written: 0, unchanged: 2, removed: 0 });
    // even without the marks, the table itself refuses to rewrite an unchanged row
    expect(await exportToPostgres(t.store, to(), { all: true })).toMatchObject({ written: 0, unchanged: 0 });

    await t.store.editRecord('a', record('a', { court: 'Almaty City Court' }), 'bob');
    expect(await exportToPostgres(t.store, to())).toMatchObject({ written: 1, unchanged: 1 });
    got = await rows();
    expect(got[0].court).toBe('Almaty City Court');
    expect(got[0].record.court).toBe('Almaty City Court');
    expect(got).toHaveLength(2);

    await t.store.undoLast('ann'); // the reject of c: c goes back to pending, was never exported
    await t.store.undoLast('ann'); // the accept of b: b leaves the table
    expect(await exportToPostgres(t.store, to())).toMatchObject({ written: 0, removed: 1 });
    expect((await rows()).map((r) => r.id)).toEqual(['a']);
  });

  test('PostgreSQL: per-acceptance export of given ids, as the export queue does', async () => {
    expect(await exportToPostgres(t.store, to(), { recordIds: ['a'] })).toMatchObject({ written: 1 });
    expect((await rows()).map((r) => r.id)).toEqual(['a']);
    expect(await exportToPostgres(t.store, to(), { recordIds: ['a', 'c', 'missing'] })).toMatchObject({ written: 0, unchanged: 1, removed: 0 });
    expect(await exportToPostgres(t.store, to())).toMatchObject({ written: 1, unchanged: 1 });
  });

  test('a table dropped downstream is created again and refilled', async () => {
    await exportToPostgres(t.store, to());
    await pg.query(`DROP TABLE "${schema}".case_records`);
    expect(await exportToPostgres(t.store, to())).toMatchObject({ written: 2 });
  });

  test('JSON Lines and CSV to a file: fresh file gets all, second run nothing, edits appended', async () => {
    const out = path.join(dir, 'accepted.csv');
    expect(await exportToFile(t.store, { format: 'csv', out })).toMatchObject({ written: 2 });
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFid,status,person_name,')).toBe(true);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")","has, comma and ""quotes"""`);
    expect(lines[1]).toContain('Art. 130 (criminal)');
    expect(lines[1]).toContain('imprisonment P6M');
    expect(await exportToFile(t.store, { format: 'csv', out })).toMatchObject({ written: 0, unchanged: 2 });
    expect(readFileSync(out, 'utf8')).toBe(csv);
    await t.store.editRecord('a', record('a', { date: '2019-12-14' }), 'ann');
    expect(await exportToFile(t.store, { format: 'csv', out })).toMatchObject({ written: 1 });
    expect(readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(4);

    const jl = path.join(dir, 'accepted.jsonl');
    writeFileSync(jl, '');
    await exportToFile(t.store, { format: 'jsonl', out: jl });
    const objs = readFileSync(jl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(objs.map((o) => o.id)).toEqual(['a', 'b']);
    expect(objs[0].review).toMatchObject({ status: 'accepted', reviewedBy: 'ann' });
    expect(CaseRecordSchema.parse(objs[0]).date).toBe('2019-12-14');
  });

  test('csv cells are quoted and formula-safe', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('+7 701')).toBe("'+7 701");
    expect(csvCell('@cmd')).toBe("'@cmd");
  });

  test('CLI: records and export', () => {
    const env = { ...process.env, CASEFILE_DB: t.url };
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 30000 });
    const all = run(['records']);
    expect(all.status).toBe(0);
    expect(all.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c']);
    const rejected = run(['records', '--status', 'rejected', '--format', 'csv']);
    expect(rejected.status).toBe(0);
    expect(rejected.stdout.startsWith('\uFEFFid,')).toBe(true);
    expect(rejected.stdout).toContain('c,rejected,Rinat Bukenov,activist');
    expect(rejected.stdout).toContain(',duplicate\r\n');
    expect(run(['records', '--status', 'maybe']).status).toBe(2);
    expect(run(['export', '--format', 'xml']).status).toBe(2);

    const first = run(['export', '--to', to()]);
    expect(first.stderr).toContain('2 written');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    const second = run(['export', '--to', to()]);
    expect(second.stderr).toContain('0 written, 2 unchanged');
    const stdout1 = run(['export', '--format', 'jsonl']);
    expect(stdout1.stdout.trim().split('\n')).toHaveLength(2);
    expect(run(['export', '--format', 'jsonl']).stdout).toBe('');
    const down = run(['export', '--to', 'postgres://127.0.0.1:1/none']);
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/casefile export: \S+: /);
  });
});
