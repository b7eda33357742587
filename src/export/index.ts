/** Export sinks: PostgreSQL (case_records), JSON Lines and CSV. */
export { PostgresSink, exportToPostgres, DEFAULT_TABLE, type ExportResult, type PostgresSinkOptions } from './postgres-sink';
export { exportToFile, renderRecords, type FileFormat, type FileExportOptions } from './file-export';
export { contentHash } from './content-hash';
export { toRow, toJsonLine, ROW_COLUMNS } from './record-row';
export { csvCell, csvLine, csvHeader, CSV_BOM } from './csv';
