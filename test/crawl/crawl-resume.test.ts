/**
 * A crawl stopped halfway (SIGTERM, then SIGKILL, in a real child process)
 * resumes and finishes with every article extracted exactly once, and pages
 * done before a stop are not fetched again. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generatedArticlePath } from '../support/fixture-site-generated';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

const ROOT = path.resolve(__dirname, '../..');
const ARTICLES = 60;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function crawl(args: string[], env: NodeJS.ProcessEnv, stopWhen?: { doneArticles: number; db: string; signal: NodeJS.Signals }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/casefile.js'), 'crawl', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let timer: NodeJS.Timeout | undefined;
    if (stopWhen) {
      timer = setInterval(() => {
        let done = 0;
        try {
          const db = new Database(stopWhen.db, { readonly: true, fileMustExist: true });
          try {
            done = (db.prepare('SELECT COUNT(*) AS n FROM crawl_content').get() as { n: number }).n;
          } finally {
            db.close();
          }
        } catch {
          return; // tables not created yet
        }
        if (done >= stopWhen.doneArticles) {
          clearInterval(timer);
          child.kill(stopWhen.signal);
        }
      }, 25);
    }
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, stderr });
    });
  });
}

describe('casefile crawl resumes after a stop', () => {
  let site: FixtureSite;
  let dir: string;

  beforeAll(async () => {
    site = await startFixtureSite({ generatedArticles: ARTICLES, generatedPerListing: 10 });
    dir = mkdtempSync(path.join(tmpdir(), 'casefile-resume-'));
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM, then SIGKILL, then a full run: every article once, nothing done fetched twice', async () => {
    const db = path.join(dir, 'casefile.db');
    const out = path.join(dir, 'out.jsonl');
    const env = { ...process.env, CASEFILE_DB: db };
    const args = ['--seed', `${site.url}/gen/`, '--allow-private', '--delay-ms', '15', '--out', out];

    const first = await crawl(args, env, { doneArticles: 12, db, signal: 'SIGTERM' });
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/stopped \(run again to resume\)/);
    const doneAfterFirst = new Database(db, { readonly: true });
    const firstDone = (doneAfterFirst.prepare('SELECT url FROM crawl_content').all() as Array<{ url: string }>).map((r) => new URL(r.url).pathname);
    doneAfterFirst.close();
    expect(firstDone.length).toBeGreaterThanOrEqual(12);
    expect(firstDone.length).toBeLessThan(ARTICLES);
    const requestsBefore = site.requests.length;

    const second = await crawl(args, env, { doneArticles: 35, db, signal: 'SIGKILL' });
    expect(second.signal).toBe('SIGKILL');
    expect(second.stderr).toMatch(/resuming run/);
    // Articles finished in the first run were not requested again.
    const secondPaths = site.requests.slice(requestsBefore).map((r) => r.path);
    for (const p of firstDone) expect(secondPaths).not.toContain(p);

    const third = await crawl(args, env);
    expect(third.code).toBe(0);
    expect(third.stderr).toMatch(/resuming run/);
    expect(third.stderr).toMatch(/casefile crawl: done/);

    const check = new Database(db, { readonly: true });
    const urls = (check.prepare('SELECT url FROM crawl_content').all() as Array<{ url: string }>).map((r) => new URL(r.url).pathname).sort();
    const snapshots = (check.prepare('SELECT COUNT(*) AS n FROM review_snapshots').get() as { n: number }).n;
    check.close();
    const expected = Array.from({ length: ARTICLES }, (_, i) => generatedArticlePath(i + 1)).sort();
    expect(urls).toEqual(expected);
    expect(snapshots).toBe(ARTICLES);

    // --out was appended to across the runs: one line per article.
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { source: { url: string } });
    const outPaths = lines.map((l) => new URL(l.source.url).pathname).sort();
    expect(outPaths).toEqual(expected);
  }, 120_000);
});
