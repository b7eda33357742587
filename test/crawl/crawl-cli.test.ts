/**
 * `casefile crawl` as users run it (the built CLI in a child process):
 * help, usage errors, --seed with --out, the summary, the address guard.
 * Needs `npm run build` first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCasefile } from '../support/run-cli';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';


const casefile = runCasefile;

describe('casefile crawl (CLI)', () => {
  let site: FixtureSite;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    site = await startFixtureSite();
    dir = mkdtempSync(path.join(tmpdir(), 'casefile-crawl-cli-'));
    env = { ...process.env, CASEFILE_DB: path.join(dir, 'casefile.db') };
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints help on standard output', async () => {
    const r = await casefile(['crawl', '--help'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: casefile crawl \[--sources FILE\] \[--seed URL\]\.\.\. \[--max-pages N\] \[--out FILE\] \[--allow-private\]/);
  });

  it.each([
    [['crawl'], /give --sources FILE or at least one --seed URL/],
    [['crawl', '--seed', 'file:///etc/passwd'], /--seed must be an http\(s\):\/\/ URL/],
    [['crawl', '--seed', 'https://x.org/', '--max-pages', 'many'], /--max-pages must be a positive whole number/],
    [['crawl', '--bogus'], /Unknown option '--bogus'/],
  ])('usage error for %j', async (args, message) => {
    const r = await casefile(args as string[], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a bad sources file names the file, line and field, and exits 2', async () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'sources:\n  - id: x\n    name: X\n    seeds:\n      - not-a-url\n');
    const r = await casefile(['crawl', '--sources', file], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:5: sources[0].seeds[0]:`);
  });

  it('without --allow-private, refuses the local site with one clear line per refusal', async () => {
    const r = await casefile(['crawl', '--seed', `${site.url}/`, '--seed', `http://localhost:${site.port}/about/`], { ...env, CASEFILE_DB: path.join(dir, 'refuse.db') });
    expect(r.code).toBe(1);
    const refusals = r.stderr.split('\n').filter((l) => /refused/.test(l));
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatch(/127\.0\.0\.1.*(loopback|private)/);
    expect(refusals.join('\n')).toMatch(/localhost/);
    expect(r.stderr).toMatch(/failed:\s+2 \(private-address 2\)/);
    expect(site.requests).toHaveLength(0);
  });

  it('--seed with --out and --max-pages: result lines on the file, summary on standard error, nothing on standard output', async () => {
    const out = path.join(dir, 'out.jsonl');
    const r = await casefile(['crawl', '--seed', `${site.url}/news/?page=2`, '--allow-private', '--delay-ms', '10', '--max-pages', '4', '--out', out], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/casefile crawl: done/);
    expect(r.stderr).toMatch(/fetched:\s+\d+ pages/);
    expect(r.stderr).toMatch(/records:\s+\d+ created/);
    expect(r.stderr).toMatch(/max-pages/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const l of lines) {
      expect(l.schemaVersion).toBe(1);
      expect(l.source.url).toMatch(new RegExp(`^${site.url}/`));
      expect(l.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // The records are in the store, pending, exactly those of the result lines.
    const records = await casefile(['records', '--status', 'pending'], env);
    expect(records.code).toBe(0);
    const ids = records.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
    expect(ids.sort()).toEqual(lines.flatMap((l) => l.records.map((x: { id: string }) => x.id)).sort());
  });
});
