/**
 * Gold on real text nobody here wrote: excerpts of ../shared/corpora/<pool>/
 * named by pool, ref and UTF-16 offsets (ANNOTATION.md "File format"). The
 * texts stay in ../shared; the project keeps only gold lines that point at them.
 * e.g. loadRealGold('../shared/corpora/news-courts/gold-dev.jsonl', corpora)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CODE_KINDS, ISO_DAY_OR_MONTH, PENALTY_TYPES } from '../src/contract';
import { ISO_DURATION } from './eval-gold';

export const REAL_POOLS = ['news-courts', 'echr-facts', 'dragnet', 'article-extraction'] as const;
export type RealPool = (typeof REAL_POOLS)[number];

/**
 * Where each pool's texts are, under the shared folder. The corpora hold one JSON
 * object a line with `id` and `text`; the clean benchmarks' gold article texts
 * (`ground-truth.json`, id → `articleBody`) are a third source of real news.
 */
const POOL_FILES: Record<RealPool, { path: string; shape: 'jsonl' | 'ground-truth' }> = {
  'news-courts': { path: 'corpora/news-courts/articles.jsonl', shape: 'jsonl' },
  'echr-facts': { path: 'corpora/echr-facts/cases.jsonl', shape: 'jsonl' },
  dragnet: { path: 'benchmarks/dragnet/ground-truth.json', shape: 'ground-truth' },
  'article-extraction': { path: 'benchmarks/article-extraction/ground-truth.json', shape: 'ground-truth' },
};

const RealPenaltySchema = z.object({
  person: z.string().min(1),
  type: z.enum(PENALTY_TYPES),
  duration: z.string().regex(ISO_DURATION).nullable(),
  amount: z.number().positive().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  date: z.string().regex(ISO_DAY_OR_MONTH).nullable(),
  text: z.string(),
});

export const RealGoldLineSchema = z.object({
  id: z.string().min(1),
  source: z.enum(REAL_POOLS),
  ref: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  textLength: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  gold: z.object({
    persons: z.array(z.string().min(1)),
    courts: z.array(z.string().min(1)),
    articles: z.array(z.object({ article: z.string().min(1), part: z.string().min(1).nullable(), code: z.enum(CODE_KINDS), text: z.string() })),
    penalties: z.array(RealPenaltySchema),
    dates: z.array(z.string().regex(ISO_DAY_OR_MONTH)),
  }),
});

export type RealGoldLine = z.infer<typeof RealGoldLineSchema>;

export interface RealExcerpt {
  line: RealGoldLine;
  /** the excerpt itself, read from the pool */
  text: string;
}

interface PoolText {
  text: string;
}

/** Where the shared folder lives on the team's machines and in CI (the clean-bench data sets use it too). */
export const SHARED_DIR = '/work/shared';

/** The shared folder: CASEFILE_SHARED, else ../shared beside the repository, else SHARED_DIR (a clone elsewhere). */
export function sharedDir(root: string): string {
  if (process.env.CASEFILE_SHARED) return resolve(process.env.CASEFILE_SHARED);
  const beside = resolve(root, '..', 'shared');
  return existsSync(beside) ? beside : SHARED_DIR;
}

const poolCache = new Map<string, Map<string, PoolText>>();

function readPool(corporaDir: string, pool: RealPool): Map<string, PoolText> {
  const { path: rel, shape } = POOL_FILES[pool];
  const path = join(corporaDir, '..', rel);
  const cached = poolCache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) throw new Error(`the ${pool} texts are not at ${path} (set CASEFILE_SHARED to the shared folder)`);
  const byId = new Map<string, PoolText>();
  if (shape === 'ground-truth') {
    const pages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const [id, page] of Object.entries(pages)) byId.set(id, { text: page.articleBody ?? '' });
  } else {
    for (const raw of readFileSync(path, 'utf8').split('\n')) {
      if (raw.trim() === '') continue;
      const row = JSON.parse(raw) as { id: string; text: string };
      byId.set(row.id, { text: row.text });
    }
  }
  poolCache.set(path, byId);
  return byId;
}

/**
 * Reads a gold file and cuts each excerpt out of its pool; throws when a line
 * breaks the format or its text no longer matches (wrong offsets, changed corpus).
 */
export function loadRealGold(goldPath: string, corporaDir: string): RealExcerpt[] {
  const out: RealExcerpt[] = [];
  const lines = readFileSync(goldPath, 'utf8').split('\n');
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const where = `${goldPath}:${i + 1}`;
    const parsed = RealGoldLineSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${where} does not follow the gold format: ${parsed.error.message}`);
    const line = parsed.data;
    const pooled = readPool(corporaDir, line.source).get(line.ref);
    if (!pooled) throw new Error(`${where}: ${line.source} has no text ${line.ref}`);
    const text = pooled.text.slice(line.start, line.end);
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    if (sha !== line.sha256) throw new Error(`${where}: the excerpt of ${line.ref} [${line.start}, ${line.end}) does not match its sha256`);
    out.push({ line, text });
  });
  return out;
}

export interface RealGoldSet {
  /** e.g. "news-courts dev", "echr-facts blind" */
  name: string;
  pool: RealPool;
  path: string;
}

/** The development gold shipped with each pool. */
export function devGoldSets(shared: string): RealGoldSet[] {
  if (!existsSync(join(shared, 'corpora'))) throw new Error(`no corpora at ${join(shared, 'corpora')}: the shared folder sits beside the repository as ../shared, or CASEFILE_SHARED names it`);
  return REAL_POOLS.map((pool) => ({ name: `${pool} dev`, pool, path: join(shared, 'corpora', pool, 'gold-dev.jsonl') })).filter((s) => existsSync(s.path));
}

/** Our own gold on real text, fixtures/real/<name>.jsonl, one set per file and pool. */
export function projectGoldSets(dir: string): RealGoldSet[] {
  if (!existsSync(dir)) return [];
  const sets: RealGoldSet[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const path = join(dir, file);
    const first = readFileSync(path, 'utf8').split('\n').find((l) => l.trim() !== '');
    if (!first) continue;
    const pool = RealGoldLineSchema.shape.source.parse((JSON.parse(first) as { source: unknown }).source);
    sets.push({ name: file.replace(/\.jsonl$/, ''), pool, path });
  }
  return sets;
}
