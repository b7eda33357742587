import type { CaseRecord, Document, Entities } from '../../src/contract';
export interface RecordSource { url: string | null; sha256: string }
/** Placeholder until the records builder lands. */
export function buildRecords(doc: Document, entities: Entities, source: RecordSource): CaseRecord[] {
  void doc; void entities; void source; return [];
}
