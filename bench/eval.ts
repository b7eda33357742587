/**
 * Gold evaluation: runs the real pipeline on every fixtures/texts/<slug>/ and
 * prints precision, recall and F1 per entity kind (micro-averaged); exits 1
 * when a kind's F1 is under its floor in fixtures/texts/floors.json.
 * e.g. `npm run eval -- --verbose --only seed`
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseFlags } from '../src/cli/common';
import type { Entities } from '../src/contract';
import { extractDocument } from '../src/pipeline/extract-document';
import { type GoldFixture, loadFixtures } from './eval-gold';
import { devGoldSets, loadRealGold, projectGoldSets, type RealExcerpt, type RealGoldSet, sharedDir } from './eval-real';
import { type DocumentScore, ENTITY_KINDS, type EntityKind, type EntityLists, scoreDocument } from './eval-match';

export interface DocumentEval {
  slug: string;
  /** the gold's style (monitor-update, wire, ..., no-case) */
  style: string;
  scores: DocumentScore;
  /** the pipeline's error on this document, if it threw (scored as finding nothing) */
  error: string | null;
  /** extracted persons or courts that the gold lists under "not" (known traps the pipeline fell into) */
  notHits: string[];
}

export interface KindTotals {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  documents: DocumentEval[];
  totals: Record<EntityKind, KindTotals>;
}

export type Floors = Record<EntityKind, number>;

const FloorsSchema = z.object(Object.fromEntries(ENTITY_KINDS.map((k) => [k, z.number().min(0).max(1)])) as Record<EntityKind, z.ZodNumber>);

/** The repository root: the nearest folder above this file with a package.json (works from bench/ and dist/bench/). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export function defaultFixturesDir(): string {
  return join(repoRoot(), 'fixtures', 'texts');
}

export function goldLists(fx: GoldFixture): EntityLists {
  const g = fx.gold;
  return { persons: g.persons, courts: g.courts, articles: g.articles, dates: g.dates, penalties: g.penalties };
}

export function extractedLists(entities: Entities): EntityLists {
  return {
    persons: entities.persons.map((p) => p.name),
    courts: entities.courts.map((c) => c.name),
    articles: entities.articles.map(({ article, part, code }) => ({ article, part, code })),
    dates: entities.dates.map((d) => d.date),
    penalties: entities.penalties.map(({ person, type, duration, amount, currency }) => ({ person, type, duration, amount, currency })),
  };
}

const NOTHING: EntityLists = { persons: [], courts: [], articles: [], dates: [], penalties: [] };

/** Runs the real pipeline on the fixture's text, as `casefile extract --text --published` would. */
export function evaluateFixture(fx: GoldFixture): DocumentEval {
  let found = NOTHING;
  let error: string | null = null;
  try {
    const result = extractDocument({
      input: fx.sourcePath,
      url: null,
      bytes: readFileSync(fx.sourcePath),
      forceText: true,
      published: fx.gold.published,
    });
    found = extractedLists(result.entities);
  } catch (err) {
    error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  return { slug: fx.slug, style: fx.gold.style, scores: scoreDocument(goldLists(fx), found), error, notHits: notListHits(fx, found) };
}

/** Extracted persons and courts that the gold lists under "not", as "kind: name". */
export function notListHits(fx: Pick<GoldFixture, 'gold'>, found: EntityLists): string[] {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const notPersons = new Set((fx.gold.not.persons ?? []).map(fold));
  const notCourts = new Set((fx.gold.not.courts ?? []).map((c) => fold(c).replace(/^the /, '')));
  return [
    ...found.persons.filter((p) => notPersons.has(fold(p))).map((p) => `persons: ${JSON.stringify(p)}`),
    ...found.courts.filter((c) => notCourts.has(fold(c).replace(/^the /, ''))).map((c) => `courts: ${JSON.stringify(c)}`),
  ];
}

function ratio(num: number, den: number, empty: number): number {
  return den === 0 ? empty : num / den;
}

export function totalsOf(documents: DocumentEval[]): Record<EntityKind, KindTotals> {
  const totals = {} as Record<EntityKind, KindTotals>;
  for (const kind of ENTITY_KINDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const d of documents) {
      tp += d.scores[kind].tp;
      fp += d.scores[kind].fp;
      fn += d.scores[kind].fn;
    }
    // Nothing to find and nothing found is perfect; nothing found when something was due scores 0.
    const precision = ratio(tp, tp + fp, fn === 0 ? 1 : 0);
    const recall = ratio(tp, tp + fn, fp === 0 ? 1 : 0);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    totals[kind] = { tp, fp, fn, precision, recall, f1 };
  }
  return totals;
}

export interface EvaluateOptions {
  /** only the fixture folders whose slug contains this text */
  only?: string;
  /** the pipeline to run (real-text sets): another checkout's, to score its rules on the same gold */
  extract?: typeof extractDocument;
}

/** Scores every fixture in `dir` (default fixtures/texts) against its gold. */
export function evaluateFixtures(dir: string = defaultFixturesDir(), opts: EvaluateOptions = {}): EvalReport {
  const fixtures = loadFixtures(dir).filter((fx) => !opts.only || fx.slug.includes(opts.only));
  const documents = fixtures.map(evaluateFixture);
  return { documents, totals: totalsOf(documents) };
}

