/**
 * The review store written once against SqlDb, so SQLite and PostgreSQL
 * behave the same: records with status, source snapshots, claims, an
 * append-only audit log, people across articles and export marks.
 */
import { CaseRecordSchema, type CaseRecord, type Entities } from '../contract';
import { mergeGroups, nameKey, variantKey } from './person-keys';
import type { SqlDb, SqlParam } from './sql-db';
import { StoreError } from './store-error';
import type {
  AuditAction,
  AuditEntry,
  ClaimOptions,
  Decision,
  ExportMark,
  MergeProposal,
  PersonTimeline,
  RecordFilter,
  RecordMeta,
  RecordState,
  RecordStatus,
  ReviewStore,
  SaveResult,
  SourceSnapshot,
  StoreBackend,
  StoredRecord,
} from './types';

/** An analyst who walks away for ten minutes gives the record back to the queue. */
export const DEFAULT_CLAIM_TTL_MS = 10 * 60 * 1000;
/** Claim races lost to another process are retried this many times before giving up for this call. */
const CLAIM_ATTEMPTS = 10;

interface RecordRow {
  id: string;
  status: RecordStatus;
  record: string;
  snapshot_sha256: string | null;
  source_id: string | null;
  country: string | null;
  person_name: string;
  person_key: string;
  confidence: number;
  record_date: string | null;
  created_at: string;
  updated_at: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  claimed_by: string | null;
  claim_expires_at: string | null;
}

const now = (): string => new Date().toISOString();

function toStored(row: RecordRow): StoredRecord {
  return {
    record: JSON.parse(row.record) as CaseRecord,
    status: row.status,
    sourceId: row.source_id,
    country: row.country,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    reason: row.reason,
    claimedBy: row.claim_expires_at && row.claim_expires_at > now() ? row.claimed_by : null,
    claimExpiresAt: row.claim_expires_at && row.claim_expires_at > now() ? row.claim_expires_at : null,
    snapshotSha256: row.snapshot_sha256,
  };
}

function penaltyTypesColumn(record: CaseRecord): string {
  return `,${[...new Set(record.penalties.map((p) => p.type))].join(',')},`;
}

