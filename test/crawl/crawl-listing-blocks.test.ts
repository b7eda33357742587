/**
 * `casefile crawl` (the built CLI) seeded with listings whose article URLs do
 * not look like articles alone: short numeric ids with pagination and an RSS
 * feed of the newest five, query-string ids, one-hyphen slugs. Every article
 * must be found, fetched and stored exactly once; a page of menus only warns
 * with the include pattern to try. Needs `npm run build` first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCasefile } from '../support/run-cli';
import Database from 'better-sqlite3';
import { LISTING_SHAPES, listingArticlePaths, startListingSite, type ListingShape, type ListingSite } from '../support/listing-site';


const casefile = runCasefile;

function count<T>(items: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

describe('casefile crawl of seeded listings', () => {
  let site: ListingSite;
  let dir: string;
  beforeAll(async () => {
    site = await startListingSite();
    dir = mkdtempSync(path.join(tmpdir(), 'casefile-listing-'));
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['short-id' as ListingShape, 40],
    ['query-id' as ListingShape, 12],
    ['slug' as ListingShape, 12],
  ])('%s listing: all %d articles, each fetched, extracted and stored once', async (shape, total) => {
    const db = path.join(dir, `${shape}.db`);
    const out = path.join(dir, `${shape}.jsonl`);
    const seed = site.url + LISTING_SHAPES[shape].listingPath;
    const expected = listingArticlePaths(shape).map((p) => site.url + p);
    expect(expected).toHaveLength(total);
    const hitsBefore = site.articleHits.length;

    const r = await casefile(['crawl', '--seed', seed, '--allow-private', '--delay-ms', '5', '--out', out], { ...process.env, CASEFILE_DB: db });
    expect(r.stderr).toMatch(/casefile crawl: done/);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/warning: listing/);

    // Fetched once each (the feed's ?utm_source copies included).
    const hits = count(site.articleHits.slice(hitsBefore));
    expect([...hits.keys()].sort()).toEqual(listingArticlePaths(shape).sort());
    expect([...hits.values()].every((n) => n === 1)).toBe(true);

    // One result line per article.
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { source: { url: string }; records: unknown[] });
    expect(lines.map((l) => l.source.url).sort()).toEqual([...expected].sort());

    // The store holds one snapshot per article and records from every one of them.
    const sqlite = new Database(db, { readonly: true });
    try {
      const snapshots = sqlite.prepare('SELECT url FROM review_snapshots').all() as Array<{ url: string }>;
      expect(snapshots.map((s) => s.url).sort()).toEqual([...expected].sort());
      const withRecords = sqlite.prepare('SELECT COUNT(DISTINCT s.url) AS n FROM review_records r JOIN review_snapshots s ON s.sha256 = r.snapshot_sha256').get() as { n: number };
      expect(withRecords.n).toBe(total);
    } finally {
      sqlite.close();
    }
  });

  it('a listing of menus, tag clouds and footers only gives no article and warns with the include pattern to try', async () => {
    const db = path.join(dir, 'sections.db');
    const hitsBefore = site.articleHits.length;
    const r = await casefile(['crawl', '--seed', `${site.url}/sections/`, '--allow-private', '--delay-ms', '5'], { ...process.env, CASEFILE_DB: db });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning: listing'));
    expect(warnings).toEqual([`casefile crawl: warning: listing ${site.url}/sections/ gave no article links; if its articles are the links matching /case/\\d+$, add to its source in a sources file:  include: ['/case/\\d+$']`]);
    expect(r.stderr).toMatch(/fetched:\s+1 pages, 0 articles extracted/);
    expect(site.articleHits.length).toBe(hitsBefore);
  });
});
