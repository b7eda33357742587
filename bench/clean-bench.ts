/**
 * Article-extraction benchmark: casefile's cleaner against @mozilla/readability
 * (linkedom, jsdom) on ../shared/benchmarks/article-extraction, with the metric of its SOURCE.md.
 * Usage: npm run build && node dist/bench/clean-bench.js [--rounds N] [--limit N] [--no-jsdom] [--no-readability]
 *        [--worst N] [--dir PATH] [--no-process] [--process-rounds N]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanHtml } from '../src/clean';
import { SHARED_DIR } from './eval-real';

export const DEFAULT_BENCH_DIR = join(SHARED_DIR, 'benchmarks', 'article-extraction');
/** Real pages from 2012, much of their markup broken (see its SOURCE.md): `--dir` it for the open-web figures. */
export const DRAGNET_BENCH_DIR = join(SHARED_DIR, 'benchmarks', 'dragnet');

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** Python's `\w+` on str: letters, digits/numbers and underscore; punctuation dropped, case kept. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Overlapping 4-token shingles as a multiset; a text shorter than 4 tokens is one shingle. */
function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
  empty: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const tTokens = wordTokens(truth);
  const pTokens = wordTokens(prediction);
  const t = shingles(tTokens);
  const p = shingles(pTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const m = Math.min(c, t.get(k) ?? 0);
    tp += m;
    fp += c - m;
  }
  for (const [k, c] of t) fn += Math.max(0, c - (p.get(k) ?? 0));
  const exact = tTokens.length === pTokens.length && tTokens.every((x, i) => x === pTokens[i]);
  return { tp, fp, fn, exact, empty: pTokens.length === 0 };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** Per-page P/R averaged (empty predictions: no precision, recall 0); F1 of the averages. */
export function summarise(scores: PageScore[]): Summary {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let exact = 0;
  for (const s of scores) {
    if (!s.empty) {
      pSum += s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
      pN++;
      rSum += s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
    }
    if (s.exact) exact++;
  }
  const precision = pN > 0 ? pSum / pN : 0;
  const recall = scores.length > 0 ? rSum / scores.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: scores.length > 0 ? exact / scores.length : 0, pages: scores.length };
}

export function loadBenchPages(dir = DEFAULT_BENCH_DIR, limit = Infinity): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const pages: BenchPage[] = [];
  for (const f of files.slice(0, limit)) {
    const id = f.replace(/\.html\.gz$/, '');
    const gt = truth[id];
    if (!gt) continue;
    pages.push({ id, url: gt.url, html: gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8'), truth: gt.articleBody });
  }
  return pages;
}

export interface RunResult extends Summary {
  pagesPerSec: number;
  seconds: number;
  /** per-page time, median and 95th percentile, in milliseconds */
  medianMs: number;
  p95Ms: number;
  /** pages where the extractor threw (scored as an empty prediction) */
  failures: number;
  scores: PageScore[];
}

export function runExtractor(pages: BenchPage[], extract: (page: BenchPage) => string): RunResult {
  const predictions: string[] = [];
  const times: number[] = [];
  let failures = 0;
  const t0 = process.hrtime.bigint();
  for (const page of pages) {
    let text = '';
    const start = process.hrtime.bigint();
    try {
      text = extract(page);
    } catch {
      text = '';
      failures++;
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    predictions.push(text);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const scores = pages.map((p, i) => scorePage(p.truth, predictions[i]));
  times.sort((a, b) => a - b);
  const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : 0);
  return { ...summarise(scores), pagesPerSec: pages.length / seconds, seconds, medianMs: at(0.5), p95Ms: at(0.95), failures, scores };
}

export function casefileExtract(page: BenchPage): string {
  return cleanHtml(page.html, { url: page.url }).text;
}

function readabilityExtract(makeDocument: (html: string, url: string) => unknown): (page: BenchPage) => string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Readability } = require('@mozilla/readability') as { Readability: new (doc: unknown) => { parse(): { textContent?: string | null } | null } };
  return (page) => new Readability(makeDocument(page.html, page.url)).parse()?.textContent ?? '';
}

export interface MetadataFigures {
  pages: number;
  title: number;
  published: number;
  author: number;
  lang: number;
  canonical: number;
  /** canonical URL equal to the benchmark's page URL (scheme, "www." and trailing slash ignored) */
  canonicalMatchesUrl: number;
  /** pages whose URL carries a /YYYY/MM/DD/ date */
  urlDated: number;
  /** of those, pages whose published day (read without the URL) equals the URL's date */
  publishedMatchesUrlDate: number;
}

