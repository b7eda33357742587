/**
 * Schema migrations of the review store, one list per dialect, applied in
 * order and recorded in review_migrations. Add new steps at the end; never
 * edit an applied one. Tables are prefixed review_ (the crawler's are crawl_).
 */
import type { Dialect, SqlDb } from './sql-db';

interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    sqlite: `
      CREATE TABLE review_snapshots (
        sha256 TEXT PRIMARY KEY, url TEXT, title TEXT, published TEXT,
        text TEXT NOT NULL, fetched_at TEXT NOT NULL, entities TEXT);
      CREATE TABLE review_records (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('pending','accepted','rejected')),
        record TEXT NOT NULL,
        snapshot_sha256 TEXT REFERENCES review_snapshots(sha256),
        source_id TEXT, country TEXT,
        person_name TEXT NOT NULL, person_key TEXT NOT NULL,
        confidence REAL NOT NULL, record_date TEXT, penalty_types TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        decided_by TEXT, decided_at TEXT, reason TEXT,
        claimed_by TEXT, claim_expires_at TEXT);
      CREATE INDEX review_records_status ON review_records(status, confidence);
      CREATE INDEX review_records_person ON review_records(person_key);
      CREATE TABLE review_audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id TEXT, reviewer TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
        before TEXT, after TEXT, reason TEXT, undoes INTEGER);
      CREATE INDEX review_audit_reviewer ON review_audit(reviewer, id);
      CREATE INDEX review_audit_record ON review_audit(record_id, id);
      CREATE TRIGGER review_audit_no_update BEFORE UPDATE ON review_audit
        BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END;
      CREATE TRIGGER review_audit_no_delete BEFORE DELETE ON review_audit
        BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END;
      CREATE TABLE review_person_merges (
        key_a TEXT NOT NULL, key_b TEXT NOT NULL, merged INTEGER NOT NULL,
        reviewer TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (key_a, key_b));
      CREATE TABLE review_export_marks (
        destination TEXT NOT NULL, record_id TEXT NOT NULL, content_hash TEXT NOT NULL,
        exported_at TEXT NOT NULL, PRIMARY KEY (destination, record_id));`,
    postgres: `
      CREATE TABLE review_snapshots (
        sha256 TEXT PRIMARY KEY, url TEXT, title TEXT, published TEXT,
        text TEXT NOT NULL, fetched_at TEXT NOT NULL, entities TEXT);
      CREATE TABLE review_records (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('pending','accepted','rejected')),
        record TEXT NOT NULL,
        snapshot_sha256 TEXT REFERENCES review_snapshots(sha256),
        source_id TEXT, country TEXT,
        person_name TEXT NOT NULL, person_key TEXT NOT NULL,
        confidence DOUBLE PRECISION NOT NULL, record_date TEXT, penalty_types TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        decided_by TEXT, decided_at TEXT, reason TEXT,
        claimed_by TEXT, claim_expires_at TEXT);
      CREATE INDEX review_records_status ON review_records(status, confidence);
      CREATE INDEX review_records_person ON review_records(person_key);
      CREATE TABLE review_audit (
        id BIGSERIAL PRIMARY KEY,
        record_id TEXT, reviewer TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
        before TEXT, after TEXT, reason TEXT, undoes BIGINT);
      CREATE INDEX review_audit_reviewer ON review_audit(reviewer, id);
      CREATE INDEX review_audit_record ON review_audit(record_id, id);
      CREATE FUNCTION review_audit_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'review_audit is append-only'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER review_audit_no_change BEFORE UPDATE OR DELETE ON review_audit
        FOR EACH ROW EXECUTE FUNCTION review_audit_append_only();
      CREATE TABLE review_person_merges (
        key_a TEXT NOT NULL, key_b TEXT NOT NULL, merged INTEGER NOT NULL,
        reviewer TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (key_a, key_b));
      CREATE TABLE review_export_marks (
        destination TEXT NOT NULL, record_id TEXT NOT NULL, content_hash TEXT NOT NULL,
        exported_at TEXT NOT NULL, PRIMARY KEY (destination, record_id));`,
  },
  {
    // Who acted within a reviewer name: the review page's session, so analysts sharing one token undo only their own decisions.
    version: 2,
    sqlite: 'ALTER TABLE review_audit ADD COLUMN actor TEXT; CREATE INDEX review_audit_actor ON review_audit(actor, id);',
    postgres: 'ALTER TABLE review_audit ADD COLUMN actor TEXT; CREATE INDEX review_audit_actor ON review_audit(actor, id);',
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Applies missing migrations inside one transaction; safe when several processes start at once. */
export async function migrate(db: SqlDb): Promise<number[]> {
  try {
    await db.exec('CREATE TABLE IF NOT EXISTS review_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  } catch (err) {
    // PostgreSQL: two processes creating the table at once; the loser finds it made (unique_violation / duplicate_table).
    const code = (err as { code?: string }).code;
    if (code !== '23505' && code !== '42P07') throw err;
  }
  return db.tx(async (t) => {
    // PostgreSQL: serialise concurrent migrators; SQLite's BEGIN IMMEDIATE already does.
    if (t.dialect === 'postgres') await t.exec('LOCK TABLE review_migrations IN EXCLUSIVE MODE');
    const done = new Set((await t.all<{ version: number }>('SELECT version FROM review_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await t.exec(m[t.dialect as Dialect]);
      await t.run('INSERT INTO review_migrations (version, applied_at) VALUES (?, ?)', [m.version, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}
