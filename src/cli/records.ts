/**
 * casefile records: lists records from the review store on standard output.
 * Example: casefile records --status accepted --format csv > accepted.csv
 */
import { errorCode, errorMessage } from '../errors';
import { renderRecords } from '../export/file-export';
import { openStore } from '../store';
import { RECORD_STATUSES, type RecordStatus } from '../store/types';
import { USAGE_EXIT, parseFlags, printUsageError } from './common';

export const HELP = `Usage: casefile records [--status pending|accepted|rejected] [--format jsonl|csv] [--db URL]

Lists records from the review store on standard output.

  --status S    only records with this status (default: all)
  --format F    jsonl (default): one CaseRecord per line plus a "review" field
                csv: UTF-8 with BOM, one row per record, readable columns
  --db URL      the store: a SQLite file or postgres:// URL
                (default: $CASEFILE_DB, else ./casefile.db)
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, { status: { type: 'string' }, format: { type: 'string' }, db: { type: 'string' } }, HELP);
  if (typeof parsed === 'number') return parsed;
  const status = parsed.values.status as string | undefined;
  const format = (parsed.values.format as string | undefined) ?? 'jsonl';
  if (status !== undefined && !RECORD_STATUSES.includes(status as RecordStatus)) {
    printUsageError(`--status must be one of ${RECORD_STATUSES.join(', ')}, got '${status}'`, HELP);
    return USAGE_EXIT;
  }
  if (format !== 'jsonl' && format !== 'csv') {
    printUsageError(`--format must be jsonl or csv, got '${format}'`, HELP);
    return USAGE_EXIT;
  }
  let store;
  try {
    store = await openStore((parsed.values.db as string | undefined) ?? undefined);
  } catch (err) {
    process.stderr.write(`casefile records: ${errorCode(err)}: ${errorMessage(err)}\n`);
    return 1;
  }
  try {
    const records = await store.listRecords({ status: status as RecordStatus | undefined, sort: 'created' });
    const text = renderRecords(records, format, true);
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
    process.stderr.write(`casefile records: ${records.length} record(s)\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`casefile records: ${errorCode(err)}: ${errorMessage(err)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
