/**
 * Crawl state beside the review store (tables crawl_*): the frontier and
 * seen set, HTTP validators, content hashes and runs. A run not finished is
 * resumed by the next crawl; a finished one makes the next crawl start anew
 * (seeds and listings polled again, articles already done left alone).
 * This file: the interface and the SQLite backend; crawl-state-postgres.ts the other.
 */
import type Database from 'better-sqlite3';

export type FrontierKind = 'seed' | 'listing' | 'feed' | 'sitemap' | 'article';
export type FrontierStatus = 'queued' | 'active' | 'done' | 'skipped' | 'failed' | 'deferred';

export interface FrontierItem {
  /** canonical URL: the key of the seen set */
  url: string;
  /** the URL to request (as discovered) */
  fetchUrl: string;
  sourceId: string;
  kind: FrontierKind;
  /** listing pages followed from the seed through pagination */
  depth: number;
}

export interface HttpValidators {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
}

export interface RunInfo {
  runId: number;
  /** true when an unfinished run was picked up again */
  resumed: boolean;
}

/** What the embedded runner needs from the crawl state; both backends keep the same semantics. */
export interface CrawlStateStore {
  /** Resumes the last run if it did not finish, else starts a new one. */
  beginRun(): Promise<RunInfo>;
  hasOpenRun(): Promise<boolean>;
  finishRun(runId: number): Promise<void>;
  /** Seeds are fetched once in every run (a resumed run keeps their state). */
  addSeed(runId: number, item: Omit<FrontierItem, 'depth' | 'kind'>): Promise<boolean>;
  /** Adds a discovered URL; false when it is already in the seen set for this run. */
  add(runId: number, item: FrontierItem): Promise<boolean>;
  addMany(runId: number, items: FrontierItem[]): Promise<number>;
  /**
   * Takes up to `limit` queued items and marks them active: the oldest first, or, with
   * exceptOrigins, the oldest of the hosts (origins) not listed, spread over those hosts
   * (the runner already holds pages of the listed ones).
   */
  claim(runId: number, limit: number, exceptOrigins?: string[]): Promise<FrontierItem[]>;
  finish(url: string, status: Exclude<FrontierStatus, 'queued' | 'active'>, reason?: string | null): Promise<void>;
  /** Puts claimed items back (a crawl stopped before doing them). */
  release(urls: string[]): Promise<void>;
  validators(url: string): Promise<HttpValidators | null>;
  setValidators(url: string, v: HttpValidators): Promise<void>;
  /** The URL whose content had this hash, if it was processed already. */
  contentOwner(hash: string): Promise<string | null>;
  /** Records that a page's extraction output was written, and the page is done, in one transaction. */
  completeArticle(item: { url: string; sourceId: string }, hash: string, records: number, validators: HttpValidators): Promise<void>;
  counts(runId: number): Promise<Record<FrontierStatus, number>>;
}

