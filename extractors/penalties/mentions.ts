/** Person mentions as sorted spans, found by binary search (texts can hold thousands of mentions). */
import type { Person, PersonRole } from '../../src/contract';
import type { Discourse } from '../discourse';

export interface Mention {
  name: string;
  start: number;
  end: number;
  /** position in the sorted list of all mentions */
  i: number;
  /** a reference without the name ("the applicant", "he"): a penalty through it is inferred */
  ref?: boolean;
  /** the mention's own role and its person's (discourse/roles.ts), when known */
  role?: PersonRole | null;
  personRole?: PersonRole | null;
}

/** First index in sorted `ms` whose start is >= `at` (binary search: texts can hold thousands of mentions). */
export function lowerBound(ms: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions lying inside [start, end). */
export function mentionsIn(ms: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(ms, start); i < ms.length && ms[i].start < end; i++) if (ms[i].end <= end) out.push(ms[i]);
  return out;
}

/** Names and resolved references from the discourse layer, in text order. */
export function mentionsOfDiscourse(d: Discourse): Mention[] {
  return d.mentions.map((m, i) => ({ name: m.name, start: m.start, end: m.end, i, ref: m.ref, role: m.role, personRole: m.personRole }));
}

export function mentionsOf(persons: Person[]): Mention[] {
  const all: Mention[] = [];
  for (const p of persons) for (const m of p.mentions) all.push({ name: p.name, start: m.start, end: m.end, i: 0 });
  all.sort((a, b) => a.start - b.start);
  all.forEach((m, i) => (m.i = i));
  return all;
}
