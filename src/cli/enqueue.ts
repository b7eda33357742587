/**
 * casefile enqueue: puts a crawl job per source (or for the --seed URLs) on
 * the queue now; workers do the rest. Prints one JSON line per crawl.
 * Example: casefile enqueue --sources examples/sources.yaml
 */
import { errorMessage } from '../errors';
import { loadSourcesFile } from '../sources/load-sources';
import { adHocSource, type Source } from '../sources/source-schema';
import { USAGE_EXIT, parseFlags, parsePositiveInt, printUsageError } from './common';

export const ENQUEUE_HELP = `Usage: casefile enqueue [--sources FILE] [--seed URL]... [--allow-private] [--max-pages N] [--wait]

Puts one crawl job per source (or one for the --seed URLs) on the queue now,
for \`casefile worker\` processes to run. Prints one JSON line per crawl:
{"crawlId":"…","sourceId":"…","seeds":N}. Redis comes from REDIS_URL.

Options:
  --sources FILE     sources file (YAML or JSON); see examples/sources.yaml
  --seed URL         a listing page, feed, sitemap or article (repeatable)
  --allow-private    let the --seed URLs reach loopback and private addresses
  --max-pages N      article pages per crawl of the --seed URLs
  --wait             wait until every stage is idle, then print the job counts
  --timeout-ms N     with --wait, give up after this long (default 3600000)
  -h, --help         show this help

Exit status: 0 queued (and, with --wait, finished), 1 error, 2 usage error.
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(
    argv,
    {
      sources: { type: 'string' },
      seed: { type: 'string', multiple: true },
      'allow-private': { type: 'boolean' },
      'max-pages': { type: 'string' },
      wait: { type: 'boolean' },
      'timeout-ms': { type: 'string' },
    },
    ENQUEUE_HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const seeds = (v.seed as string[] | undefined) ?? [];
  if (!v.sources && seeds.length === 0) {
    printUsageError('give --sources FILE or at least one --seed URL', ENQUEUE_HELP);
    return USAGE_EXIT;
  }
  const maxPages = v['max-pages'] === undefined ? undefined : parsePositiveInt(v['max-pages'], '--max-pages');
  const timeoutMs = v['timeout-ms'] === undefined ? 3_600_000 : parsePositiveInt(v['timeout-ms'], '--timeout-ms');
  for (const n of [maxPages, timeoutMs]) {
    if (n instanceof Error) {
      printUsageError(n.message, ENQUEUE_HELP);
      return USAGE_EXIT;
    }
  }
  let sources: Source[] = [];
  try {
    if (v.sources) sources = loadSourcesFile(String(v.sources));
    if (seeds.length > 0) sources.push(adHocSource(seeds, { allowPrivate: Boolean(v['allow-private']), maxPages: maxPages as number | undefined }));
  } catch (err) {
    process.stderr.write(`casefile enqueue: ${errorMessage(err)}\n`);
    return seeds.length > 0 && !v.sources ? USAGE_EXIT : 1;
  }

  const { resolveConnection } = await import('../../queues/connection');
  const { PipelineQueues, waitForIdle } = await import('../../queues/pipeline-queues');
  const { enqueueCrawls } = await import('../../queues/enqueue-crawl');
  let conn;
  try {
    conn = resolveConnection();
  } catch (err) {
    // a REDIS_URL or prefix that cannot work (e.g. no hash tag on a cluster) is a setup error
    process.stderr.write(`casefile enqueue: ${errorMessage(err)}\n`);
    return USAGE_EXIT;
  }
  const queues = new PipelineQueues(conn, undefined, undefined, true);
  try {
    const crawls = await enqueueCrawls(queues, sources);
    for (const c of crawls) process.stdout.write(JSON.stringify(c) + '\n');
    if (v.wait) {
      const done = await waitForIdle(queues, timeoutMs as number);
      process.stdout.write(JSON.stringify({ idle: done, counts: await queues.counts() }) + '\n');
      if (!done) {
        process.stderr.write('casefile enqueue: timed out waiting for the crawl to finish\n');
        return 1;
      }
    }
    return 0;
  } catch (err) {
    process.stderr.write(`casefile enqueue: cannot reach Redis or queue jobs: ${errorMessage(err)}\n`);
    return 1;
  } finally {
    await queues.close().catch(() => undefined);
  }
}