export function emptyCounts(): Record<FrontierStatus, number> {
  return { queued: 0, active: 0, done: 0, skipped: 0, failed: 0, deferred: 0 };
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS crawl_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE TABLE IF NOT EXISTS crawl_frontier (
  url TEXT PRIMARY KEY,
  fetch_url TEXT NOT NULL,
  source_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  depth INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  reason TEXT,
  run_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS crawl_frontier_queue ON crawl_frontier (run_id, status, seq);
CREATE TABLE IF NOT EXISTS crawl_http_cache (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  content_hash TEXT,
  fetched_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS crawl_content (
  content_hash TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  source_id TEXT,
  records INTEGER NOT NULL,
  processed_at TEXT NOT NULL
);
`;

/**
 * The host column: the origin ("http://host:port") of the canonical url, whose path always starts
 * with the first '/' after the scheme. Generated, so rows of older versions get it too.
 */
export const HOST_OF_URL_SQL = (find: 'instr' | 'strpos') =>
  `CASE WHEN ${find}(substr(url, 9), '/') > 0 THEN substr(url, 1, 7 + ${find}(substr(url, 9), '/')) ELSE url END`;

/**
 * Spreads a claim of `limit` pages over the hosts with the oldest waiting pages: one host
 * with thousands of queued pages gets no more than its share. heads: host -> its oldest seq.
 */
export function claimQuotas(heads: Array<{ host: string; head: number }>, limit: number, exceptOrigins: string[]): Array<{ host: string; quota: number }> {
  const except = new Set(exceptOrigins);
  const hosts = heads.filter((h) => !except.has(h.host)).sort((a, b) => a.head - b.head).slice(0, Math.max(0, limit));
  if (hosts.length === 0) return [];
  const base = Math.floor(limit / hosts.length);
  const extra = limit % hosts.length;
  return hosts.map((h, i) => ({ host: h.host, quota: base + (i < extra ? 1 : 0) }));
}

/**
 * Each host with queued pages and its oldest seq, found by walking the (run_id, status, host, seq)
 * index host by host: the cost grows with the number of hosts, not of queued pages.
 */
export const QUEUED_HOSTS_SQL = (run: string) => `
WITH RECURSIVE hosts(host) AS (
  SELECT (SELECT MIN(host) FROM crawl_frontier WHERE run_id = ${run} AND status = 'queued')
  UNION ALL
  SELECT (SELECT MIN(host) FROM crawl_frontier WHERE run_id = ${run} AND status = 'queued' AND host > hosts.host)
  FROM hosts WHERE hosts.host IS NOT NULL
)
SELECT host, (SELECT MIN(seq) FROM crawl_frontier WHERE run_id = ${run} AND status = 'queued' AND host = hosts.host) AS head
FROM hosts WHERE host IS NOT NULL`;

/** better-sqlite3 is synchronous: each call is one quick statement or transaction on the store's file. */
export class SqliteCrawlState implements CrawlStateStore {
  private seq: number;
  private readonly stmts;

  constructor(readonly db: Database.Database) {
    db.exec(SCHEMA);
    const columns = db.prepare('PRAGMA table_xinfo(crawl_frontier)').all() as Array<{ name: string }>;
    if (!columns.some((c) => c.name === 'host')) {
      db.exec(`ALTER TABLE crawl_frontier ADD COLUMN host TEXT GENERATED ALWAYS AS (${HOST_OF_URL_SQL('instr')}) VIRTUAL`);
    }
    db.exec('CREATE INDEX IF NOT EXISTS crawl_frontier_host ON crawl_frontier (run_id, status, host, seq)');
    this.seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM crawl_frontier').get() as { s: number }).s;
    this.stmts = {
      upsertSeed: db.prepare(
        `INSERT INTO crawl_frontier (url, fetch_url, source_id, kind, depth, status, run_id, seq, updated_at)
         VALUES (@url, @fetchUrl, @sourceId, @kind, @depth, 'queued', @runId, @seq, @at)
         ON CONFLICT (url) DO UPDATE SET status = 'queued', run_id = excluded.run_id, reason = NULL, kind = excluded.kind,
           depth = 0, fetch_url = excluded.fetch_url, source_id = excluded.source_id, seq = excluded.seq, updated_at = excluded.updated_at
         WHERE crawl_frontier.run_id != excluded.run_id`,
      ),
      // Seen before: listings, feeds and sitemaps are polled again in a new run; articles only if they failed.
      add: db.prepare(
        `INSERT INTO crawl_frontier (url, fetch_url, source_id, kind, depth, status, run_id, seq, updated_at)
         VALUES (@url, @fetchUrl, @sourceId, @kind, @depth, 'queued', @runId, @seq, @at)
         ON CONFLICT (url) DO UPDATE SET status = 'queued', run_id = excluded.run_id, reason = NULL, depth = excluded.depth,
           seq = excluded.seq, updated_at = excluded.updated_at
         WHERE crawl_frontier.run_id != excluded.run_id AND (crawl_frontier.kind != 'article' OR crawl_frontier.status = 'failed')`,
      ),
      claim: db.prepare(
        `SELECT url, fetch_url AS fetchUrl, source_id AS sourceId, kind, depth FROM crawl_frontier
         WHERE run_id = ? AND status = 'queued' ORDER BY seq LIMIT ?`,
      ),
      queuedHosts: db.prepare(QUEUED_HOSTS_SQL('@run')),
      claimOfHost: db.prepare(
        `SELECT url, fetch_url AS fetchUrl, source_id AS sourceId, kind, depth, seq FROM crawl_frontier
         WHERE run_id = ? AND status = 'queued' AND host = ? ORDER BY seq LIMIT ?`,
      ),
      setActive: db.prepare(`UPDATE crawl_frontier SET status = 'active' WHERE url = ?`),
      finish: db.prepare(`UPDATE crawl_frontier SET status = ?, reason = ?, updated_at = ? WHERE url = ?`),
      getValidators: db.prepare('SELECT etag, last_modified AS lastModified, content_hash AS contentHash FROM crawl_http_cache WHERE url = ?'),
      setValidators: db.prepare(
        `INSERT INTO crawl_http_cache (url, etag, last_modified, content_hash, fetched_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           content_hash = excluded.content_hash, fetched_at = excluded.fetched_at`,
      ),
      contentSeen: db.prepare('SELECT url FROM crawl_content WHERE content_hash = ?'),
      addContent: db.prepare(
        'INSERT INTO crawl_content (content_hash, url, source_id, records, processed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
    };
  }

  /** Resumes the last run if it did not finish, else starts a new one. */
  async beginRun(): Promise<RunInfo> {
    const open = this.db.prepare('SELECT id FROM crawl_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
    if (open) {
      this.db.prepare(`UPDATE crawl_frontier SET status = 'queued' WHERE run_id = ? AND status = 'active'`).run(open.id);
      return { runId: open.id, resumed: true };
    }
    const runId = Number(this.db.prepare('INSERT INTO crawl_runs (started_at) VALUES (?)').run(new Date().toISOString()).lastInsertRowid);
    // Pages left over by a page budget wait for the next run.
    this.db.prepare(`UPDATE crawl_frontier SET status = 'queued', run_id = ? WHERE status = 'deferred'`).run(runId);
    return { runId, resumed: false };
  }

  async hasOpenRun(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM crawl_runs WHERE finished_at IS NULL').get() !== undefined;
  }

  async finishRun(runId: number): Promise<void> {
    this.db.prepare('UPDATE crawl_runs SET finished_at = ? WHERE id = ?').run(new Date().toISOString(), runId);
  }

  /** Seeds are fetched once in every run (a resumed run keeps their state). */
  async addSeed(runId: number, item: Omit<FrontierItem, 'depth' | 'kind'>): Promise<boolean> {
    return this.stmts.upsertSeed.run({ ...item, kind: 'seed', depth: 0, runId, seq: ++this.seq, at: new Date().toISOString() }).changes > 0;
  }

  /** Adds a discovered URL; false when it is already in the seen set for this run. */
  async add(runId: number, item: FrontierItem): Promise<boolean> {
    return this.addSync(runId, item);
  }

  private addSync(runId: number, item: FrontierItem): boolean {
    return this.stmts.add.run({ ...item, runId, seq: ++this.seq, at: new Date().toISOString() }).changes > 0;
  }

  async addMany(runId: number, items: FrontierItem[]): Promise<number> {
    let added = 0;
    this.db.transaction(() => {
      for (const item of items) if (this.addSync(runId, item)) added++;
    })();
    return added;
  }

  async claim(runId: number, limit: number, exceptOrigins?: string[]): Promise<FrontierItem[]> {
    let items: FrontierItem[];
    if (exceptOrigins === undefined) {
      items = this.stmts.claim.all(runId, limit) as FrontierItem[];
    } else {
      const quotas = claimQuotas(this.stmts.queuedHosts.all({ run: runId }) as Array<{ host: string; head: number }>, limit, exceptOrigins);
      const rows = quotas.flatMap((q) => this.stmts.claimOfHost.all(runId, q.host, q.quota) as Array<FrontierItem & { seq: number }>);
      items = rows.sort((a, b) => a.seq - b.seq).map(({ url, fetchUrl, sourceId, kind, depth }) => ({ url, fetchUrl, sourceId, kind, depth }));
    }
    this.db.transaction(() => {
      for (const item of items) this.stmts.setActive.run(item.url);
    })();
    return items;
  }

  async finish(url: string, status: Exclude<FrontierStatus, 'queued' | 'active'>, reason: string | null = null): Promise<void> {
    this.stmts.finish.run(status, reason, new Date().toISOString(), url);
  }

  /** Puts claimed items back (a crawl stopped before doing them). */
  async release(urls: string[]): Promise<void> {
    const stmt = this.db.prepare(`UPDATE crawl_frontier SET status = 'queued' WHERE url = ? AND status = 'active'`);
    this.db.transaction(() => {
      for (const url of urls) stmt.run(url);
    })();
  }

  async validators(url: string): Promise<HttpValidators | null> {
    return (this.stmts.getValidators.get(url) as HttpValidators | undefined) ?? null;
  }

  async setValidators(url: string, v: HttpValidators): Promise<void> {
    this.stmts.setValidators.run(url, v.etag, v.lastModified, v.contentHash, new Date().toISOString());
  }

  /** The URL whose content had this hash, if it was processed already. */
  async contentOwner(hash: string): Promise<string | null> {
    return (this.stmts.contentSeen.get(hash) as { url: string } | undefined)?.url ?? null;
  }

  /** Records that a page's extraction output was written, and the page is done, in one transaction. */
  async completeArticle(item: { url: string; sourceId: string }, hash: string, records: number, validators: HttpValidators): Promise<void> {
    this.db.transaction(() => {
      this.stmts.addContent.run(hash, item.url, item.sourceId, records, new Date().toISOString());
      this.stmts.setValidators.run(item.url, validators.etag, validators.lastModified, validators.contentHash, new Date().toISOString());
      this.stmts.finish.run('done', null, new Date().toISOString(), item.url);
    })();
  }

  async counts(runId: number): Promise<Record<FrontierStatus, number>> {
    const rows = this.db.prepare('SELECT status, COUNT(*) AS n FROM crawl_frontier WHERE run_id = ? GROUP BY status').all(runId) as Array<{ status: FrontierStatus; n: number }>;
    const out = emptyCounts();
    for (const r of rows) out[r.status] = r.n;
    return out;
  }
}

/** The name the first version used for the SQLite state; kept so callers written against it still work. */
export { SqliteCrawlState as CrawlState };
