/**
 * A crawl source as the sources file declares it (YAML or JSON), with its zod
 * schema. Example: { id: viasna, seeds: [https://spring96.org/en/news], include: ["/en/news/\\d+"] }
 */
import { z } from 'zod';

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const PatternSchema = z.string().min(1).refine(compiles, { message: 'is not a valid regular expression' });

const HttpUrlSchema = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { message: 'must be an http(s):// URL' });

export const SourceSchema = z
  .object({
    /** stable identifier: kebab-case, stored with each record */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _'),
    name: z.string().min(1),
    /** ISO 3166-1 alpha-2 of the country covered, or null for regional sources */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as "KZ"').nullable().default(null),
    /** BCP 47 language of the pages, e.g. "en", "ru" */
    language: z.string().min(2).nullable().default(null),
    /** listing pages, RSS/Atom feeds, sitemaps or article URLs */
    seeds: z.array(HttpUrlSchema).min(1),
    /** article URLs must match one of these (regular expressions on the full URL); empty = the built-in heuristic */
    include: z.array(PatternSchema).default([]),
    /** URLs matching any of these are never fetched */
    exclude: z.array(PatternSchema).default([]),
    /** cron expression for scheduled crawls (used by the distributed mode) */
    schedule: z
      .string()
      .refine((c) => /^@(yearly|annually|monthly|weekly|daily|hourly)$/.test(c.trim()) || /^(\S+\s+){4,5}\S+$/.test(c.trim()), {
        message: 'must be a cron expression with 5 or 6 fields, such as "0 */6 * * *"',
      })
      .nullable()
      .default(null),
    /** pause between two requests to one host; robots.txt Crawl-delay raises it */
    perHostDelayMs: z.number().int().nonnegative().optional(),
    /** pages fetched from this source per run */
    maxPages: z.number().int().positive().optional(),
    /** listing pages followed through pagination per seed */
    maxListingPages: z.number().int().positive().optional(),
    /** let this source reach loopback and private addresses (local test sites) */
    allowPrivate: z.boolean().default(false),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;

export const SourcesFileSchema = z.union([
  z.object({ sources: z.array(SourceSchema).min(1) }).strict(),
  z.array(SourceSchema).min(1),
]);

/** A source made from --seed URLs given on the command line. */
export function adHocSource(seeds: string[], opts: { allowPrivate?: boolean; maxPages?: number } = {}): Source {
  return SourceSchema.parse({
    id: 'seed',
    name: 'Seeds from the command line',
    seeds,
    allowPrivate: opts.allowPrivate ?? false,
    ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
  });
}
