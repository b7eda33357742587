/**
 * The PostgreSQL sink: accepted records into table case_records (one row per
 * record id, main fields as columns plus the full record as jsonb), created
 * if missing, upserted only when the content changed. The queue's export
 * worker calls exportToPostgres(store, url, { recordIds: [id] }) on each acceptance.
 */
import { Pool } from 'pg';
import { defaultUser, quoteIdent } from '../store/postgres/postgres-db';
import { CasefileError } from '../errors';
import type { ReviewStore, StoredRecord } from '../store/types';
import { contentHash } from './content-hash';
import { toRow } from './record-row';

export const DEFAULT_TABLE = 'case_records';
/** Rows per INSERT statement: large enough to amortise round trips, well under the 65535-parameter limit. */
const BATCH_ROWS = 500;

const COLUMNS = [
  'id', 'person_name', 'person_descriptor', 'court', 'date', 'charges', 'penalties', 'penalty_types', 'confidence',
  'source_url', 'source_sha256', 'source_id', 'country', 'reviewed_by', 'reviewed_at', 'record', 'content_hash',
] as const;

export interface PostgresSinkOptions {
  /** table name, default case_records */
  table?: string;
  /** schema for the table; also ?schema=NAME in the URL; default the connection's search_path */
  schema?: string;
}

export interface ExportResult {
  destination: string;
  /** rows inserted or updated */
  written: number;
  /** accepted records already exported with the same content */
  unchanged: number;
  /** rows deleted because their record is no longer accepted */
  removed: number;
}

export class PostgresSink {
  readonly pool: Pool;
  readonly table: string;
  readonly destination: string;
  private readonly qualified: string;

  constructor(url: string, options: PostgresSinkOptions = {}) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new CasefileError('bad-export-url', `not a PostgreSQL URL: '${url}'`);
    }
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new CasefileError('bad-export-url', `not a PostgreSQL URL: '${url}'`);
    const schema = options.schema ?? parsed.searchParams.get('schema') ?? null;
    parsed.searchParams.delete('schema');
    this.table = options.table ?? DEFAULT_TABLE;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(this.table)) throw new CasefileError('bad-export-table', `table name must be a plain identifier, got '${this.table}'`);
    this.qualified = schema ? `${quoteIdent(schema)}.${quoteIdent(this.table)}` : quoteIdent(this.table);
    // Credentials stay out of the destination key, which is stored beside the marks.
    this.destination = `postgres://${parsed.host}${parsed.pathname}#${schema ? `${schema}.` : ''}${this.table}`;
    this.pool = new Pool({ connectionString: parsed.toString(), max: 2, user: defaultUser(parsed) });
    this.pool.on('error', (err) => process.stderr.write(`casefile: export pool error: ${err.message}\n`));
  }

  /** Creates the table if missing; true when it was just created (so nothing in it was exported yet). */
  async ensureTable(): Promise<boolean> {
    const exists = await this.pool.query('SELECT to_regclass($1) AS t', [this.qualified]);
    if (exists.rows[0].t) return false;
    await this.pool.query(`CREATE TABLE IF NOT EXISTS ${this.qualified} (
      id TEXT PRIMARY KEY,
      person_name TEXT NOT NULL,
      person_descriptor TEXT,
      court TEXT,
      date TEXT,
      charges TEXT NOT NULL,
      penalties TEXT NOT NULL,
      penalty_types TEXT[] NOT NULL,
      confidence DOUBLE PRECISION NOT NULL,
      source_url TEXT,
      source_sha256 TEXT NOT NULL,
      source_id TEXT,
      country TEXT,
      reviewed_by TEXT,
      reviewed_at TIMESTAMPTZ,
      record JSONB NOT NULL,
      content_hash TEXT NOT NULL,
      exported_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    return true;
  }

  /** Inserts or updates rows whose content changed; returns how many rows were written. */
  async upsert(records: StoredRecord[]): Promise<number> {
    let written = 0;
    for (let i = 0; i < records.length; i += BATCH_ROWS) {
      const batch = records.slice(i, i + BATCH_ROWS);
      const params: unknown[] = [];
      const tuples = batch.map((s) => {
        const row = toRow(s);
        const values = [
          row.id, row.person_name, row.person_descriptor, row.court, row.date, row.charges, row.penalties,
          [...new Set(s.record.penalties.map((p) => p.type))], row.confidence, row.source_url, row.source_sha256,
          row.source_id, row.country, row.reviewed_by, row.reviewed_at, JSON.stringify(s.record), contentHash(s),
        ];
        const base = params.length;
        params.push(...values);
        return `(${values.map((_, k) => `$${base + k + 1}`).join(', ')}, now())`;
      });
      const updates = COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`).join(', ');
      const result = await this.pool.query(
        `INSERT INTO ${this.qualified} (${COLUMNS.join(', ')}, exported_at) VALUES ${tuples.join(', ')}
         ON CONFLICT (id) DO UPDATE SET ${updates}, exported_at = now()
         WHERE ${this.qualified}.content_hash IS DISTINCT FROM EXCLUDED.content_hash`,
        params,
      );
      written += result.rowCount ?? 0;
    }
    return written;
  }

  async remove(ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const result = await this.pool.query(`DELETE FROM ${this.qualified} WHERE id = ANY($1)`, [ids]);
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Sends accepted records to PostgreSQL. Without recordIds: all accepted
 * records, and rows of records no longer accepted are removed. With
 * recordIds: just those (what the export queue does per acceptance).
 */
export async function exportToPostgres(
  store: ReviewStore,
  url: string,
  options: PostgresSinkOptions & { recordIds?: string[]; all?: boolean; sink?: PostgresSink } = {},
): Promise<ExportResult> {
  const sink = options.sink ?? new PostgresSink(url, options);
  try {
    const created = await sink.ensureTable();
    let candidates: StoredRecord[];
    if (options.recordIds) {
      candidates = (await Promise.all(options.recordIds.map((id) => store.getRecord(id)))).filter((r): r is StoredRecord => r !== null);
    } else {
      candidates = await store.listRecords({ status: 'accepted' });
    }
    const accepted = candidates.filter((r) => r.status === 'accepted');
    const marks = created || options.all ? new Map() : await store.exportMarks(sink.destination, options.recordIds);
    const changed = accepted.filter((r) => marks.get(r.record.id)?.contentHash !== contentHash(r));
    const written = await sink.upsert(changed);
    await store.setExportMarks(sink.destination, changed.map((r) => ({ recordId: r.record.id, contentHash: contentHash(r) })));
    // Records exported before but no longer accepted (undone, rejected later) leave the table.
    const acceptedIds = new Set(accepted.map((r) => r.record.id));
    const marked = await store.exportMarks(sink.destination, options.recordIds);
    const gone = [...marked.keys()].filter((id) => !acceptedIds.has(id));
    const removed = await sink.remove(gone);
    await store.deleteExportMarks(sink.destination, gone);
    return { destination: sink.destination, written, unchanged: accepted.length - changed.length, removed };
  } finally {
    if (!options.sink) await sink.close();
  }
}