export function readFloors(dir: string = defaultFixturesDir()): Floors {
  const path = join(dir, 'floors.json');
  return FloorsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** One line per kind whose F1 is below its floor; empty when all pass. */
export function floorFailures(report: EvalReport, floors: Floors): string[] {
  return ENTITY_KINDS.filter((k) => report.totals[k].f1 < floors[k]).map(
    (k) => `${k}: F1 ${report.totals[k].f1.toFixed(3)} is under its floor ${floors[k].toFixed(3)}`,
  );
}

const fmt = (n: number) => n.toFixed(3);

export function formatTable(report: EvalReport, floors?: Floors): string {
  const head = ['kind', 'gold', 'found', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1', ...(floors ? ['floor'] : [])];
  const rows = ENTITY_KINDS.map((k) => {
    const t = report.totals[k];
    return [k, String(t.tp + t.fn), String(t.tp + t.fp), String(t.tp), String(t.fp), String(t.fn), fmt(t.precision), fmt(t.recall), fmt(t.f1), ...(floors ? [fmt(floors[k])] : [])];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`documents: ${report.documents.length}`, line(head), ...rows.map(line)].join('\n') + '\n';
}

/** F1 per kind for each document style, so a weak style (say, digests or no-case texts) shows. */
export function formatByStyle(report: EvalReport): string {
  const styles = [...new Set(report.documents.map((d) => d.style))].sort();
  const head = ['style', 'docs', ...ENTITY_KINDS];
  const rows = styles.map((style) => {
    const docs = report.documents.filter((d) => d.style === style);
    const t = totalsOf(docs);
    return [style, String(docs.length), ...ENTITY_KINDS.map((k) => (t[k].tp + t[k].fp + t[k].fn === 0 ? '-' : fmt(t[k].f1)))];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return ['F1 by style ("-": nothing due, nothing found)', line(head), ...rows.map(line)].join('\n') + '\n';
}

/** Per-document misses (in gold, not found) and false positives (found, not in gold). */
export function formatDetails(report: EvalReport): string {
  const out: string[] = [];
  for (const d of report.documents) {
    const lines: string[] = [];
    if (d.error) lines.push(`  ERROR ${d.error}`);
    for (const h of d.notHits) lines.push(`  in the "not" list: ${h}`);
    for (const k of ENTITY_KINDS) {
      const s = d.scores[k];
      for (const m of s.misses) lines.push(`  ${k} miss: ${JSON.stringify(m)}`);
      for (const f of s.falsePositives) lines.push(`  ${k} false positive: ${JSON.stringify(f)}`);
    }
    if (lines.length > 0) out.push(`${d.slug}`, ...lines);
  }
  return out.length > 0 ? out.join('\n') + '\n' : 'every document matches its gold\n';
}

/**
 * Runs the real pipeline on one excerpt, as `casefile extract --text` would on
 * the excerpt alone: no --published, so only the excerpt can date a year-less day
 * (ANNOTATION.md).
 */
export function evaluateExcerpt(ex: RealExcerpt, extract: typeof extractDocument = extractDocument): DocumentEval {
  let found = NOTHING;
  let error: string | null = null;
  try {
    const bytes = Buffer.from(ex.text, 'utf8');
    found = extractedLists(extract({ input: ex.line.id, url: null, bytes, forceText: true, published: null }).entities);
  } catch (err) {
    error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  const g = ex.line.gold;
  const gold: EntityLists = {
    persons: g.persons,
    courts: g.courts,
    articles: g.articles.map(({ article, part, code }) => ({ article, part, code })),
    dates: g.dates,
    penalties: g.penalties.map(({ person, type, duration, amount, currency }) => ({ person, type, duration, amount, currency })),
  };
  return { slug: `${ex.line.id} (${ex.line.ref})`, style: ex.line.source, scores: scoreDocument(gold, found, 'distinct'), error, notHits: [] };
}

export interface RealSetReport extends EvalReport {
  set: RealGoldSet;
}

/** The gold sets on real text: `real` is each pool's development gold, `blind` our own batches in fixtures/real/. */
export function realGoldSets(which: 'real' | 'blind', root: string = repoRoot()): RealGoldSet[] {
  return which === 'real' ? devGoldSets(sharedDir(root)) : projectGoldSets(join(root, 'fixtures', 'real'));
}

export function evaluateRealSet(set: RealGoldSet, opts: EvaluateOptions = {}, root: string = repoRoot()): RealSetReport {
  const excerpts = loadRealGold(set.path, join(sharedDir(root), 'corpora')).filter((ex) => !opts.only || ex.line.id.includes(opts.only) || ex.line.ref.includes(opts.only));
  const documents = excerpts.map((ex) => evaluateExcerpt(ex, opts.extract));
  return { set, documents, totals: totalsOf(documents) };
}

/** Floors for the real-text sets, by set name ("news-courts dev"), in fixtures/real/floors.json. */
export function readRealFloors(root: string = repoRoot()): Record<string, Floors> {
  const path = join(root, 'fixtures', 'real', 'floors.json');
  if (!existsSync(path)) return {};
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [k, FloorsSchema.parse(v)]));
}

const HELP = `Usage: node dist/bench/eval.js [--set fixtures|real|blind] [--verbose] [--only TEXT] [--dir DIR] [--json]

Runs the extraction pipeline on every fixtures/texts/<slug>/source.txt and
compares it with gold.json: precision, recall and F1 per entity kind.

  --set real     instead: the development gold on real text in ../shared/corpora/*/gold-dev.jsonl
                 (news-courts, echr-facts), one table per pool; floors in fixtures/real/floors.json
  --set blind    instead: our own batches on real text, fixtures/real/*.jsonl (score them once)
  (CASEFILE_SHARED names the shared folder when it is not ../shared)

  --verbose, -v  also list each document's misses and false positives
  --only TEXT    only the fixtures whose folder name contains TEXT (no floor check)
  --dir DIR      fixtures folder (default: fixtures/texts)
  --json         print the report as JSON instead of a table
  --tree DIR     with --set real|blind: run the extractors of another built checkout (DIR/dist), e.g. an
                 older commit's worktree, on the same gold and with today's scoring (no floor check)

Exit status: 0 every kind at or above its floor (fixtures/texts/floors.json),
1 some kind under its floor, 2 usage error or unreadable gold.
`;

export async function main(argv: string[]): Promise<number> {
  const parsed = parseFlags(
    argv,
    { verbose: { type: 'boolean', short: 'v' }, only: { type: 'string' }, dir: { type: 'string' }, json: { type: 'boolean' }, set: { type: 'string' }, tree: { type: 'string' } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const which = typeof parsed.values.set === 'string' ? parsed.values.set : 'fixtures';
  if (which === 'real' || which === 'blind') return mainReal(which, parsed.values);
  if (which !== 'fixtures') {
    process.stderr.write(`eval: --set is fixtures, real or blind, not ${JSON.stringify(which)}\n`);
    return 2;
  }
  const dir = typeof parsed.values.dir === 'string' ? resolve(parsed.values.dir) : defaultFixturesDir();
  const only = typeof parsed.values.only === 'string' ? parsed.values.only : undefined;
  let report: EvalReport;
  let floors: Floors | undefined;
  try {
    report = evaluateFixtures(dir, { only });
    if (existsSync(join(dir, 'floors.json'))) floors = readFloors(dir);
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n`);
    return 2;
  }
  for (const d of report.documents) if (d.error) process.stderr.write(`eval: ${d.slug}: pipeline threw ${d.error}\n`);
  if (parsed.values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    process.stdout.write(formatTable(report, floors));
    if (parsed.values.verbose) process.stdout.write('\n' + formatByStyle(report) + '\n' + formatDetails(report));
  }
  if (only !== undefined || floors === undefined) return 0;
  const failures = floorFailures(report, floors);
  for (const f of failures) process.stderr.write(`eval: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

function mainReal(which: 'real' | 'blind', values: { verbose?: unknown; only?: unknown; json?: unknown; tree?: unknown }): number {
  const only = typeof values.only === 'string' ? values.only : undefined;
  let reports: RealSetReport[];
  let floors: Record<string, Floors>;
  try {
    const sets = realGoldSets(which);
    if (sets.length === 0) throw new Error(which === 'real' ? `no gold-dev.jsonl under ${sharedDir(repoRoot())}/corpora` : 'no gold files in fixtures/real/');
    const extract = typeof values.tree === 'string' ? treeExtractor(values.tree) : undefined;
    reports = sets.map((set) => evaluateRealSet(set, { only, extract }));
    floors = which === 'real' && extract === undefined ? readRealFloors() : {};
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n`);
    return 2;
  }
  if (values.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  let failures: string[] = [];
  for (const r of reports) {
    for (const d of r.documents) if (d.error) process.stderr.write(`eval: ${d.slug}: pipeline threw ${d.error}\n`);
    const f = floors[r.set.name];
    if (!values.json) {
      process.stdout.write(`== ${r.set.name} (${r.set.path})\n` + formatTable(r, f));
      if (values.verbose) process.stdout.write('\n' + formatDetails(r) + '\n');
    }
    if (f && only === undefined) failures = failures.concat(floorFailures(r, f).map((x) => `${r.set.name}: ${x}`));
  }
  for (const f of failures) process.stderr.write(`eval: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

/** The pipeline of another built checkout: `git worktree add ../old 1b0b3d2`, build it, then `--tree ../old`. */
export function treeExtractor(dir: string): typeof extractDocument {
  const path = join(resolve(dir), 'dist', 'src', 'pipeline', 'extract-document.js');
  if (!existsSync(path)) throw new Error(`--tree: ${path} is missing (build that checkout first: npx tsc -p tsconfig.build.json)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path) as { extractDocument?: typeof extractDocument };
  if (typeof mod.extractDocument !== 'function') throw new Error(`--tree: ${path} has no extractDocument`);
  return mod.extractDocument;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`eval: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
