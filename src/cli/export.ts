/**
 * casefile export: sends accepted records downstream, writing only what is
 * new or changed since the last export to that destination.
 * Example: casefile export --to postgres://127.0.0.1:5432/analytics
 */
import { errorCode, errorMessage } from '../errors';
import { exportToFile } from '../export/file-export';
import { exportToPostgres } from '../export/postgres-sink';
import { openStore } from '../store';
import { USAGE_EXIT, parseFlags, printUsageError } from './common';

export const HELP = `Usage: casefile export [--to postgres://…] [--format jsonl|csv] [--out FILE] [--all] [--db URL]

Sends accepted records downstream. Running it twice writes nothing twice:
each destination remembers what it received (a content hash per record),
so a second run sends only records accepted or edited since.

  --to URL      PostgreSQL: table case_records (created if missing), one row
                per record id; an edited record updates its row, a record no
                longer accepted loses its row. ?schema=NAME picks a schema.
  --table NAME  the table for --to (default case_records)
  --format F    jsonl (default) or csv (UTF-8 with BOM) when not using --to
  --out FILE    write to FILE (a missing or empty file gets every accepted
                record; otherwise new and changed ones are appended);
                default: standard output
  --all         send every accepted record again
  --db URL      the review store (default: $CASEFILE_DB, else ./casefile.db)
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(
    argv,
    { to: { type: 'string' }, table: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, all: { type: 'boolean' }, db: { type: 'string' } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const to = v.to as string | undefined;
  const format = v.format as string | undefined;
  if (format !== undefined && format !== 'jsonl' && format !== 'csv') {
    printUsageError(`--format must be jsonl or csv, got '${format}'`, HELP);
    return USAGE_EXIT;
  }
  if (to !== undefined && (format !== undefined || v.out !== undefined)) {
    printUsageError('--to writes to PostgreSQL; --format and --out are for files', HELP);
    return USAGE_EXIT;
  }
  if (to !== undefined && !/^postgres(ql)?:\/\//i.test(to)) {
    printUsageError(`--to must be a postgres:// URL, got '${to}'`, HELP);
    return USAGE_EXIT;
  }
  let store;
  try {
    store = await openStore((v.db as string | undefined) ?? undefined);
  } catch (err) {
    process.stderr.write(`casefile export: ${errorCode(err)}: ${errorMessage(err)}\n`);
    return 1;
  }
  try {
    const started = process.hrtime.bigint();
    const result = to
      ? await exportToPostgres(store, to, { table: v.table as string | undefined, all: v.all === true })
      : await exportToFile(store, { format: (format ?? 'jsonl') as 'jsonl' | 'csv', out: v.out as string | undefined, all: v.all === true });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stderr.write(
      `casefile export: ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed -> ${result.destination} (${ms.toFixed(0)} ms)\n`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(`casefile export: ${errorCode(err)}: ${errorMessage(err)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
