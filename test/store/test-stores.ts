/**
 * Test stores on both backends: SQLite in a temp dir, PostgreSQL in a unique
 * schema of db `test` dropped afterwards. Plus literal CaseRecords.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { CaseRecordSchema, type CaseRecord } from '../../src/contract';
import { openStore } from '../../src/store';
import type { ReviewStore, SourceSnapshot } from '../../src/store/types';

export const PG_URL = process.env.CASEFILE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export type BackendKind = 'sqlite' | 'postgres';
export const BACKENDS: BackendKind[] = ['sqlite', 'postgres'];

export interface TestStore {
  store: ReviewStore;
  /** the URL another process can open the same store with */
  url: string;
  cleanup(): Promise<void>;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function openTestStore(kind: BackendKind): Promise<TestStore> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-store-'));
    const url = path.join(dir, 'review.db');
    const store = await openStore(url);
    return {
      store,
      url,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = uniqueName('casefile_test_review');
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const url = `${PG_URL}?schema=${schema}`;
  const store = await openStore(url);
  return {
    store,
    url,
    cleanup: async () => {
      await store.close();
      const c = new Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    },
  };
}

export const SNAPSHOT_TEXT =
  'On 13 December 2019, the Munaylin District Court sentenced activist Rinat Bukenov to six months in prison under Article 130 of the Criminal Code.\n\n' +
  'Aigul Tamabayeva, a journalist, was fined 50,000 tenge on 2 December 2019.';

export function snapshot(sha256 = 'sha-1', text = SNAPSHOT_TEXT, url: string | null = 'https://news.example.org/update-1'): SourceSnapshot {
  return { sha256, url, title: 'Update', published: '2019-12-20', text, fetchedAt: '2019-12-21T10:00:00.000Z' };
}

/** A literal record validated by the contract's schema; evidence points into SNAPSHOT_TEXT. */
export function record(id: string, over: Partial<CaseRecord> = {}): CaseRecord {
  const start = 0;
  const end = SNAPSHOT_TEXT.indexOf('Code.') + 5;
  return CaseRecordSchema.parse({
    id,
    person: { name: 'Rinat Bukenov', descriptor: 'activist' },
    court: 'Munaylin District Court',
    date: '2019-12-13',
    charges: [{ article: '130', part: null, code: 'criminal', label: null }],
    penalties: [{ type: 'imprisonment', duration: 'P6M', amount: null, currency: null, inferred: false }],
    evidence: [{ start, end, text: SNAPSHOT_TEXT.slice(start, end) }],
    confidence: 0.8,
    source: { url: 'https://news.example.org/update-1', sha256: 'sha-1' },
    ...over,
  });
}
