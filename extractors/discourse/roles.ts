/**
 * A mention's role, decided once from the one list of cues (data/cues.ts),
 * and a person's role from the roles of its mentions.
 * Example: roleAt(a, span of "C D" in "represented by Ms C D, a lawyer") -> { role: 'lawyer', rule: 'represented-by' }
 */
import type { PersonRole } from '../../src/contract';
import type { Analysis } from '../nlp/analysis';
import { CUE_WINDOW_CHARS, ROLE_CUES } from './data/cues';

export interface RoleDecision { role: PersonRole; rule: string }

/** Roles that rule a person out of a penalty unless the text says the person was penalised. */
export const NOT_PENALISED_ROLES: ReadonlySet<PersonRole> = new Set<PersonRole>(['judge', 'prosecutor', 'lawyer']);

/** When a person's mentions disagree and are as many: the role that says most about the proceedings first. */
const ROLE_ORDER: readonly PersonRole[] = ['defendant', 'judge', 'prosecutor', 'lawyer', 'witness', 'victim', 'official', 'other'];

export function roleAt(a: Analysis, span: { start: number; end: number }): RoleDecision | null {
  const sent = a.sentenceAt(span.start);
  const from = Math.max(sent?.start ?? 0, span.start - CUE_WINDOW_CHARS);
  const to = Math.min(sent?.end ?? a.text.length, span.end + CUE_WINDOW_CHARS);
  const before = a.text.slice(from, span.start);
  // an alias in brackets may run past the sentence end the splitter found: read a little beyond
  const after = a.text.slice(span.end, Math.max(to, Math.min(a.text.length, span.end + 40)));
  for (const cue of ROLE_CUES) {
    if ((cue.before && cue.before.test(before)) || (cue.after && cue.after.test(after))) return { role: cue.role, rule: cue.name };
  }
  return null;
}

/**
 * The person's role: defendant when any mention says so (being tried outweighs a job: "lawyer X, who was
 * sentenced"); else the one most of its mentions carry, ties going to ROLE_ORDER.
 */
export function personRole(decisions: ReadonlyArray<RoleDecision | null>): RoleDecision | null {
  const defendant = decisions.find((d) => d?.role === 'defendant');
  if (defendant) return defendant;
  const counts = new Map<PersonRole, { n: number; first: RoleDecision }>();
  for (const d of decisions) {
    if (!d) continue;
    const c = counts.get(d.role);
    if (c) c.n++;
    else counts.set(d.role, { n: 1, first: d });
  }
  let best: { n: number; first: RoleDecision } | null = null;
  for (const role of ROLE_ORDER) {
    const c = counts.get(role);
    if (c && (!best || c.n > best.n)) best = c;
  }
  return best?.first ?? null;
}