function validRecord(value: unknown, where: string): CaseRecord {
  const parsed = CaseRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('invalid-record', `${where}: ${issue.path.join('.') || 'record'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Only what an analyst may change; id, evidence, confidence and source stay as extracted. */
export function applyEdits(stored: CaseRecord, edited: CaseRecord): CaseRecord {
  return validRecord(
    {
      ...stored,
      person: edited.person,
      court: edited.court,
      date: edited.date,
      charges: edited.charges,
      penalties: edited.penalties,
    },
    `edited record ${stored.id}`,
  );
}

function filterSql(filter: RecordFilter): { where: string; params: SqlParam[] } {
  const clauses: string[] = [];
  const params: SqlParam[] = [];
  if (filter.status) (clauses.push('status = ?'), params.push(filter.status));
  if (filter.sourceId) (clauses.push('source_id = ?'), params.push(filter.sourceId));
  if (filter.country) (clauses.push('country = ?'), params.push(filter.country));
  if (filter.penaltyType) (clauses.push('penalty_types LIKE ?'), params.push(`%,${filter.penaltyType},%`));
  // A month-only date ("2019-12") is in a range starting on any day of that month.
  if (filter.dateFrom) (clauses.push('(record_date >= ? OR record_date = ?)'), params.push(filter.dateFrom, filter.dateFrom.slice(0, 7)));
  // A month "2019-12" sorts before its days; "~" sorts after every digit and dash, so dateTo includes them.
  if (filter.dateTo) (clauses.push('record_date <= ?'), params.push(`${filter.dateTo}~`));
  if (filter.minConfidence !== undefined) (clauses.push('confidence >= ?'), params.push(filter.minConfidence));
  if (filter.maxConfidence !== undefined) (clauses.push('confidence <= ?'), params.push(filter.maxConfidence));
  if (filter.person) (clauses.push('LOWER(person_name) LIKE ?'), params.push(`%${filter.person.toLowerCase()}%`));
  return { where: clauses.length ? clauses.join(' AND ') : '1=1', params };
}

function orderSql(sort: RecordFilter['sort']): string {
  switch (sort) {
    case 'confidence-asc':
      return 'confidence ASC, id';
    case 'confidence-desc':
      return 'confidence DESC, id';
    case 'date-asc':
      return 'record_date ASC NULLS LAST, id';
    case 'date-desc':
      return 'record_date DESC NULLS LAST, id';
    default:
      return 'created_at, id';
  }
}

function sameState(a: RecordState, b: RecordState): boolean {
  return a.status === b.status && JSON.stringify(a.record) === JSON.stringify(b.record);
}

export class SqlReviewStore implements ReviewStore {
  constructor(
    private readonly db: SqlDb,
    readonly backend: StoreBackend,
  ) {}

  async saveExtraction(snapshot: SourceSnapshot, records: CaseRecord[], meta: RecordMeta = {}): Promise<SaveResult> {
    if (!snapshot || typeof snapshot.sha256 !== 'string' || !snapshot.sha256 || typeof snapshot.text !== 'string') {
      throw new StoreError('invalid-snapshot', 'snapshot needs a sha256 and its text');
    }
    const valid = records.map((r, i) => validRecord(r, `record ${i} (${(r as { id?: unknown })?.id ?? 'no id'})`));
    return this.db.tx(async (t) => {
      const at = now();
      await t.run(
        `INSERT INTO review_snapshots (sha256, url, title, published, text, fetched_at, entities)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
        [snapshot.sha256, snapshot.url, snapshot.title, snapshot.published, snapshot.text, snapshot.fetchedAt || at, snapshot.entities ? JSON.stringify(snapshot.entities) : null],
      );
      if (snapshot.entities) {
        await t.run('UPDATE review_snapshots SET entities = ? WHERE sha256 = ? AND entities IS NULL', [JSON.stringify(snapshot.entities), snapshot.sha256]);
      }
      let inserted = 0;
      for (const r of valid) {
        inserted += await t.run(
          `INSERT INTO review_records (id, status, record, snapshot_sha256, source_id, country, person_name, person_key,
             confidence, record_date, penalty_types, created_at, updated_at)
           VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [r.id, JSON.stringify(r), snapshot.sha256, meta.sourceId ?? null, meta.country ?? null, r.person.name, nameKey(r.person.name), r.confidence, r.date, penaltyTypesColumn(r), at, at],
        );
      }
      return { inserted, existing: valid.length - inserted };
    });
  }

  async listRecords(filter: RecordFilter = {}): Promise<StoredRecord[]> {
    const { where, params } = filterSql(filter);
    const limit = filter.limit ?? -1;
    const rows = await this.db.all<RecordRow>(
      `SELECT * FROM review_records WHERE ${where} ORDER BY ${orderSql(filter.sort)} ${limit >= 0 ? `LIMIT ${Math.floor(limit)}` : ''} ${filter.offset ? `OFFSET ${Math.floor(filter.offset)}` : ''}`,
      params,
    );
    return rows.map(toStored);
  }

  async countRecords(filter: RecordFilter = {}): Promise<number> {
    const { where, params } = filterSql(filter);
    const rows = await this.db.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM review_records WHERE ${where}`, params);
    return Number(rows[0].n);
  }

  async getRecord(id: string): Promise<StoredRecord | null> {
    const rows = await this.db.all<RecordRow>('SELECT * FROM review_records WHERE id = ?', [id]);
    return rows.length ? toStored(rows[0]) : null;
  }

  async getSnapshot(sha256: string): Promise<SourceSnapshot | null> {
    const rows = await this.db.all<{ sha256: string; url: string | null; title: string | null; published: string | null; text: string; fetched_at: string; entities: string | null }>(
      'SELECT * FROM review_snapshots WHERE sha256 = ?',
      [sha256],
    );
    const s = rows[0];
    if (!s) return null;
    return { sha256: s.sha256, url: s.url, title: s.title, published: s.published, text: s.text, fetchedAt: s.fetched_at, entities: s.entities ? (JSON.parse(s.entities) as Entities) : null };
  }

  async setSnapshotEntities(sha256: string, entities: Entities): Promise<void> {
    await this.db.tx((t) => t.run('UPDATE review_snapshots SET entities = ? WHERE sha256 = ?', [JSON.stringify(entities), sha256]));
  }

  async facets(): Promise<{ sources: string[]; countries: string[]; penaltyTypes: string[] }> {
    const col = async (c: string) =>
      (await this.db.all<{ v: string }>(`SELECT DISTINCT ${c} AS v FROM review_records WHERE ${c} IS NOT NULL ORDER BY v`)).map((r) => r.v);
    const types = new Set<string>();
    for (const v of await col('penalty_types')) for (const t of v.split(',')) if (t) types.add(t);
    return { sources: await col('source_id'), countries: await col('country'), penaltyTypes: [...types].sort() };
  }

  async claimNext(options: ClaimOptions): Promise<StoredRecord | null> {
    const ttl = options.claimTtlMs ?? DEFAULT_CLAIM_TTL_MS;
    const { where, params } = filterSql({ ...options.filter, status: 'pending' });
    const exclude = options.excludeIds ?? [];
    const excludeSql = exclude.length ? `AND id NOT IN (${exclude.map(() => '?').join(',')})` : '';
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const claimed = await this.db.tx(async (t) => {
        const at = now();
        const rows = await t.all<{ id: string }>(
          `SELECT id FROM review_records
           WHERE ${where} ${excludeSql} AND (claimed_by IS NULL OR claimed_by = ? OR claim_expires_at < ?)
           ORDER BY CASE WHEN claimed_by = ? THEN 0 ELSE 1 END, ${orderSql(options.filter?.sort ?? 'confidence-desc')} LIMIT 1
           ${t.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : ''}`,
          [...params, ...exclude, options.reviewer, at, options.reviewer],
        );
        if (!rows.length) {
          await t.run('UPDATE review_records SET claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by = ?', [options.reviewer]);
          return { done: true as const, record: null };
        }
        const got = await this.claimIn(t, rows[0].id, options.reviewer, ttl, at);
        if (!got) return { done: false as const, record: null };
        await t.run('UPDATE review_records SET claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by = ? AND id <> ?', [options.reviewer, rows[0].id]);
        return { done: true as const, record: got };
      });
      if (claimed.done) return claimed.record;
    }
    return null;
  }

  private async claimIn(t: SqlDb, id: string, claimant: string, ttlMs: number, at: string): Promise<StoredRecord | null> {
    const expires = new Date(Date.parse(at) + ttlMs).toISOString();
    // The WHERE repeats the availability test so a racing claimant loses cleanly (0 rows).
    const changed = await t.run(
      `UPDATE review_records SET claimed_by = ?, claim_expires_at = ?
       WHERE id = ? AND (claimed_by IS NULL OR claimed_by = ? OR claim_expires_at < ?)`,
      [claimant, expires, id, claimant, at],
    );
    if (!changed) return null;
    const rows = await t.all<RecordRow>('SELECT * FROM review_records WHERE id = ?', [id]);
    return toStored(rows[0]);
  }

  async claim(id: string, reviewer: string, claimTtlMs = DEFAULT_CLAIM_TTL_MS): Promise<StoredRecord | null> {
    return this.db.tx(async (t) => {
      const exists = await t.all<{ id: string }>('SELECT id FROM review_records WHERE id = ?', [id]);
      if (!exists.length) throw new StoreError('not-found', `no record ${id}`);
      return this.claimIn(t, id, reviewer, claimTtlMs, now());
    });
  }

  async release(id: string, reviewer: string): Promise<void> {
    await this.db.tx((t) => t.run('UPDATE review_records SET claimed_by = NULL, claim_expires_at = NULL WHERE id = ? AND claimed_by = ?', [id, reviewer]));
  }

  private async loadForChange(t: SqlDb, id: string, claimant: string): Promise<RecordRow> {
    const rows = await t.all<RecordRow>('SELECT * FROM review_records WHERE id = ?', [id]);
    const row = rows[0];
    if (!row) throw new StoreError('not-found', `no record ${id}`);
    if (row.claimed_by && row.claimed_by !== claimant && row.claim_expires_at && row.claim_expires_at > now()) {
      throw new StoreError('claim-held', `record ${id} is being reviewed by someone else until ${row.claim_expires_at}`);
    }
    return row;
  }

  private async writeState(t: SqlDb, id: string, state: RecordState, decided: { by: string | null; at: string | null }, claimant: string | null, ttlMs = DEFAULT_CLAIM_TTL_MS): Promise<void> {
    const at = now();
    const r = state.record;
    await t.run(
      `UPDATE review_records SET status = ?, record = ?, person_name = ?, person_key = ?, record_date = ?, penalty_types = ?,
         reason = ?, decided_by = ?, decided_at = ?, updated_at = ?, claimed_by = ?, claim_expires_at = ? WHERE id = ?`,
      [state.status, JSON.stringify(r), r.person.name, nameKey(r.person.name), r.date, penaltyTypesColumn(r), state.reason, decided.by, decided.at, at, claimant, claimant ? new Date(Date.now() + ttlMs).toISOString() : null, id],
    );
  }

  private async appendAudit(t: SqlDb, e: { recordId: string | null; reviewer: string; actor?: string; action: AuditAction; before: unknown; after: unknown; reason?: string | null; undoes?: number | null }): Promise<void> {
    await t.run('INSERT INTO review_audit (record_id, reviewer, actor, at, action, before, after, reason, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      e.recordId,
      e.reviewer,
      e.actor ?? e.reviewer,
      now(),
      e.action,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
      e.reason ?? null,
      e.undoes ?? null,
    ]);
  }

  async decide(id: string, decision: Decision): Promise<StoredRecord> {
    if (decision.action !== 'accept' && decision.action !== 'reject') throw new StoreError('invalid-decision', `unknown decision '${String(decision.action)}'`);
    if (!decision.reviewer) throw new StoreError('invalid-decision', 'a decision needs a reviewer');
    return this.db.tx(async (t) => {
      const row = await this.loadForChange(t, id, decision.claimant ?? decision.reviewer);
      const current = JSON.parse(row.record) as CaseRecord;
      const record = decision.record ? applyEdits(current, decision.record) : current;
      const before: RecordState = { status: row.status, record: current, reason: row.reason };
      const after: RecordState = {
        status: decision.action === 'accept' ? 'accepted' : 'rejected',
        record,
        reason: decision.action === 'reject' ? (decision.reason?.trim() || null) : null,
      };
      const at = now();
      await this.writeState(t, id, after, { by: decision.reviewer, at }, null);
      await this.appendAudit(t, { recordId: id, reviewer: decision.reviewer, actor: decision.claimant, action: decision.action, before, after, reason: after.reason });
      return toStored((await t.all<RecordRow>('SELECT * FROM review_records WHERE id = ?', [id]))[0]);
    });
  }

  async editRecord(id: string, edited: CaseRecord, reviewer: string, claimant: string = reviewer): Promise<StoredRecord> {
    return this.db.tx(async (t) => {
      const row = await this.loadForChange(t, id, claimant);
      const current = JSON.parse(row.record) as CaseRecord;
      const record = applyEdits(current, edited);
      const before: RecordState = { status: row.status, record: current, reason: row.reason };
      const after: RecordState = { ...before, record };
      if (JSON.stringify(current) !== JSON.stringify(record)) {
        await this.writeState(t, id, after, { by: row.decided_by, at: row.decided_at }, row.claimed_by === claimant ? claimant : null);
        await this.appendAudit(t, { recordId: id, reviewer, actor: claimant, action: 'edit', before, after });
      }
      return toStored((await t.all<RecordRow>('SELECT * FROM review_records WHERE id = ?', [id]))[0]);
    });
  }

  async undoLast(reviewer: string, claimant: string = reviewer): Promise<StoredRecord | null> {
    return this.db.tx(async (t) => {
      const rows = await t.all<{ id: number | string; record_id: string; before: string; after: string }>(
        `SELECT a.id, a.record_id, a.before, a.after FROM review_audit a
         WHERE a.reviewer = ? AND a.actor = ? AND a.action IN ('accept', 'reject')
           AND NOT EXISTS (SELECT 1 FROM review_audit u WHERE u.undoes = a.id)
         ORDER BY a.id DESC LIMIT 1`,
        [reviewer, claimant],
      );
      const entry = rows[0];
      if (!entry) return null;
      const row = await this.loadForChange(t, entry.record_id, claimant);
      const current: RecordState = { status: row.status, record: JSON.parse(row.record) as CaseRecord, reason: row.reason };
      const before = JSON.parse(entry.before) as RecordState;
      const after = JSON.parse(entry.after) as RecordState;
      if (!sameState(current, after)) {
        throw new StoreError('undo-conflict', `record ${entry.record_id} changed since your last decision; nothing was undone`);
      }
      // Back to the state before the decision; the record returns to this analyst to look at again.
      const prior = await t.all<{ reviewer: string; at: string }>(
        `SELECT reviewer, at FROM review_audit a WHERE record_id = ? AND action IN ('accept','reject') AND id < ?
           AND NOT EXISTS (SELECT 1 FROM review_audit u WHERE u.undoes = a.id) ORDER BY id DESC LIMIT 1`,
        [entry.record_id, entry.id],
      );
      const decided = before.status === 'pending' ? { by: null, at: null } : { by: prior[0]?.reviewer ?? null, at: prior[0]?.at ?? null };
      await this.writeState(t, entry.record_id, before, decided, claimant);
      await this.appendAudit(t, { recordId: entry.record_id, reviewer, actor: claimant, action: 'undo', before: current, after: before, undoes: Number(entry.id) });
      return toStored((await t.all<RecordRow>('SELECT * FROM review_records WHERE id = ?', [entry.record_id]))[0]);
    });
  }

  async audit(filter: { recordId?: string; reviewer?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    const clauses: string[] = [];
    const params: SqlParam[] = [];
    if (filter.recordId) (clauses.push('record_id = ?'), params.push(filter.recordId));
    if (filter.reviewer) (clauses.push('reviewer = ?'), params.push(filter.reviewer));
    const rows = await this.db.all<{ id: number | string; record_id: string | null; reviewer: string; actor: string | null; at: string; action: AuditAction; before: string | null; after: string | null; reason: string | null; undoes: number | string | null }>(
      `SELECT * FROM review_audit ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY id ${filter.limit ? `LIMIT ${Math.floor(filter.limit)}` : ''}`,
      params,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      recordId: r.record_id,
      reviewer: r.reviewer,
      actor: r.actor,
      at: r.at,
      action: r.action,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
      reason: r.reason,
      undoes: r.undoes === null ? null : Number(r.undoes),
    }));
  }

  // --- people across articles ---

  private async personIndex(): Promise<{ rows: Array<Pick<RecordRow, 'id' | 'person_name' | 'person_key' | 'record_date' | 'status' | 'record'>>; group: Map<string, string>; decided: Set<string> }> {
    const rows = await this.db.all<Pick<RecordRow, 'id' | 'person_name' | 'person_key' | 'record_date' | 'status' | 'record'>>(
      'SELECT id, person_name, person_key, record_date, status, record FROM review_records',
    );
    const merges = await this.db.all<{ key_a: string; key_b: string; merged: number }>('SELECT key_a, key_b, merged FROM review_person_merges');
    const group = mergeGroups(
      rows.map((r) => r.person_key),
      merges.filter((m) => Number(m.merged) === 1).map((m) => [m.key_a, m.key_b] as [string, string]),
    );
    const decided = new Set(merges.map((m) => `${m.key_a}\u0000${m.key_b}`));
    return { rows, group, decided };
  }

  private timelines(index: Awaited<ReturnType<SqlReviewStore['personIndex']>>): Map<string, PersonTimeline> {
    const out = new Map<string, PersonTimeline>();
    const nameCounts = new Map<string, Map<string, number>>();
    for (const r of index.rows) {
      const key = index.group.get(r.person_key) ?? r.person_key;
      let p = out.get(key);
      if (!p) out.set(key, (p = { key, name: r.person_name, names: [], records: [] }));
      const rec = JSON.parse(r.record) as CaseRecord;
      p.records.push({ id: r.id, date: r.record_date, status: r.status, court: rec.court, sourceUrl: rec.source.url, penalties: rec.penalties });
      const counts = nameCounts.get(key) ?? new Map<string, number>();
      counts.set(r.person_name, (counts.get(r.person_name) ?? 0) + 1);
      nameCounts.set(key, counts);
    }
    for (const [key, p] of out) {
      const counts = [...(nameCounts.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
      p.names = counts.map(([n]) => n);
      p.name = p.names[0] ?? p.name;
      // Undated records go last: a timeline reads oldest first.
      p.records.sort((a, b) => (a.date ?? '~').localeCompare(b.date ?? '~') || a.id.localeCompare(b.id));
    }
    return out;
  }

  async persons(filter: { name?: string; limit?: number } = {}): Promise<PersonTimeline[]> {
    const all = [...this.timelines(await this.personIndex()).values()];
    const needle = filter.name?.toLowerCase();
    const hits = needle ? all.filter((p) => p.names.some((n) => n.toLowerCase().includes(needle))) : all;
    hits.sort((a, b) => b.records.length - a.records.length || a.name.localeCompare(b.name));
    return filter.limit ? hits.slice(0, filter.limit) : hits;
  }

  /** Reads only the records of the person's group (the record view asks for it on every record). */
  async personTimeline(key: string): Promise<PersonTimeline | null> {
    const k = nameKey(key);
    const merges = await this.db.all<{ key_a: string; key_b: string }>('SELECT key_a, key_b FROM review_person_merges WHERE merged = 1');
    const group = mergeGroups([k], merges.map((m) => [m.key_a, m.key_b] as [string, string]));
    const root = group.get(k)!;
    const members = [...group.entries()].filter(([, r]) => r === root).map(([m]) => m);
    const rows = await this.db.all<Pick<RecordRow, 'id' | 'person_name' | 'person_key' | 'record_date' | 'status' | 'record'>>(
      `SELECT id, person_name, person_key, record_date, status, record FROM review_records WHERE person_key IN (${members.map(() => '?').join(',')})`,
      members,
    );
    if (!rows.length) return null;
    return this.timelines({ rows, group, decided: new Set() }).get(root) ?? null;
  }

  async mergeProposals(): Promise<MergeProposal[]> {
    const index = await this.personIndex();
    const people = this.timelines(index);
    const byVariant = new Map<string, string[]>();
    for (const p of people.values()) {
      const v = variantKey(p.name);
      if (!v) continue;
      byVariant.set(v, [...(byVariant.get(v) ?? []), p.key]);
    }
    const out: MergeProposal[] = [];
    for (const keys of byVariant.values()) {
      keys.sort();
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          if (index.decided.has(`${keys[i]}\u0000${keys[j]}`)) continue;
          const a = people.get(keys[i])!;
          const b = people.get(keys[j])!;
          out.push({ a: a.key, b: b.key, nameA: a.name, nameB: b.name, recordsA: a.records.length, recordsB: b.records.length });
        }
      }
    }
    return out;
  }

  async decideMerge(a: string, b: string, merge: boolean, reviewer: string): Promise<void> {
    const [ka, kb] = [nameKey(a), nameKey(b)].sort();
    if (ka === kb) throw new StoreError('invalid-merge', 'a person cannot be merged with itself');
    await this.db.tx(async (t) => {
      const known = await t.all<{ n: number | string }>('SELECT COUNT(DISTINCT person_key) AS n FROM review_records WHERE person_key IN (?, ?)', [ka, kb]);
      if (Number(known[0].n) < 2) throw new StoreError('not-found', `unknown person '${Number(known[0].n) ? kb : ka}'`);
      await t.run('DELETE FROM review_person_merges WHERE key_a = ? AND key_b = ?', [ka, kb]);
      await t.run('INSERT INTO review_person_merges (key_a, key_b, merged, reviewer, at) VALUES (?, ?, ?, ?, ?)', [ka, kb, merge ? 1 : 0, reviewer, now()]);
      await this.appendAudit(t, { recordId: null, reviewer, action: merge ? 'merge-persons' : 'reject-merge', before: null, after: { a: ka, b: kb } });
    });
  }

  // --- export marks ---

  async exportMarks(destination: string, recordIds?: string[]): Promise<Map<string, ExportMark>> {
    const rows = await this.db.all<{ destination: string; record_id: string; content_hash: string; exported_at: string }>(
      'SELECT * FROM review_export_marks WHERE destination = ?',
      [destination],
    );
    const wanted = recordIds ? new Set(recordIds) : null;
    const out = new Map<string, ExportMark>();
    for (const r of rows) {
      if (wanted && !wanted.has(r.record_id)) continue;
      out.set(r.record_id, { destination: r.destination, recordId: r.record_id, contentHash: r.content_hash, exportedAt: r.exported_at });
    }
    return out;
  }

  async setExportMarks(destination: string, marks: Array<{ recordId: string; contentHash: string }>): Promise<void> {
    if (!marks.length) return;
    await this.db.tx(async (t) => {
      const at = now();
      for (const m of marks) {
        await t.run(
          `INSERT INTO review_export_marks (destination, record_id, content_hash, exported_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (destination, record_id) DO UPDATE SET content_hash = excluded.content_hash, exported_at = excluded.exported_at`,
          [destination, m.recordId, m.contentHash, at],
        );
      }
    });
  }

  async deleteExportMarks(destination: string, recordIds: string[]): Promise<void> {
    if (!recordIds.length) return;
    await this.db.tx(async (t) => {
      for (const id of recordIds) await t.run('DELETE FROM review_export_marks WHERE destination = ? AND record_id = ?', [destination, id]);
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
