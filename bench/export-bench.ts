/**
 * Export benchmark: rows/s into PostgreSQL case_records (first export, no-op
 * re-run, re-export after edits) and into JSON Lines / CSV files, from a
 * SQLite review store of N accepted records. Prints medians of R runs.
 * Usage: npm run bench:export -- [--records 5000] [--runs 3] [--pg postgres://postgres@127.0.0.1:5432/test]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { CaseRecordSchema, type CaseRecord } from '../src/contract';
import { exportToFile, exportToPostgres } from '../src/export';
import { openStore } from '../src/store';
import type { ReviewStore } from '../src/store/types';

const TEXT = 'On 13 December 2019 the Munaylin District Court sentenced activist Rinat Bukenov to six months in prison under Article 130 of the Criminal Code.';

function benchRecord(i: number): CaseRecord {
  return CaseRecordSchema.parse({
    id: `bench-${i}`,
    person: { name: `Person ${i} Bukenov`, descriptor: i % 3 ? 'activist' : null },
    court: 'Munaylin District Court',
    date: '2019-12-13',
    charges: [{ article: String(100 + (i % 300)), part: i % 2 ? '1' : null, code: 'criminal', label: null }],
    penalties: [{ type: i % 4 ? 'imprisonment' : 'fine', duration: i % 4 ? 'P6M' : null, amount: i % 4 ? null : 50000, currency: i % 4 ? null : 'KZT', inferred: false }],
    evidence: [{ start: 0, end: TEXT.length, text: TEXT }],
    confidence: 0.5 + (i % 50) / 100,
    source: { url: `https://monitor.example.org/${i % 100}`, sha256: 'bench' },
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' }, pg: { type: 'string', default: process.env.CASEFILE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test' } } });
  const n = Number(values.records);
  const runs = Number(values.runs);
  const pgUrl = values.pg!;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-export-bench-'));
  const store: ReviewStore = await openStore(path.join(dir, 'bench.db'));
  const admin = new Client({ connectionString: pgUrl });
  await admin.connect();
  const figures: Record<string, number[]> = { save: [], first: [], noop: [], edits: [], jsonl: [], csv: [] };
  try {
    const records = Array.from({ length: n }, (_, i) => benchRecord(i));
    const save = await timed(() => store.saveExtraction({ sha256: 'bench', url: null, title: null, published: null, text: TEXT, fetchedAt: new Date().toISOString() }, records));
    figures.save.push((n / save.ms) * 1000);
    if (store.backend.kind !== 'sqlite') throw new Error('bench expects the SQLite store');
    // Setup only: mark everything accepted at once instead of n audited decisions.
    store.backend.db.prepare("UPDATE review_records SET status = 'accepted', decided_by = 'bench', decided_at = ?").run(new Date().toISOString());
    const edits = Math.max(1, Math.floor(n / 10));
    for (let r = 0; r < runs; r++) {
      const schema = `casefile_bench_export_${process.pid}_${r}`;
      await admin.query(`CREATE SCHEMA "${schema}"`);
      try {
        const to = `${pgUrl}?schema=${schema}`;
        const first = await timed(() => exportToPostgres(store, to));
        if (first.value.written !== n) throw new Error(`first export wrote ${first.value.written}, expected ${n}`);
        figures.first.push((n / first.ms) * 1000);
        const noop = await timed(() => exportToPostgres(store, to));
        if (noop.value.written !== 0) throw new Error(`second export wrote ${noop.value.written}`);
        figures.noop.push(noop.ms);
        for (let i = 0; i < edits; i++) {
          const id = `bench-${(i * 10 + r) % n}`;
          const cur = (await store.getRecord(id))!.record;
          await store.editRecord(id, { ...cur, court: `Edited Court ${r}` }, 'bench');
        }
        const upd = await timed(() => exportToPostgres(store, to));
        if (upd.value.written !== edits) throw new Error(`re-export wrote ${upd.value.written}, expected ${edits}`);
        figures.edits.push((edits / upd.ms) * 1000);
        for (const format of ['jsonl', 'csv'] as const) {
          const out = path.join(dir, `out-${r}.${format}`);
          const f = await timed(() => exportToFile(store, { format, out }));
          figures[format].push((f.value.written / f.ms) * 1000);
        }
      } finally {
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      }
    }
  } finally {
    await admin.end();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const r0 = (x: number) => Math.round(x).toLocaleString('en');
  process.stdout.write(
    [
      `export bench: ${n} accepted records, median of ${runs} run(s)`,
      `  store intake (saveExtraction, SQLite)   ${r0(median(figures.save))} records/s`,
      `  PostgreSQL first export (insert)       ${r0(median(figures.first))} rows/s`,
      `  PostgreSQL re-run, nothing changed     ${median(figures.noop).toFixed(0)} ms, 0 rows written`,
      `  PostgreSQL re-export of ${Math.max(1, Math.floor(n / 10))} edited     ${r0(median(figures.edits))} rows/s`,
      `  JSON Lines file                        ${r0(median(figures.jsonl))} rows/s`,
      `  CSV file                               ${r0(median(figures.csv))} rows/s`,
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  process.stderr.write(`export bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
