/**
 * Job and crawl ids. A page's job id comes from its crawl and canonical URL,
 * so one URL is queued once per crawl; BullMQ custom ids may not hold ':'.
 * Example: pageJobId("viasna-1764093600000", "https://x.org/a") → "viasna-1764093600000.5f1c…".
 */
import { createHash } from 'node:crypto';

export function urlHash(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 32);
}

/** One run of one source; also the crawl job's id. */
export function crawlIdFor(sourceId: string, startedAtMs: number): string {
  return `${sourceId}-${startedAtMs}`;
}

export function pageJobId(crawlId: string, canonicalUrl: string): string {
  return `${crawlId}.${urlHash(canonicalUrl)}`;
}

/** The scheduler id of a source: one job scheduler per source. */
export function schedulerIdFor(sourceId: string): string {
  return `source-${sourceId}`;
}

export function sourceIdOfScheduler(schedulerId: string): string | null {
  return schedulerId.startsWith('source-') ? schedulerId.slice('source-'.length) : null;
}
