/** Shared by the penalty table tests: the real extractors on one sentence, and each penalty as a comparable row. */
import type { Penalty } from '../../../src/contract';
import { extractDates } from '../../../extractors/dates';
import { extractPenalties } from '../../../extractors/penalties';
import { extractPersons } from '../../../extractors/persons';
import { extractEntities } from '../../../extractors';

export type Row = [person: string, type: string, duration: string | null, amount: number | null, currency: string | null];

/** Persons and dates found as the pipeline finds them; every mention must be the text it points at. */
export function run(text: string): Penalty[] {
  const got = extractPenalties(text, { persons: extractPersons(text), dates: extractDates(text, { published: null }), courts: [] });
  for (const p of got) expect(p.mention.text).toBe(text.slice(p.mention.start, p.mention.end));
  return got;
}

export const rows = (ps: Penalty[]): Row[] => ps.map((p) => [p.person ?? '', p.type, p.duration, p.amount, p.currency]);

/** With `inferred`, for forms whose person comes through a reference. */
export type InferredRow = [...Row, inferred: boolean];

/** The whole entity pass (discourse included), as `extractEntities` runs it. */
export function runEntities(text: string): Penalty[] {
  const got = extractEntities({ text, published: null }).penalties;
  for (const p of got) expect(p.mention.text).toBe(text.slice(p.mention.start, p.mention.end));
  return got;
}

export const inferredRows = (ps: Penalty[]): InferredRow[] => ps.map((p) => [p.person ?? '', p.type, p.duration, p.amount, p.currency, p.inferred]);
