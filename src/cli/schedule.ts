/**
 * casefile schedule: one repeating crawl job (a BullMQ job scheduler) per
 * source with a `schedule` cron expression. Idempotent: running it twice
 * changes nothing; sources no longer listed lose their scheduler.
 * Example: casefile schedule --sources examples/sources.yaml
 */
import { errorMessage } from '../errors';
import { loadSourcesFile } from '../sources/load-sources';
import { USAGE_EXIT, parseFlags, printUsageError } from './common';

export const SCHEDULE_HELP = `Usage: casefile schedule [--sources FILE]

Creates or updates one repeating crawl job per source from its \`schedule\`
cron expression (read in UTC), and removes the schedulers of sources that are
gone or have no schedule. Running it twice changes nothing. Prints one JSON
line per source: {"sourceId","schedulerId","action","pattern","next"} where
action is created, updated, unchanged or removed. Redis comes from REDIS_URL.

Options:
  --sources FILE   sources file (YAML or JSON); default sources.yaml
  -h, --help       show this help
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, { sources: { type: 'string' } }, SCHEDULE_HELP);
  if (typeof parsed === 'number') return parsed;
  const file = (parsed.values.sources as string | undefined) ?? 'sources.yaml';
  let sources;
  try {
    sources = loadSourcesFile(file);
  } catch (err) {
    if (parsed.values.sources === undefined) {
      printUsageError(errorMessage(err), SCHEDULE_HELP);
      return USAGE_EXIT;
    }
    process.stderr.write(`casefile schedule: ${errorMessage(err)}\n`);
    return 1;
  }
  const { resolveConnection } = await import('../../queues/connection');
  const { PipelineQueues } = await import('../../queues/pipeline-queues');
  const { syncSchedules } = await import('../../queues/source-scheduler');
  const { QUEUE_NAMES } = await import('../../queues/queue-names');
  let conn;
  try {
    conn = resolveConnection();
  } catch (err) {
    // a REDIS_URL or prefix that cannot work (e.g. no hash tag on a cluster) is a setup error
    process.stderr.write(`casefile schedule: ${errorMessage(err)}\n`);
    return USAGE_EXIT;
  }
  const queues = new PipelineQueues(conn, undefined, undefined, true);
  try {
    const changes = await syncSchedules(queues.get(QUEUE_NAMES.crawl), sources);
    for (const c of changes) process.stdout.write(JSON.stringify(c) + '\n');
    return 0;
  } catch (err) {
    process.stderr.write(`casefile schedule: ${errorMessage(err)}\n`);
    return 1;
  } finally {
    await queues.close().catch(() => undefined);
  }
}
