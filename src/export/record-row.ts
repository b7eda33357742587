/**
 * One stored record as flat, readable columns (for CSV and the PostgreSQL
 * table) and as a JSON line (the CaseRecord plus a `review` field).
 * Example: chargesText([{article:'130',part:'1',code:'criminal',label:'slander'}]) === 'Art. 130 part 1 (criminal): slander'
 */
import type { CaseRecord } from '../contract';
import type { StoredRecord } from '../store/types';

export const ROW_COLUMNS = [
  'id',
  'status',
  'person_name',
  'person_descriptor',
  'court',
  'date',
  'charges',
  'penalties',
  'penalty_types',
  'confidence',
  'source_url',
  'source_sha256',
  'source_id',
  'country',
  'reviewed_by',
  'reviewed_at',
  'reject_reason',
] as const;
export type RowColumn = (typeof ROW_COLUMNS)[number];
export type RecordRow = Record<RowColumn, string | number | null>;

export function chargesText(charges: CaseRecord['charges']): string {
  return charges
    .map((c) => `Art. ${c.article}${c.part ? ` part ${c.part}` : ''} (${c.code})${c.label ? `: ${c.label}` : ''}`)
    .join('; ');
}

export function penaltiesText(penalties: CaseRecord['penalties']): string {
  return penalties
    .map((p) =>
      [p.type.replace(/_/g, ' '), p.duration, p.amount !== null ? `${p.amount}${p.currency ? ` ${p.currency}` : ''}` : null, p.inferred ? '(inferred)' : null]
        .filter(Boolean)
        .join(' '),
    )
    .join('; ');
}

export function toRow(s: StoredRecord): RecordRow {
  const r = s.record;
  return {
    id: r.id,
    status: s.status,
    person_name: r.person.name,
    person_descriptor: r.person.descriptor,
    court: r.court,
    date: r.date,
    charges: chargesText(r.charges),
    penalties: penaltiesText(r.penalties),
    penalty_types: [...new Set(r.penalties.map((p) => p.type))].join(', '),
    confidence: r.confidence,
    source_url: r.source.url,
    source_sha256: r.source.sha256,
    source_id: s.sourceId,
    country: s.country,
    reviewed_by: s.decidedBy ?? null,
    reviewed_at: s.decidedAt ?? null,
    reject_reason: s.reason ?? null,
  };
}

/** The JSON line: the CaseRecord as the contract has it, plus the review state under `review`. */
export function toJsonLine(s: StoredRecord): string {
  return JSON.stringify({
    ...s.record,
    review: { status: s.status, reviewedBy: s.decidedBy ?? null, reviewedAt: s.decidedAt ?? null, reason: s.reason ?? null, sourceId: s.sourceId, country: s.country },
  });
}
