/**
 * The data each queue's jobs carry, as zod schemas: a worker validates
 * job.data before calling its stage, so a malformed job fails at once with
 * a clear reason instead of half-running.
 */
import { z } from 'zod';
import { CaseRecordSchema, EntitiesSchema } from '../src/contract';
import { SourceSchema } from '../src/sources/source-schema';

/** A source's run: from `enqueue` or from the source's job scheduler (crawlId then comes from the job). */
export const CrawlJobSchema = z.object({
  source: SourceSchema,
  crawlId: z.string().regex(/^[^:]+$/).optional(),
});
export type CrawlJob = z.infer<typeof CrawlJobSchema>;

const PagedJob = {
  crawlId: z.string().regex(/^[^:]+$/),
  source: SourceSchema,
  url: z.string().url(),
  /** the pacing slot handed to this job when its host was busy (Redis clock, ms) */
  reservedSlotMs: z.number().nullable().default(null),
};

/** A listing page, feed, sitemap or seed to look for article links in. */
export const DiscoverJobSchema = z.object({
  ...PagedJob,
  /** a seed's kind is found from the page; the others come from discovery */
  kind: z.enum(['seed', 'listing', 'feed', 'sitemap']),
  /** 0 for a seed; listing pages followed from it count up */
  depth: z.number().int().nonnegative(),
});
export type DiscoverJob = z.infer<typeof DiscoverJobSchema>;

/** An article page to fetch. */
export const FetchJobSchema = z.object(PagedJob);
export type FetchJob = z.infer<typeof FetchJobSchema>;

/** A fetched article page to clean and extract. The body rides along base64-encoded. */
export const ExtractJobSchema = z.object({
  crawlId: z.string(),
  sourceId: z.string(),
  country: z.string().nullable(),
  /** canonical URL of the page */
  url: z.string(),
  finalUrl: z.string(),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  bodyBase64: z.string(),
  /** validators to remember once the page is extracted */
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  fetchedAt: z.string(),
});
export type ExtractJob = z.infer<typeof ExtractJobSchema>;

/** Extracted records on their way into the review store. */
export const ReviewJobSchema = z.object({
  snapshot: z.object({
    sha256: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    text: z.string(),
    fetchedAt: z.string(),
    entities: EntitiesSchema.nullable().optional(),
  }),
  records: z.array(CaseRecordSchema),
  meta: z.object({ sourceId: z.string().nullable(), country: z.string().nullable() }),
});
export type ReviewJob = z.infer<typeof ReviewJobSchema>;

/** Accepted records to send downstream (the destination defaults to CASEFILE_EXPORT_TO). */
export const ExportJobSchema = z.object({
  to: z.string().optional(),
  /** the records just accepted; absent = every accepted record not yet exported */
  recordIds: z.array(z.string()).optional(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;
