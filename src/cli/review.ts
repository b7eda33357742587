/**
 * casefile review: serves the analysts' review page and prints the URL to
 * open (with ?token=…) on standard error, like Jupyter.
 * Example: casefile review --port 8765
 */
import { errorCode, errorMessage } from '../errors';
import { startReviewServer, type ReviewServerOptions } from '../review/review-server';
import { parseReviewers } from '../review/reviewer-auth';
import { openStore } from '../store';
import { USAGE_EXIT, parseFlags, parsePositiveInt, printUsageError } from './common';

export const HELP = `Usage: casefile review [--port N] [--host ADDR] [--db URL] [--reviewer NAME] [--claim-minutes N] [--admin]

Serves the analysts' review page. On start it prints a URL with ?token=… to
open; nothing is readable or writable without it. Keys: a accept, x reject
(with an optional reason), Space skip, u undo.

  --port N           port (default 8765; 0 picks a free one)
  --host ADDR        address to listen on (default 127.0.0.1)
  --db URL           the review store (default: $CASEFILE_DB, else ./casefile.db)
  --reviewer NAME    name recorded in the audit log for the shared token (default: analyst)
  --claim-minutes N  a record an analyst opened returns to the queue after N minutes (default 10)
  --admin            also mount the queue dashboard (/admin/queues) and /metrics
                     from queues/review-admin, behind the same sign-in

Environment:
  CASEFILE_REVIEW_TOKEN  a fixed shared token instead of a random one per start
  CASEFILE_REVIEWERS     named reviewers for a team: "ann:TOKEN,bob:TOKEN"
                         (each opens http://HOST:PORT/?token=THEIR_TOKEN)
`;

type AdminModule = { mountQueueAdmin: NonNullable<ReviewServerOptions['extraRoutes']> };

function loadAdmin(): AdminModule {
  // Lazy and by a computed path: src/ never depends on queues/ (and so on bullmq) unless asked.
  const modulePath = ['..', '..', 'queues', 'review-admin'].join('/');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(modulePath) as AdminModule;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(
    argv,
    { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, reviewer: { type: 'string' }, 'claim-minutes': { type: 'string' }, admin: { type: 'boolean' } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const port = v.port === undefined ? 8765 : Number(v.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    printUsageError(`--port must be 0-65535, got '${String(v.port)}'`, HELP);
    return USAGE_EXIT;
  }
  let claimMinutes = 10;
  if (v['claim-minutes'] !== undefined) {
    const n = parsePositiveInt(v['claim-minutes'], '--claim-minutes');
    if (n instanceof Error) {
      printUsageError(n.message, HELP);
      return USAGE_EXIT;
    }
    claimMinutes = n;
  }
  let reviewers;
  try {
    reviewers = process.env.CASEFILE_REVIEWERS ? parseReviewers(process.env.CASEFILE_REVIEWERS) : undefined;
  } catch (err) {
    printUsageError(`CASEFILE_REVIEWERS: ${errorMessage(err)}`, HELP);
    return USAGE_EXIT;
  }
  let extraRoutes: ReviewServerOptions['extraRoutes'];
  if (v.admin) {
    try {
      extraRoutes = loadAdmin().mountQueueAdmin;
    } catch (err) {
      process.stderr.write(`casefile review: --admin needs queues/review-admin: ${errorMessage(err)}\n`);
      return 1;
    }
  }
  let store;
  try {
    store = await openStore((v.db as string | undefined) ?? undefined);
  } catch (err) {
    process.stderr.write(`casefile review: ${errorCode(err)}: ${errorMessage(err)}\n`);
    return 1;
  }
  let server;
  try {
    server = await startReviewServer({
      store,
      port,
      host: v.host as string | undefined,
      token: process.env.CASEFILE_REVIEW_TOKEN || undefined,
      reviewerName: v.reviewer as string | undefined,
      reviewers,
      claimTtlMs: claimMinutes * 60_000,
      extraRoutes,
    });
  } catch (err) {
    await store.close();
    process.stderr.write(`casefile review: cannot start: ${errorCode(err)}: ${errorMessage(err)}\n`);
    return 1;
  }
  if (reviewers) {
    process.stderr.write(`casefile review: reviewers ${reviewers.map((r) => r.name).join(', ')}; each opens ${server.baseUrl}?token=THEIR_TOKEN\n`);
  } else {
    process.stderr.write(`casefile review: open this URL to review records:\n\n    ${server.url}\n\n`);
  }
  const s = server;
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('casefile review: stopping\n');
  await s.close();
  await store.close();
  return 0;
}
