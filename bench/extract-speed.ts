/**
 * Extraction speed and memory: runs extractEntities + buildRecords over a corpus of
 * news text (fixtures/texts/ and the seed, cycled to --docs documents) in one process,
 * and compromise's own nlp(text).people() over the same text, and prints KB/s, docs/s,
 * peak RSS, RSS at checkpoints and the speed ratio.
 * e.g. `npm run bench` or `node dist/bench/extract-speed.js --docs 10000 --baseline-docs 300`
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { parseFlags, parsePositiveInt } from '../src/cli/common';
import { analyse, buildRecords, extractEntities } from '../extractors';

interface Options {
  docs: number;
  baselineDocs: number;
  checkpoints: number;
}

interface RunFigures {
  docs: number;
  bytes: number;
  ms: number;
  kbPerSec: number;
  docsPerSec: number;
}

/** The speed the project asks for (issue 9). */
const TARGET_KB_PER_SEC = 600;

/** Documents extracted before timing starts, so the JIT and lazy word lists are warm. */
const WARMUP_DOCS = 50;
const MB = 1024 * 1024;

const HELP = `usage: node dist/bench/extract-speed.js [--docs N] [--baseline-docs N] [--checkpoints N] [--no-long]

  --docs N            documents to extract with casefile (default 10000)
  --baseline-docs N   documents to run compromise's own .people() on (default 300; it is slow)
  --checkpoints N     RSS lines printed during the casefile run (default 10)
  --no-long           skip the long inputs (about 1 MB each of one shape without stops, timed once each)
`;

function repoRoot(): string {
  // Runs from dist/bench (compiled) or bench (ts-jest): walk up to the folder holding fixtures/.
  for (const up of ['..', '../..', '../../..']) {
    const dir = resolve(__dirname, up);
    if (existsSync(join(dir, 'fixtures', 'texts'))) return dir;
  }
  return process.cwd();
}

/** The distinct texts of the corpus: every fixtures/texts/<slug>/source.txt, plus the seed if present. */
export function loadTexts(root: string): string[] {
  const texts: string[] = [];
  const dir = join(root, 'fixtures', 'texts');
  if (existsSync(dir)) {
    for (const slug of readdirSync(dir).sort()) {
      const file = join(dir, slug, 'source.txt');
      if (existsSync(file)) texts.push(readFileSync(file, 'utf8'));
    }
  }
  const seed = resolve(root, '..', 'shared', 'seeds', '000_f45c68dca8191362.txt');
  if (existsSync(seed)) texts.push(readFileSync(seed, 'utf8'));
  return texts.filter((t) => t.trim().length > 0);
}

function figures(docs: number, bytes: number, ms: number): RunFigures {
  const secs = ms / 1000;
  return { docs, bytes, ms, kbPerSec: bytes / 1024 / secs, docsPerSec: docs / secs };
}

function rssMb(): number {
  return process.memoryUsage().rss / MB;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
}

function runBaseline(texts: string[], docs: number): RunFigures {
  let bytes = 0;
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < docs; i++) {
    const text = texts[i % texts.length];
    found += (nlp(text).people().out('array') as string[]).length;
    bytes += Buffer.byteLength(text, 'utf8');
  }
  const ms = performance.now() - t0;
  if (found < 0) throw new Error('unreachable');
  return figures(docs, bytes, ms);
}

function runCasefile(texts: string[], opts: Options, log: (line: string) => void): { run: RunFigures; passMedianKbPerSec: number } {
  const hashes = texts.map((t) => createHash('sha256').update(t).digest('hex'));
  const extractOne = (i: number) => {
    const text = texts[i % texts.length];
    const doc = { text, published: null };
    const analysis = analyse(doc);
    const entities = extractEntities(doc, analysis);
    return buildRecords(doc, entities, { url: null, sha256: hashes[i % texts.length] }, analysis).length;
  };
  for (let i = 0; i < Math.min(WARMUP_DOCS, opts.docs); i++) extractOne(i);

  const every = Math.max(1, Math.floor(opts.docs / opts.checkpoints));
  const passKbPerSec: number[] = [];
  let bytes = 0;
  let passBytes = 0;
  let records = 0;
  const t0 = performance.now();
  let passStart = t0;
  for (let i = 0; i < opts.docs; i++) {
    records += extractOne(i);
    const b = Buffer.byteLength(texts[i % texts.length], 'utf8');
    bytes += b;
    passBytes += b;
    if ((i + 1) % texts.length === 0) {
      const now = performance.now();
      passKbPerSec.push(passBytes / 1024 / ((now - passStart) / 1000));
      passStart = now;
      passBytes = 0;
    }
    if ((i + 1) % every === 0 || i + 1 === opts.docs) {
      log(`  checkpoint ${String(i + 1).padStart(6)} docs: rss ${rssMb().toFixed(1)} MB, heap ${(process.memoryUsage().heapUsed / MB).toFixed(1)} MB`);
    }
  }
  const ms = performance.now() - t0;
  log(`  records built: ${records}`);
  return { run: figures(opts.docs, bytes, ms), passMedianKbPerSec: median(passKbPerSec) };
}

