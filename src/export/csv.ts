/**
 * CSV as spreadsheets read it: UTF-8 with a BOM, CRLF rows, RFC 4180 quoting.
 * Cells from scraped text that start with = + - @ are prefixed with ' so a
 * spreadsheet never runs them as formulas.
 */
import { ROW_COLUMNS, toRow } from './record-row';
import type { StoredRecord } from '../store/types';

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return `${ROW_COLUMNS.join(',')}\r\n`;
}

export function csvLine(s: StoredRecord): string {
  const row = toRow(s);
  return `${ROW_COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`;
}
