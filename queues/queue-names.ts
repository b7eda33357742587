/**
 * The queues of the distributed pipeline, named in one place, in stage order:
 * crawl (a source's run starts) → discover → fetch → extract → review (intake) → export.
 */
export const QUEUE_NAMES = {
  /** one job per source run: puts the source's seeds on `discover` */
  crawl: 'crawl',
  /** listing pages, feeds, sitemaps → article URLs */
  discover: 'discover',
  /** one article page fetched, politely */
  fetch: 'fetch',
  /** clean → entities → records */
  extract: 'extract',
  /** extracted records waiting for the intake worker to upsert them into the review store */
  review: 'review',
  /** accepted records sent downstream */
  export: 'export',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QUEUE_NAMES);

export function isQueueName(name: string): name is QueueName {
  return (ALL_QUEUES as readonly string[]).includes(name);
}