function line(name: string, f: RunFigures): string {
  return `${name.padEnd(26)} ${f.kbPerSec.toFixed(1).padStart(9)} KB/s ${f.docsPerSec.toFixed(1).padStart(9)} docs/s  (${f.docs} docs, ${(f.bytes / MB).toFixed(1)} MB, ${(f.ms / 1000).toFixed(1)} s)`;
}

export function main(argv: string[]): number {
  const parsed = parseFlags(argv, {
    docs: { type: 'string' },
    'baseline-docs': { type: 'string' },
    checkpoints: { type: 'string' },
    'no-long': { type: 'boolean' },
  }, HELP);
  if (typeof parsed === 'number') return parsed;
  const opts: Options = { docs: 10000, baselineDocs: 300, checkpoints: 10 };
  for (const [flag, key] of [['docs', 'docs'], ['baseline-docs', 'baselineDocs'], ['checkpoints', 'checkpoints']] as const) {
    const raw = parsed.values[flag];
    if (raw === undefined) continue;
    const n = parsePositiveInt(raw, `--${flag}`);
    if (n instanceof Error) {
      process.stderr.write(`extract-speed: ${n.message}\n`);
      return 2;
    }
    opts[key] = n;
  }
  const texts = loadTexts(repoRoot());
  if (texts.length === 0) {
    process.stderr.write('extract-speed: no texts found under fixtures/texts/\n');
    return 1;
  }
  const corpusKb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1024;
  const log = (s: string) => process.stdout.write(s + '\n');
  log(`corpus: ${texts.length} distinct texts, ${corpusKb.toFixed(1)} KB, mean ${(corpusKb / texts.length).toFixed(1)} KB/doc`);
  log(`node ${process.version}, one process, one core; rss before any extraction ${rssMb().toFixed(1)} MB`);

  // compromise first, before the casefile plugin is loaded into it: its own .people() as shipped.
  const baseline = runBaseline(texts, opts.baselineDocs);
  log(line('compromise .people()', baseline));

  log(`casefile extractEntities + buildRecords over ${opts.docs} docs:`);
  const startRss = rssMb();
  const { run, passMedianKbPerSec } = runCasefile(texts, opts, log);
  log(line('casefile extract', run));
  log(`casefile median KB/s per corpus pass: ${passMedianKbPerSec.toFixed(1)}`);
  log(`rss at start of run ${startRss.toFixed(1)} MB, at end ${rssMb().toFixed(1)} MB, peak ${peakRssMb().toFixed(1)} MB`);
  log(`speed ratio casefile / compromise .people(): ${(run.kbPerSec / baseline.kbPerSec).toFixed(2)}x`);
  // (issue 9 raised the speed target from 250 to 600 KB/s; figures depend on the machine, so compare runs of two commits on one)
  log(`target >= ${TARGET_KB_PER_SEC} KB/s per core: ${run.kbPerSec >= TARGET_KB_PER_SEC ? 'met' : 'NOT met'}; peak RSS < 300 MB: ${peakRssMb() < 300 ? 'met' : 'NOT met'}`);
  if (!parsed.values['no-long']) runLongInputs(log);
  return 0;
}

/**
 * Pages no news site means to serve: about 1 MB of one shape with no sentence stop. Each once, timed, so that work
 * growing with the square of a run, a name's tail or a sentence shows here (three such loops took 4-9 minutes each).
 */
const LONG_SHAPES: Array<[string, string]> = [
  ['capitalised words', 'Alpha Beta Gamma Delta '],
  ['one court name', 'District Court of Almaty '],
  ['articles', 'Article 1, Article 2 and Article 3 of the Code '],
  ['penalty words', 'sentenced to five years and fined 2,000 roubles '],
  ['dates', 'on 12 May 2005 and 13 June '],
  ['capitals', 'ABC DEF '],
  ['titles and initials', 'Mr A. B. C. '],
  ['pronouns', 'He was fined. She was jailed. They appealed. '],
];
const LONG_INPUT_CHARS = 1_000_000;
const LONG_INPUT_LIMIT_SECONDS = 10;

function runLongInputs(log: (line: string) => void): void {
  log(`long inputs (${LONG_INPUT_CHARS.toLocaleString('en')} characters of one shape, the whole pipeline once; --no-long skips):`);
  let worst = 0;
  for (const [name, unit] of LONG_SHAPES) {
    const text = unit.repeat(Math.ceil(LONG_INPUT_CHARS / unit.length));
    const t0 = process.hrtime.bigint();
    const doc = { text, published: null };
    const analysis = analyse(doc);
    buildRecords(doc, extractEntities(doc, analysis), { url: null, sha256: '' }, analysis);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    worst = Math.max(worst, seconds);
    log(`  ${name.padEnd(20)} ${seconds.toFixed(2)} s`);
  }
  log(`long inputs under ${LONG_INPUT_LIMIT_SECONDS} s each: ${worst < LONG_INPUT_LIMIT_SECONDS ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)} s)`);
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
