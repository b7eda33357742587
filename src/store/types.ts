/**
 * The review store: the source of truth for review state. One interface,
 * two backends (SQLite by default, PostgreSQL when CASEFILE_DB is postgres://).
 * The review issue fleshes this out; the crawler and the intake worker only
 * need saveExtraction().
 */
import type { CaseRecord } from '../contract';

export type RecordStatus = 'pending' | 'accepted' | 'rejected';

/** The cleaned text a record came from, kept so evidence can be shown after the site changes. */
export interface SourceSnapshot {
  sha256: string;
  url: string | null;
  title: string | null;
  published: string | null;
  text: string;
  fetchedAt: string;
}

/** Where the page came from, for the analysts' filters. */
export interface RecordMeta {
  sourceId?: string | null;
  country?: string | null;
}

export interface SaveResult {
  /** records not seen before */
  inserted: number;
  /** records already in the store (same id): left as they are, review state kept */
  existing: number;
}

export interface StoredRecord {
  record: CaseRecord;
  status: RecordStatus;
  sourceId: string | null;
  country: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewStore {
  /** Idempotent: saving the same snapshot and records twice changes nothing. */
  saveExtraction(snapshot: SourceSnapshot, records: CaseRecord[], meta?: RecordMeta): Promise<SaveResult>;
  listRecords(filter?: { status?: RecordStatus; limit?: number }): Promise<StoredRecord[]>;
  close(): Promise<void>;
}
