/**
 * The gold format of fixtures/texts/<slug>/gold.json as a zod schema, and a
 * loader that finds every fixture folder (source.txt + gold.json) in a directory.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CODE_KINDS, ISO_DAY, ISO_DAY_OR_MONTH, PENALTY_TYPES } from '../src/contract';

export const GOLD_STYLES = ['monitor-update', 'wire', 'press-release', 'digest', 'court-report', 'no-case'] as const;

/** ISO 8601 duration as the contract writes them: P6M, P2Y10M, P10D, PT40H, P7Y6M. */
export const ISO_DURATION = /^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/;

export const GoldArticleSchema = z.object({
  article: z.string().min(1),
  part: z.string().min(1).nullable(),
  code: z.enum(CODE_KINDS),
}).strict();

export const GoldPenaltySchema = z.object({
  person: z.string().min(1),
  type: z.enum(PENALTY_TYPES),
  duration: z.string().regex(ISO_DURATION).nullable(),
  amount: z.number().positive().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  inferred: z.boolean(),
}).strict();

export const GoldNotSchema = z.object({
  persons: z.array(z.string().min(1)).optional(),
  courts: z.array(z.string().min(1)).optional(),
  articles: z.array(z.string().min(1)).optional(),
  dates: z.array(z.string().min(1)).optional(),
  penalties: z.array(z.string().min(1)).optional(),
}).strict();

export const GoldSchema = z.object({
  published: z.string().regex(ISO_DAY).nullable(),
  style: z.enum(GOLD_STYLES),
  persons: z.array(z.string().min(1)),
  courts: z.array(z.string().min(1)),
  articles: z.array(GoldArticleSchema),
  dates: z.array(z.string().regex(ISO_DAY_OR_MONTH)),
  penalties: z.array(GoldPenaltySchema),
  not: GoldNotSchema,
}).strict();

export type Gold = z.infer<typeof GoldSchema>;
export type GoldPenalty = z.infer<typeof GoldPenaltySchema>;

export interface GoldFixture {
  slug: string;
  dir: string;
  sourcePath: string;
  source: string;
  gold: Gold;
}

/** Slugs of the folders under `dir` that hold both source.txt and gold.json, sorted. */
export function listFixtureSlugs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((slug) => existsSync(join(dir, slug, 'source.txt')) && existsSync(join(dir, slug, 'gold.json')))
    .sort();
}

/** Reads and validates one fixture; throws with the slug and the schema's message when gold.json is wrong. */
export function loadFixture(dir: string, slug: string): GoldFixture {
  const sourcePath = join(dir, slug, 'source.txt');
  const goldPath = join(dir, slug, 'gold.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (err) {
    throw new Error(`${slug}/gold.json is not JSON: ${(err as Error).message}`);
  }
  const parsed = GoldSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${slug}/gold.json does not follow the gold format: ${parsed.error.message}`);
  return { slug, dir: join(dir, slug), sourcePath, source: readFileSync(sourcePath, 'utf8'), gold: parsed.data };
}

export function loadFixtures(dir: string): GoldFixture[] {
  return listFixtureSlugs(dir).map((slug) => loadFixture(dir, slug));
}