function normaliseUrl(u: string): string {
  return u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase();
}

/** Metadata coverage on the benchmark pages; the URL is withheld so dates come from the page itself. */
export function metadataFigures(pages: BenchPage[]): MetadataFigures {
  const f: MetadataFigures = { pages: pages.length, title: 0, published: 0, author: 0, lang: 0, canonical: 0, canonicalMatchesUrl: 0, urlDated: 0, publishedMatchesUrlDate: 0 };
  for (const page of pages) {
    const doc = cleanHtml(page.html, { url: null });
    if (doc.title) f.title++;
    if (doc.published) f.published++;
    if (doc.author) f.author++;
    if (doc.lang) f.lang++;
    if (doc.canonicalUrl) f.canonical++;
    if (doc.canonicalUrl && normaliseUrl(doc.canonicalUrl) === normaliseUrl(page.url)) f.canonicalMatchesUrl++;
    const m = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(page.url);
    if (m) {
      f.urlDated++;
      if (doc.published === `${m[1]}-${m[2]}-${m[3]}`) f.publishedMatchesUrlDate++;
    }
  }
  return f;
}

/** Empty predictions, and among them pages whose gold text is long (an article was there to find). */
export function emptyCounts(pages: BenchPage[], r: RunResult, longGold = 500): { empty: number; emptyLong: number; longPages: number } {
  let empty = 0;
  let emptyLong = 0;
  let longPages = 0;
  r.scores.forEach((s, i) => {
    const long = pages[i].truth.length >= longGold;
    if (long) longPages++;
    if (s.empty) {
      empty++;
      if (long) emptyLong++;
    }
  });
  return { empty, emptyLong, longPages };
}

function fmtEmpty(pages: BenchPage[], r: RunResult): string {
  const e = emptyCounts(pages, r);
  return `empty outputs ${e.empty}/${pages.length}; empty with gold >= 500 chars ${e.emptyLong}/${e.longPages}`;
}

/** Raw page bytes of the benchmark, for the whole-process run (the CLI decodes them itself). */
function writePageFiles(dir: string, pages: BenchPage[], into: string): string[] {
  return pages.map((p) => {
    const file = join(into, `${p.id}.html`);
    writeFileSync(file, gunzipSync(readFileSync(join(dir, 'html', `${p.id}.html.gz`))));
    return file;
  });
}

