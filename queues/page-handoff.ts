/**
 * Fetching a page for a job, and handing a fetched article on to `extract`
 * (shared by the discover and fetch stages): unchanged and duplicate pages
 * stop here; others travel on with their bytes.
 */
import type { Job } from 'bullmq';
import { originOf } from '../src/fetch/canonical-url';
import { contentHash, fetchPage, pageCanonicalUrl, type FetchOutcome, type FetchedPage, type Source } from '../src/pipeline/stages';
import type { PageValidators } from './crawl-frontier';
import { HostBusyError } from './error-adapter';
import { pageJobId } from './job-ids';
import type { ExtractJob } from './job-schemas';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';

export interface PagedJobData {
  crawlId: string;
  source: Source;
  url: string;
  reservedSlotMs: number | null;
}

/** Fetches the job's URL through the shared gate; a busy host keeps its slot in the job's data. */
export async function fetchForJob(ctx: StageContext, job: Job, data: PagedJobData, validators: PageValidators | null): Promise<FetchOutcome> {
  const outcome = await ctx.pacer.runJob(originOf(data.url), data.reservedSlotMs, () =>
    fetchPage(data.url, {
      ctx: ctx.fetch,
      allowPrivate: ctx.allowPrivate || data.source.allowPrivate,
      etag: validators?.etag,
      lastModified: validators?.lastModified,
      perHostDelayMs: data.source.perHostDelayMs,
      maxAttempts: 1, // the queue retries
    }),
  );
  if (outcome.kind === 'failed' && outcome.error instanceof HostBusyError) {
    await job.updateData({ ...(job.data as object), reservedSlotMs: outcome.error.reservedAtMs });
    throw outcome.error;
  }
  return outcome;
}

export type HandOff = { handedOff: true; url: string } | { handedOff: false; skipped: 'unchanged' | 'duplicate'; url: string };

/** `known` are the validators already read for the requested URL (saves a round trip when it is canonical). */
export async function handOffArticle(ctx: StageContext, crawlId: string, source: Source, page: FetchedPage, known?: { url: string; validators: PageValidators | null }): Promise<HandOff> {
  const url = pageCanonicalUrl(page);
  const hash = contentHash(page);
  const etag = page.headers.etag ?? null;
  const lastModified = page.headers['last-modified'] ?? null;
  const previous = known && known.url === url ? known.validators : await ctx.frontier.validators(url);
  if (previous?.contentHash === hash) {
    await ctx.frontier.setValidators(url, { etag, lastModified, contentHash: hash });
    ctx.metrics.pageSkipped('unchanged');
    return { handedOff: false, skipped: 'unchanged', url };
  }
  const owner = await ctx.frontier.claimContent(hash, url);
  if (owner !== null) {
    ctx.metrics.pageSkipped('duplicate');
    return { handedOff: false, skipped: 'duplicate', url };
  }
  const data: ExtractJob = {
    crawlId,
    sourceId: source.id,
    country: source.country ?? null,
    url,
    finalUrl: page.finalUrl,
    status: page.status,
    headers: page.headers,
    bodyBase64: Buffer.from(page.bytes.buffer, page.bytes.byteOffset, page.bytes.byteLength).toString('base64'),
    fetchedAt: page.fetchedAt,
    etag,
    lastModified,
  };
  await ctx.queues.add(QUEUE_NAMES.extract, 'extract', data, { jobId: pageJobId(crawlId, url) });
  return { handedOff: true, url };
}

/** What a finished fetch tells the operator; failures are thrown for the queue to retry or fail. */
export function settleOutcome(ctx: StageContext, outcome: FetchOutcome): FetchedPage | { skipped: string } {
  switch (outcome.kind) {
    case 'fetched':
      ctx.metrics.pageFetched();
      return outcome.page;
    case 'not-modified':
      ctx.metrics.pageSkipped('unchanged');
      return { skipped: 'unchanged' };
    case 'skipped':
      ctx.metrics.pageSkipped(outcome.reason);
      return { skipped: outcome.reason };
    case 'failed':
      throw outcome.error;
  }
}
