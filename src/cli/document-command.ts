/**
 * The shared body of `extract` and `clean`: read every input concurrently,
 * run the stage, print one JSON line per input in input order. A bad input
 * prints an error line in its place and the run goes on.
 */
import PQueue from 'p-queue';
import { SCHEMA_VERSION } from '../schema-version';
import { errorCode, errorMessage } from '../errors';
import { cleanInput, toCleanResult } from '../pipeline/clean-document';
import { settings } from '../settings';
import { USAGE_EXIT, parseFlags, printUsageError } from './common';
import { readInput } from './inputs';

export type Stage = 'extract' | 'clean';

export function helpFor(stage: Stage): string {
  const what =
    stage === 'extract'
      ? 'Cleans each input and extracts persons, courts, code articles, dates, penalties and case records.'
      : 'Removes boilerplate only: prints schemaVersion, source and document for each input.';
  return `Usage: casefile ${stage} [--text] [--published YYYY-MM-DD] [--pretty] INPUT...

${what}
INPUT is a file path, an http(s):// URL, or - for standard input. Output is
one JSON object per input, in input order (JSON Lines).

Options:
  --text                 treat every input as plain text, even if it has markup
  --published YYYY-MM-DD publication date; anchors dates written without a year
  --pretty               print indented JSON
  --allow-private        let URL inputs reach loopback and private addresses
  -h, --help             show this help

Exit status: 0 all inputs succeeded, 1 some failed, 2 usage error.
`;
}

export async function runDocumentCommand(stage: Stage, argv: string[]): Promise<number> {
  const help = helpFor(stage);
  const parsed = parseFlags(
    argv,
    {
      text: { type: 'boolean' },
      published: { type: 'string' },
      pretty: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
    },
    help,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    printUsageError('no INPUT given (use - for standard input)', help);
    return USAGE_EXIT;
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    printUsageError('standard input (-) can be given only once', help);
    return USAGE_EXIT;
  }
  const published = (values.published as string | undefined) ?? null;
  if (published !== null && !isIsoDay(published)) {
    printUsageError(`--published must be a date as YYYY-MM-DD, got '${published}'`, help);
    return USAGE_EXIT;
  }
  const indent = values.pretty ? 2 : undefined;
  // The extractors (the NLP stack) load only for `extract`: `clean` starts without them.
  const extractCleaned = stage === 'extract' ? (await import('../pipeline/extract-document')).extractCleaned : null;
  const queue = new PQueue({ concurrency: settings.cliConcurrency });
  let failed = 0;

  const jobs = positionals.map((input) =>
    queue.add(async () => {
      try {
        const raw = await readInput(input, {
          forceText: Boolean(values.text),
          published,
          allowPrivate: Boolean(values['allow-private']),
        });
        const cleaned = cleanInput(raw);
        return extractCleaned ? extractCleaned(cleaned) : toCleanResult(cleaned);
      } catch (err) {
        failed++;
        process.stderr.write(`casefile ${stage}: ${input}: ${errorMessage(err)}\n`);
        return { schemaVersion: SCHEMA_VERSION, source: { input }, error: { code: errorCode(err), message: errorMessage(err) } };
      }
    }),
  );
  // Print in input order as soon as each result and all before it are ready.
  for (const job of jobs) {
    const result = await job;
    await writeOut(JSON.stringify(result, null, indent) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
