/**
 * Per-crawl bookkeeping in Redis: the seen set (one URL queued once per
 * crawl), the page budget (a source's maxPages), and per-URL validators and
 * content hashes across crawls (unchanged pages are not extracted again).
 * Every key expires, so months of crawling leave bounded memory behind.
 */
import { ownKey, type RedisClient } from './connection';
import { urlHash } from './job-ids';

/** A crawl's seen set outlives any sane crawl: a week. */
export const SEEN_TTL_SECS = 7 * 24 * 3600;
/** Validators are kept for half a year: a page untouched that long is fetched in full again. */
export const PAGE_STATE_TTL_SECS = 180 * 24 * 3600;

export interface PageValidators {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
}

export class CrawlFrontier {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private seenKey(crawlId: string): string {
    return ownKey(this.prefix, 'seen', crawlId);
  }

  async isSeen(crawlId: string, url: string): Promise<boolean> {
    return (await this.redis.sismember(this.seenKey(crawlId), urlHash(url))) === 1;
  }

  /** The URLs not yet seen in this crawl, in one round trip (a listing brings 50 at once). */
  async unseen(crawlId: string, urls: string[]): Promise<string[]> {
    const unique = [...new Set(urls)];
    if (unique.length === 0) return [];
    const flags = await this.redis.smismember(this.seenKey(crawlId), ...unique.map(urlHash));
    return unique.filter((_, i) => flags[i] !== 1);
  }

  /** Marked after the job is added, so a crash in between re-adds (same job id) rather than loses it. */
  async markSeen(crawlId: string, urls: string[]): Promise<void> {
    if (urls.length === 0) return;
    const key = this.seenKey(crawlId);
    await this.redis.multi().sadd(key, ...urls.map(urlHash)).expire(key, SEEN_TTL_SECS).exec();
  }

  /** Takes up to `wanted` pages from the crawl's budget of `max`; returns how many were granted. */
  async takeBudget(crawlId: string, wanted: number, max: number | undefined): Promise<number> {
    if (max === undefined || wanted === 0) return wanted;
    const key = ownKey(this.prefix, 'budget', crawlId);
    const res = await this.redis.multi().incrby(key, wanted).expire(key, SEEN_TTL_SECS).exec();
    const after = Number(res?.[0]?.[1] ?? 0);
    const before = after - wanted;
    return Math.max(0, Math.min(wanted, max - before));
  }

  async validators(url: string): Promise<PageValidators | null> {
    const raw = await this.redis.get(ownKey(this.prefix, 'page', urlHash(url)));
    if (!raw) return null;
    try {
      return JSON.parse(raw) as PageValidators;
    } catch {
      return null;
    }
  }

  async setValidators(url: string, v: PageValidators): Promise<void> {
    await this.redis.set(ownKey(this.prefix, 'page', urlHash(url)), JSON.stringify(v), 'EX', PAGE_STATE_TTL_SECS);
  }

  /**
   * Claims a content hash for a URL. Returns the URL that already owns the
   * same bytes (a duplicate page under another address), or null.
   */
  async claimContent(contentHash: string, url: string): Promise<string | null> {
    const key = ownKey(this.prefix, 'content', contentHash);
    const res = await this.redis.set(key, url, 'EX', PAGE_STATE_TTL_SECS, 'NX');
    if (res === 'OK') return null;
    const owner = await this.redis.get(key);
    return owner !== null && owner !== url ? owner : null;
  }
}
