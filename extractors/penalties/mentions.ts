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

/** First index in sorted `ms` whose start is >= `at`; mentions inside [start, end): the analysis's one range query. */
export { lowerBound, within as mentionsIn } from '../nlp/analysis';

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