/** Wall-clock seconds of one process over all files on one command line; stdout goes to a file. */
function timeProcess(args: string[], outFile: string): number {
  const fd = openSync(outFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(fd);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args[0]} exited with ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return seconds;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * `casefile clean FILE...` against Readability on linkedom in one process over the same files,
 * in alternating rounds (the CPU is shared); medians of the rounds.
 */
function wholeProcess(dir: string, pages: BenchPage[], rounds: number): void {
  const tmp = mkdtempSync(join(tmpdir(), 'casefile-bench-'));
  try {
    const files = writePageFiles(dir, pages, tmp);
    const root = resolve(__dirname, '..', '..');
    const casefile = [join(root, 'bin', 'casefile.js'), 'clean', ...files];
    const rival = [join(__dirname, 'readability-process.js'), ...files];
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      ours.push(timeProcess(casefile, join(tmp, 'casefile.jsonl')));
      theirs.push(timeProcess(rival, join(tmp, 'readability.jsonl')));
    }
    const a = median(ours);
    const b = median(theirs);
    console.log(
      `whole process, ${files.length} files on one command line (median of ${rounds}): casefile clean ${a.toFixed(2)} s, ` +
        `readability (linkedom) ${b.toFixed(2)} s; ratio ${(b / a).toFixed(2)}x`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function fmt(r: RunResult): string {
  return `P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}  F1 ${r.f1.toFixed(4)}  accuracy ${r.accuracy.toFixed(4)}  ${r.pagesPerSec.toFixed(1)} pages/s (${r.seconds.toFixed(2)} s; median ${r.medianMs.toFixed(1)} ms/page, p95 ${r.p95Ms.toFixed(1)} ms)${r.failures > 0 ? `; threw on ${r.failures} pages (scored empty)` : ''}`;
}

/** The faster of two runs of the same extractor (same predictions, less disturbed timing). */
function fastest(a: RunResult, b: RunResult): RunResult {
  return b.seconds < a.seconds ? b : a;
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function main(argv: string[]): void {
  const flag = (name: string): boolean => argv.includes(name);
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = value('--dir') ?? DEFAULT_BENCH_DIR;
  const limit = value('--limit') ? Number(value('--limit')) : Infinity;
  const pages = loadBenchPages(dir, limit);
  console.log(`article-extraction benchmark: ${pages.length} pages from ${dir}`);

  // The CPU is shared: casefile and Readability-on-linkedom run in alternating rounds and each
  // keeps its fastest round, so a busy moment does not decide the ratio.
  const rounds = Math.max(1, Number(value('--rounds') ?? 3));
  const withReadability = !flag('--no-readability');
  // Warm-up on a few pages so JIT compilation is not billed to the first pages.
  for (const p of pages.slice(0, 5)) casefileExtract(p);
  let ours = runExtractor(pages, casefileExtract);
  // Peak RSS of casefile alone: measured before Readability and its DOMs are loaded.
  const oursRss = maxRssMb();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const linkedom = withReadability ? (require('linkedom') as { parseHTML: (h: string) => { document: unknown } }) : null;
  const linkedomExtract = linkedom ? readabilityExtract((html) => linkedom.parseHTML(html).document) : null;
  let linkedomRun: RunResult | null = null;
  for (let r = 0; r < rounds; r++) {
    if (r > 0) ours = fastest(ours, runExtractor(pages, casefileExtract));
    if (linkedomExtract) linkedomRun = linkedomRun ? fastest(linkedomRun, runExtractor(pages, linkedomExtract)) : runExtractor(pages, linkedomExtract);
  }
  console.log(`casefile                  ${fmt(ours)}`);
  console.log(`casefile                  ${fmtEmpty(pages, ours)}`);
  console.log(`casefile peak RSS ${oursRss.toFixed(0)} MB (process, pages loaded in memory)`);
  if (flag('--worst')) {
    const worst = ours.scores
      .map((s, i) => ({ id: pages[i].id, url: pages[i].url, p: s.tp / Math.max(1, s.tp + s.fp), r: s.tp / Math.max(1, s.tp + s.fn) }))
      .sort((a, b) => a.p + a.r - (b.p + b.r))
      .slice(0, Number(value('--worst')) || 15);
    for (const w of worst) console.log(`  P ${w.p.toFixed(2)} R ${w.r.toFixed(2)} ${w.id.slice(0, 12)} ${w.url}`);
  }
  const meta = metadataFigures(pages);
  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(0)}%)`;
  console.log(
    `metadata (page URL withheld): title ${pct(meta.title, meta.pages)}, published ${pct(meta.published, meta.pages)}, author ${pct(meta.author, meta.pages)}, ` +
      `lang ${pct(meta.lang, meta.pages)}, canonical ${pct(meta.canonical, meta.pages)}, canonical = page URL ${pct(meta.canonicalMatchesUrl, meta.pages)}, ` +
      `published = date in URL ${pct(meta.publishedMatchesUrlDate, meta.urlDated)}`,
  );
  if (flag('--no-readability')) return;

  if (!linkedomRun) return;
  console.log(`readability (linkedom)    ${fmt(linkedomRun)}`);
  console.log(`readability (linkedom)    ${fmtEmpty(pages, linkedomRun)}`);
  console.log(`speed ratio casefile / readability-linkedom: ${(ours.pagesPerSec / linkedomRun.pagesPerSec).toFixed(2)}x pages/s, ${(linkedomRun.medianMs / ours.medianMs).toFixed(2)}x median page time`);
  if (!flag('--no-jsdom')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { JSDOM, VirtualConsole } = require('jsdom') as {
      JSDOM: new (html: string, opts: { url: string; virtualConsole: unknown }) => { window: { document: unknown; close(): void } };
      VirtualConsole: new () => unknown;
    };
    // A silent console: jsdom reports every stylesheet it cannot parse.
    const jsdomRun = runExtractor(pages, readabilityExtract((html, url) => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document));
    console.log(`readability (jsdom)       ${fmt(jsdomRun)}`);
    console.log(`readability (jsdom)       ${fmtEmpty(pages, jsdomRun)}`);
    console.log(`speed ratio casefile / readability-jsdom: ${(ours.pagesPerSec / jsdomRun.pagesPerSec).toFixed(2)}x pages/s, ${(jsdomRun.medianMs / ours.medianMs).toFixed(2)}x median page time`);
  }
  console.log(`peak RSS of the whole run ${maxRssMb().toFixed(0)} MB`);
  if (!flag('--no-process')) wholeProcess(dir, pages, Math.max(1, Number(value('--process-rounds') ?? 3)));
}

if (require.main === module) main(process.argv.slice(2));
