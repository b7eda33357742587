/**
 * openStore(url?) picks the review store's backend: PostgreSQL for a
 * postgres:// URL, else a SQLite file (CASEFILE_DB, default ./casefile.db).
 * Example: const store = await openStore(); await store.saveExtraction(snapshot, records);
 */
import path from 'node:path';
import { migrate } from './migrations';
import { openPostgresDb } from './postgres/postgres-db';
import { openSqliteDb } from './sqlite/sqlite-db';
import { SqlReviewStore } from './sql-review-store';
import { StoreError } from './store-error';
import type { ReviewStore } from './types';

export type { ReviewStore, StoredRecord, SourceSnapshot, RecordMeta, SaveResult, RecordStatus, RecordFilter } from './types';
export { StoreError } from './store-error';
export { DEFAULT_CLAIM_TTL_MS } from './sql-review-store';

export const DEFAULT_DB_FILE = 'casefile.db';

export interface OpenStoreOptions {
  /** PostgreSQL only: keep the tables in this schema (also ?schema=NAME in the URL) */
  schema?: string;
}

/** The location openStore() uses when none is given: CASEFILE_DB, else ./casefile.db. */
export function defaultStoreUrl(): string {
  return process.env.CASEFILE_DB || DEFAULT_DB_FILE;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export async function openStore(url: string = defaultStoreUrl(), options: OpenStoreOptions = {}): Promise<ReviewStore> {
  if (isPostgresUrl(url)) {
    let opened;
    try {
      opened = openPostgresDb(url, options.schema);
    } catch (err) {
      throw new StoreError('bad-db-url', `cannot use database URL: ${(err as Error).message}`, { cause: err });
    }
    try {
      await migrate(opened.sql);
    } catch (err) {
      await opened.pool.end().catch(() => undefined);
      throw new StoreError('db-unavailable', `cannot open the review store on PostgreSQL: ${(err as Error).message}`, { cause: err });
    }
    return new SqlReviewStore(opened.sql, { kind: 'postgres', pool: opened.pool });
  }
  const file = url.startsWith('sqlite:') ? url.replace(/^sqlite:(\/\/)?/, '') : url;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) throw new StoreError('bad-db-url', `unsupported database URL '${url}': use a file path or postgres://`);
  let opened;
  try {
    opened = openSqliteDb(file === ':memory:' ? file : path.resolve(file));
  } catch (err) {
    throw new StoreError('db-unavailable', `cannot open the review store file '${file}': ${(err as Error).message}`, { cause: err });
  }
  await migrate(opened.sql);
  return new SqlReviewStore(opened.sql, { kind: 'sqlite', db: opened.db });
}
