/**
 * openCrawlState(store): the crawl state in the review store's own database
 * (SQLite file or PostgreSQL), so one CASEFILE_DB holds records and crawl progress.
 */
import { SqliteCrawlState, type CrawlStateStore } from './crawl-state';
import { PostgresCrawlState } from './crawl-state-postgres';
import type { ReviewStore } from './types';

export async function openCrawlState(store: Pick<ReviewStore, 'backend'>): Promise<CrawlStateStore> {
  const backend = store.backend;
  return backend.kind === 'sqlite' ? new SqliteCrawlState(backend.db) : PostgresCrawlState.open(backend.pool);
}
