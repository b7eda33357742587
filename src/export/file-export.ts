/**
 * Accepted records as JSON Lines or CSV to a file or a stream, incremental
 * per destination: a second run writes only what is new or changed since
 * (a fresh or empty --out file gets everything; `all` re-sends everything).
 */
import { appendFileSync, existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { ReviewStore, StoredRecord } from '../store/types';
import { contentHash } from './content-hash';
import { CSV_BOM, csvHeader, csvLine } from './csv';
import type { ExportResult } from './postgres-sink';
import { toJsonLine } from './record-row';

export type FileFormat = 'jsonl' | 'csv';

export interface FileExportOptions {
  format: FileFormat;
  /** a file path; without it the records go to `stream` */
  out?: string;
  stream?: Writable;
  all?: boolean;
}

export function renderRecords(records: StoredRecord[], format: FileFormat, withHeader: boolean): string {
  if (format === 'jsonl') return records.map((r) => `${toJsonLine(r)}\n`).join('');
  return (withHeader ? CSV_BOM + csvHeader() : '') + records.map(csvLine).join('');
}

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (!text) return;
  await new Promise<void>((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}

export async function exportToFile(store: ReviewStore, options: FileExportOptions): Promise<ExportResult> {
  const file = options.out ? path.resolve(options.out) : null;
  const destination = file ? `file:${file}#${options.format}` : `stdout#${options.format}`;
  const fresh = file ? !existsSync(file) || statSync(file).size === 0 : false;
  const accepted = await store.listRecords({ status: 'accepted' });
  const marks = fresh || options.all ? new Map() : await store.exportMarks(destination);
  const changed = accepted.filter((r) => marks.get(r.record.id)?.contentHash !== contentHash(r));
  if (file) {
    if (fresh || options.all) {
      // Whole file at once through a temporary name: a crash never leaves half a file behind.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, renderRecords(changed, options.format, true));
      renameSync(tmp, file);
    } else if (changed.length) {
      appendFileSync(file, renderRecords(changed, options.format, false));
    }
  } else {
    const stream = options.stream ?? process.stdout;
    await writeTo(stream, renderRecords(changed, options.format, changed.length > 0 || options.all === true));
  }
  await store.setExportMarks(destination, changed.map((r) => ({ recordId: r.record.id, contentHash: contentHash(r) })));
  return { destination, written: changed.length, unchanged: accepted.length - changed.length, removed: 0 };
}
