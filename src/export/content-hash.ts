/** What an export destination received for a record: a hash of the record and its review state. */
import { createHash } from 'node:crypto';
import type { StoredRecord } from '../store/types';

export function contentHash(s: StoredRecord): string {
  return createHash('sha256')
    .update(JSON.stringify({ record: s.record, status: s.status, decidedBy: s.decidedBy ?? null, decidedAt: s.decidedAt ?? null, reason: s.reason ?? null }))
    .digest('hex');
}
