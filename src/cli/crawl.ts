/**
 * casefile crawl: the whole pipeline in one process, no services.
 * Example: casefile crawl --sources examples/sources.yaml --max-pages 50 --out records.jsonl
 */
import { closeSync } from 'node:fs';
import { errorMessage } from '../errors';
import { createProgress } from '../pipeline/crawl-progress';
import { runCrawl } from '../pipeline/crawl-runner';
import { formatSummary } from '../pipeline/crawl-summary';
import { openOutFile, type OutFile } from '../pipeline/out-file';
import { createFetchContext } from '../pipeline/stages';
import { settings } from '../settings';
import { loadSourcesFile } from '../sources/load-sources';
import { adHocSource, type Source } from '../sources/source-schema';
import type { CrawlStateStore } from '../store/crawl-state';
import { openCrawlState } from '../store/crawl-state-open';
import { defaultStoreUrl, openStore } from '../store/index';
import type { ReviewStore } from '../store/types';
import { USAGE_EXIT, parseFlags, parsePositiveInt, printUsageError } from './common';

export const CRAWL_HELP = `Usage: casefile crawl [--sources FILE] [--seed URL]... [--max-pages N] [--out FILE] [--allow-private]

Crawls the sources (or seed URLs) in this process: fetches politely (robots.txt,
one request per second per host), discovers articles through feeds, sitemaps and
listing pages, cleans and extracts each article, and puts its case records into
the review store as pending. A stopped crawl (Ctrl-C) resumes on the next run.

Options:
  --sources FILE          sources file (YAML or JSON); see examples/sources.yaml
  --seed URL              a listing page, feed, sitemap or article to start from (repeatable)
  --max-pages N           stop after fetching N pages in this run
  --out FILE              also write each article's result object as JSON Lines
  --allow-private         let every source reach loopback and private addresses
  --db PATH|URL           review store (default: CASEFILE_DB, else ./casefile.db)
  --concurrency N         pages fetched at once over all hosts (default 4)
  --delay-ms N            pause between requests to one host (default ${settings.perHostDelayMs})
  --user-agent STRING     User-Agent header, with a contact URL
  --timeout-ms N          headers timeout per request (default ${settings.headersTimeoutMs})
  --max-body-bytes N      largest body read (default ${settings.maxBodyBytes})
  -h, --help              show this help

Progress and the summary go to standard error. Exit status: 0 when the run
finished (failed pages are counted in the summary), 1 when nothing could be
fetched or the store could not be used, 2 on a usage error, 130 when stopped.
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(
    argv,
    {
      sources: { type: 'string' },
      seed: { type: 'string', multiple: true },
      'max-pages': { type: 'string' },
      out: { type: 'string' },
      'allow-private': { type: 'boolean' },
      db: { type: 'string' },
      concurrency: { type: 'string' },
      'delay-ms': { type: 'string' },
      'user-agent': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'max-body-bytes': { type: 'string' },
    },
    CRAWL_HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const seeds = (v.seed as string[] | undefined) ?? [];
  if (!v.sources && seeds.length === 0) {
    printUsageError('give --sources FILE or at least one --seed URL', CRAWL_HELP);
    return USAGE_EXIT;
  }
  const numbers: Record<string, number | undefined> = {};
  for (const name of ['max-pages', 'concurrency', 'timeout-ms', 'max-body-bytes']) {
    if (v[name] === undefined) continue;
    const n = parsePositiveInt(v[name], `--${name}`);
    if (n instanceof Error) {
      printUsageError(n.message, CRAWL_HELP);
      return USAGE_EXIT;
    }
    numbers[name] = n;
  }
  let delayMs: number | undefined;
  if (v['delay-ms'] !== undefined) {
    delayMs = Number(v['delay-ms']);
    if (!Number.isInteger(delayMs) || delayMs < 0) {
      printUsageError(`--delay-ms must be a whole number of milliseconds, got '${String(v['delay-ms'])}'`, CRAWL_HELP);
      return USAGE_EXIT;
    }
  }
  for (const seed of seeds) {
    if (!/^https?:\/\/[^/]/i.test(seed)) {
      printUsageError(`--seed must be an http(s):// URL, got '${seed}'`, CRAWL_HELP);
      return USAGE_EXIT;
    }
  }

  let sources: Source[] = [];
  try {
    if (v.sources) sources = loadSourcesFile(v.sources as string);
    if (seeds.length > 0) sources.push(adHocSource(seeds));
  } catch (err) {
    process.stderr.write(`casefile crawl: ${errorMessage(err)}\n`);
    return USAGE_EXIT;
  }

  const dbUrl = (v.db as string | undefined) ?? defaultStoreUrl();
  let store: ReviewStore;
  try {
    store = await openStore(dbUrl);
  } catch (err) {
    process.stderr.write(`casefile crawl: ${errorMessage(err)}\n`);
    return 1;
  }
  // Crawl state lives beside the review tables, in the same database.
  let state: CrawlStateStore;
  try {
    state = await openCrawlState(store);
  } catch (err) {
    process.stderr.write(`casefile crawl: cannot set up the crawl tables: ${errorMessage(err)}\n`);
    await store.close();
    return 1;
  }

  const progress = createProgress(process.stderr);
  // Lines may quote what servers sent: control characters are shown, never obeyed by the terminal.
  const log = (raw: string) => {
    const line = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
    if (progress.log) progress.log(line);
    else process.stderr.write(line + '\n');
  };
  const userAgent = (v['user-agent'] as string | undefined) ?? settings.userAgent;
  if (!/https?:\/\/|@/.test(userAgent)) log('casefile crawl: the user agent names no contact URL or address; site owners cannot reach you');
  const ctx = createFetchContext({
    log,
    userAgent,
    headersTimeoutMs: numbers['timeout-ms'],
    bodyTimeoutMs: numbers['timeout-ms'] !== undefined ? numbers['timeout-ms'] * 2 : undefined,
    maxBodyBytes: numbers['max-body-bytes'],
    perHostDelayMs: delayMs,
  });

  const controller = new AbortController();
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      process.stderr.write('\ncasefile crawl: stopping now\n');
      process.exit(130);
    }
    process.stderr.write(`\ncasefile crawl: ${sig}: finishing pages in flight, then stopping (again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let out: OutFile | null = null;
  try {
    const resumed = await state.hasOpenRun();
    if (v.out) out = openOutFile(v.out as string, resumed);
    const summary = await runCrawl({
      sources,
      state,
      ctx,
      store,
      out,
      concurrency: numbers.concurrency,
      maxPages: numbers['max-pages'],
      allowPrivate: Boolean(v['allow-private']),
      signal: controller.signal,
      progress,
      log,
    });
    process.stderr.write(formatSummary(summary) + '\n');
    if (summary.interrupted) return 130;
    // Some failed pages are normal on the open web; a run where nothing could be fetched is not.
    const failed = Object.values(summary.failed).reduce((a, b) => a + b, 0);
    return failed > 0 && summary.fetched === 0 ? 1 : 0;
  } catch (err) {
    process.stderr.write(`casefile crawl: ${errorMessage(err)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (out !== null) closeSync(out.fd);
    await ctx.close();
    await store.close();
  }
}
