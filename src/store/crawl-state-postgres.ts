/**
 * The crawl state on PostgreSQL, beside the review tables (same pool, same
 * search_path): the same tables and semantics as the SQLite backend, with
 * claims taken by SKIP LOCKED so two crawlers never take one page.
 */
import type { Pool, PoolClient } from 'pg';
import { HOST_OF_URL_SQL, QUEUED_HOSTS_SQL, claimQuotas, emptyCounts, type CrawlStateStore, type FrontierItem, type FrontierStatus, type HttpValidators, type RunInfo } from './crawl-state';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS crawl_runs (
  id BIGSERIAL PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE SEQUENCE IF NOT EXISTS crawl_frontier_seq;
CREATE TABLE IF NOT EXISTS crawl_frontier (
  url TEXT PRIMARY KEY,
  fetch_url TEXT NOT NULL,
  source_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  depth INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  reason TEXT,
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS crawl_frontier_queue ON crawl_frontier (run_id, status, seq);
ALTER TABLE crawl_frontier ADD COLUMN IF NOT EXISTS host TEXT GENERATED ALWAYS AS (${HOST_OF_URL_SQL('strpos')}) STORED;
CREATE INDEX IF NOT EXISTS crawl_frontier_host ON crawl_frontier (run_id, status, host, seq);
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

const INSERT = `INSERT INTO crawl_frontier (url, fetch_url, source_id, kind, depth, status, run_id, seq, updated_at)
  VALUES ($1, $2, $3, $4, $5, 'queued', $6, nextval('crawl_frontier_seq'), $7)`;

const UPSERT_SEED = `${INSERT}
  ON CONFLICT (url) DO UPDATE SET status = 'queued', run_id = excluded.run_id, reason = NULL, kind = excluded.kind,
    depth = 0, fetch_url = excluded.fetch_url, source_id = excluded.source_id, seq = excluded.seq, updated_at = excluded.updated_at
  WHERE crawl_frontier.run_id <> excluded.run_id`;

const ADD = `${INSERT}
  ON CONFLICT (url) DO UPDATE SET status = 'queued', run_id = excluded.run_id, reason = NULL, depth = excluded.depth,
    seq = excluded.seq, updated_at = excluded.updated_at
  WHERE crawl_frontier.run_id <> excluded.run_id AND (crawl_frontier.kind <> 'article' OR crawl_frontier.status = 'failed')`;

const SET_VALIDATORS = `INSERT INTO crawl_http_cache (url, etag, last_modified, content_hash, fetched_at) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
    content_hash = excluded.content_hash, fetched_at = excluded.fetched_at`;

const RETURNING = `RETURNING url, fetch_url AS "fetchUrl", source_id AS "sourceId", kind, depth, seq`;
const CLAIM = `UPDATE crawl_frontier SET status = 'active' WHERE url IN (
  SELECT url FROM crawl_frontier WHERE run_id = $1 AND status = 'queued' ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED) ${RETURNING}`;
const CLAIM_OF_HOST = `UPDATE crawl_frontier SET status = 'active' WHERE url IN (
  SELECT url FROM crawl_frontier WHERE run_id = $1 AND status = 'queued' AND host = $3 ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED) ${RETURNING}`;

type Queryable = Pick<Pool | PoolClient, 'query'>;

function now(): string {
  return new Date().toISOString();
}

export class PostgresCrawlState implements CrawlStateStore {
  private constructor(private readonly pool: Pool) {}

  static async open(pool: Pool): Promise<PostgresCrawlState> {
    const state = new PostgresCrawlState(pool);
    // Two crawlers starting at once must not race on CREATE TABLE.
    await state.tx(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock(hashtext('casefile crawl_* schema'))");
      await c.query(SCHEMA);
    });
    return state;
  }

  private async tx<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async beginRun(): Promise<RunInfo> {
    return this.tx(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock(hashtext('casefile crawl_runs'))");
      const open = await c.query<{ id: string }>('SELECT id FROM crawl_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1');
      if (open.rows[0]) {
        const runId = Number(open.rows[0].id);
        await c.query(`UPDATE crawl_frontier SET status = 'queued' WHERE run_id = $1 AND status = 'active'`, [runId]);
        return { runId, resumed: true };
      }
      const created = await c.query<{ id: string }>('INSERT INTO crawl_runs (started_at) VALUES ($1) RETURNING id', [now()]);
      const runId = Number(created.rows[0].id);
      await c.query(`UPDATE crawl_frontier SET status = 'queued', run_id = $1 WHERE status = 'deferred'`, [runId]);
      return { runId, resumed: false };
    });
  }

  async hasOpenRun(): Promise<boolean> {
    return ((await this.pool.query('SELECT 1 FROM crawl_runs WHERE finished_at IS NULL LIMIT 1')).rowCount ?? 0) > 0;
  }

  async finishRun(runId: number): Promise<void> {
    await this.pool.query('UPDATE crawl_runs SET finished_at = $1 WHERE id = $2', [now(), runId]);
  }

  async addSeed(runId: number, item: Omit<FrontierItem, 'depth' | 'kind'>): Promise<boolean> {
    const res = await this.pool.query(UPSERT_SEED, [item.url, item.fetchUrl, item.sourceId, 'seed', 0, runId, now()]);
    return (res.rowCount ?? 0) > 0;
  }

  private async addOn(q: Queryable, runId: number, item: FrontierItem): Promise<boolean> {
    const res = await q.query(ADD, [item.url, item.fetchUrl, item.sourceId, item.kind, item.depth, runId, now()]);
    return (res.rowCount ?? 0) > 0;
  }

  add(runId: number, item: FrontierItem): Promise<boolean> {
    return this.addOn(this.pool, runId, item);
  }

  async addMany(runId: number, items: FrontierItem[]): Promise<number> {
    if (items.length === 0) return 0;
    return this.tx(async (c) => {
      let added = 0;
      for (const item of items) if (await this.addOn(c, runId, item)) added++;
      return added;
    });
  }

  async claim(runId: number, limit: number, exceptOrigins?: string[]): Promise<FrontierItem[]> {
    const rows: Array<FrontierItem & { seq: string }> = [];
    if (exceptOrigins === undefined) {
      rows.push(...(await this.pool.query<FrontierItem & { seq: string }>(CLAIM, [runId, limit])).rows);
    } else {
      const heads = (await this.pool.query<{ host: string; head: string }>(QUEUED_HOSTS_SQL('$1::bigint'), [runId])).rows;
      const quotas = claimQuotas(heads.map((h) => ({ host: h.host, head: Number(h.head) })), limit, exceptOrigins);
      for (const q of quotas) rows.push(...(await this.pool.query<FrontierItem & { seq: string }>(CLAIM_OF_HOST, [runId, q.quota, q.host])).rows);
    }
    return rows
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map(({ url, fetchUrl, sourceId, kind, depth }) => ({ url, fetchUrl, sourceId, kind, depth }));
  }

  async finish(url: string, status: Exclude<FrontierStatus, 'queued' | 'active'>, reason: string | null = null): Promise<void> {
    await this.pool.query('UPDATE crawl_frontier SET status = $1, reason = $2, updated_at = $3 WHERE url = $4', [status, reason, now(), url]);
  }

  async release(urls: string[]): Promise<void> {
    if (urls.length === 0) return;
    await this.pool.query(`UPDATE crawl_frontier SET status = 'queued' WHERE url = ANY($1) AND status = 'active'`, [urls]);
  }

  async validators(url: string): Promise<HttpValidators | null> {
    const res = await this.pool.query<HttpValidators>(
      'SELECT etag, last_modified AS "lastModified", content_hash AS "contentHash" FROM crawl_http_cache WHERE url = $1',
      [url],
    );
    return res.rows[0] ?? null;
  }

  async setValidators(url: string, v: HttpValidators): Promise<void> {
    await this.pool.query(SET_VALIDATORS, [url, v.etag, v.lastModified, v.contentHash, now()]);
  }

  async contentOwner(hash: string): Promise<string | null> {
    const res = await this.pool.query<{ url: string }>('SELECT url FROM crawl_content WHERE content_hash = $1', [hash]);
    return res.rows[0]?.url ?? null;
  }

  async completeArticle(item: { url: string; sourceId: string }, hash: string, records: number, validators: HttpValidators): Promise<void> {
    await this.tx(async (c) => {
      await c.query(
        'INSERT INTO crawl_content (content_hash, url, source_id, records, processed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
        [hash, item.url, item.sourceId, records, now()],
      );
      await c.query(SET_VALIDATORS, [item.url, validators.etag, validators.lastModified, validators.contentHash, now()]);
      await c.query(`UPDATE crawl_frontier SET status = 'done', reason = NULL, updated_at = $1 WHERE url = $2`, [now(), item.url]);
    });
  }

  async counts(runId: number): Promise<Record<FrontierStatus, number>> {
    const res = await this.pool.query<{ status: FrontierStatus; n: string }>('SELECT status, COUNT(*) AS n FROM crawl_frontier WHERE run_id = $1 GROUP BY status', [runId]);
    const out = emptyCounts();
    for (const r of res.rows) out[r.status] = Number(r.n);
    return out;
  }
}
