/**
 * The review store: the source of truth for review state. One interface,
 * two backends (SQLite by default, PostgreSQL when CASEFILE_DB is postgres://).
 * The crawler and the intake worker only need saveExtraction(); the review
 * page, `records` and `export` use the rest.
 */
import type { CaseRecord, Entities } from '../contract';

export type RecordStatus = 'pending' | 'accepted' | 'rejected';
export const RECORD_STATUSES: readonly RecordStatus[] = ['pending', 'accepted', 'rejected'];

/** The cleaned text a record came from, kept so evidence can be shown after the site changes. */
export interface SourceSnapshot {
  sha256: string;
  url: string | null;
  title: string | null;
  published: string | null;
  text: string;
  fetchedAt: string;
  /** optional: the entities found in text, used to highlight spans in the review page */
  entities?: Entities | null;
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
  /** added: who made the last decision and when, the reject reason */
  decidedBy?: string | null;
  decidedAt?: string | null;
  reason?: string | null;
  /** added: the live claim on the record, if any */
  claimedBy?: string | null;
  claimExpiresAt?: string | null;
  /** added: the snapshot (source text) the record came from */
  snapshotSha256?: string | null;
}

/** Filters of the queue view; all optional, combined with AND. */
export interface RecordFilter {
  status?: RecordStatus;
  sourceId?: string;
  country?: string;
  penaltyType?: string;
  /** record date range, inclusive, ISO day or month prefixes compare as strings */
  dateFrom?: string;
  dateTo?: string;
  minConfidence?: number;
  maxConfidence?: number;
  /** full-text-ish filter on the person's name (case-insensitive substring) */
  person?: string;
  sort?: 'confidence-desc' | 'confidence-asc' | 'date-desc' | 'date-asc' | 'created';
  limit?: number;
  offset?: number;
}

export type AuditAction = 'accept' | 'reject' | 'edit' | 'undo' | 'merge-persons' | 'reject-merge';

/** The state an audit entry saw before and after a change. */
export interface RecordState {
  status: RecordStatus;
  record: CaseRecord;
  reason: string | null;
}

export interface AuditEntry {
  id: number;
  recordId: string | null;
  reviewer: string;
  /** who acted under the reviewer name (the review page's session), else the reviewer */
  actor?: string | null;
  at: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** for 'undo': the audit entry it reverted */
  undoes: number | null;
}

export interface Decision {
  reviewer: string;
  action: 'accept' | 'reject';
  reason?: string | null;
  /** an edited record to store with the decision (only editable fields are taken) */
  record?: CaseRecord;
  /** who holds the claim (default: reviewer); the review page uses one claimant per session */
  claimant?: string;
}

export interface ClaimOptions {
  reviewer: string;
  /** how long the claim lasts if the analyst walks away */
  claimTtlMs?: number;
  /** ids this reviewer skipped in this session */
  excludeIds?: string[];
  filter?: Omit<RecordFilter, 'status' | 'limit' | 'offset'>;
}

/** One person across articles: all records whose names are the same (or were merged). */
export interface PersonTimeline {
  key: string;
  name: string;
  /** the distinct spellings folded into this person */
  names: string[];
  records: Array<{ id: string; date: string | null; status: RecordStatus; court: string | null; sourceUrl: string | null; penalties: CaseRecord['penalties'] }>;
}

/** Two spellings that look like transliteration variants of one person, awaiting a reviewer. */
export interface MergeProposal {
  a: string;
  b: string;
  nameA: string;
  nameB: string;
  recordsA: number;
  recordsB: number;
}

export interface ExportMark {
  destination: string;
  recordId: string;
  contentHash: string;
  exportedAt: string;
}

/** Which database the store runs on, for helpers that keep their own tables beside it (crawl_*). */
export type StoreBackend = { kind: 'sqlite'; db: import('better-sqlite3').Database } | { kind: 'postgres'; pool: import('pg').Pool };

export interface ReviewStore {
  /** Idempotent: saving the same snapshot and records twice changes nothing. */
  saveExtraction(snapshot: SourceSnapshot, records: CaseRecord[], meta?: RecordMeta): Promise<SaveResult>;
  listRecords(filter?: RecordFilter): Promise<StoredRecord[]>;
  close(): Promise<void>;

  // --- added for the review page, records and export ---
  readonly backend: StoreBackend;
  countRecords(filter?: RecordFilter): Promise<number>;
  getRecord(id: string): Promise<StoredRecord | null>;
  getSnapshot(sha256: string): Promise<SourceSnapshot | null>;
  /** stores computed entities for a snapshot saved without them */
  setSnapshotEntities(sha256: string, entities: Entities): Promise<void>;
  /** distinct values for the filter pickers */
  facets(): Promise<{ sources: string[]; countries: string[]; penaltyTypes: string[] }>;
  /** Atomically claims the next pending record for a reviewer (or renews the one it holds). */
  claimNext(options: ClaimOptions): Promise<StoredRecord | null>;
  /** Claims one given record; null if someone else holds a live claim. */
  claim(id: string, reviewer: string, claimTtlMs?: number): Promise<StoredRecord | null>;
  release(id: string, reviewer: string): Promise<void>;
  /** Accept or reject (optionally with an edited record); logs before/after. Throws StoreError 'claim-held' / 'not-found'. */
  decide(id: string, decision: Decision): Promise<StoredRecord>;
  /** Saves edits without deciding. */
  editRecord(id: string, record: CaseRecord, reviewer: string, claimant?: string): Promise<StoredRecord>;
  /**
   * Reverts the last decision (accept/reject) not yet undone that this reviewer made as this
   * claimant (default: the reviewer; the page passes its session); null when there is none.
   * Throws 'undo-conflict' if the record changed since.
   */
  undoLast(reviewer: string, claimant?: string): Promise<StoredRecord | null>;
  audit(filter?: { recordId?: string; reviewer?: string; limit?: number }): Promise<AuditEntry[]>;
  persons(filter?: { name?: string; limit?: number }): Promise<PersonTimeline[]>;
  personTimeline(key: string): Promise<PersonTimeline | null>;
  mergeProposals(): Promise<MergeProposal[]>;
  /** A reviewer confirms (merge=true) or refuses a proposed merge; stored and logged. */
  decideMerge(a: string, b: string, merge: boolean, reviewer: string): Promise<void>;
  exportMarks(destination: string, recordIds?: string[]): Promise<Map<string, ExportMark>>;
  setExportMarks(destination: string, marks: Array<{ recordId: string; contentHash: string }>): Promise<void>;
  deleteExportMarks(destination: string, recordIds: string[]): Promise<void>;
}
