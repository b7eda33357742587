/**
 * buildDiscourse(analysis, persons) -> Discourse: who is who in a document.
 * Steps, in order: 1 decide each name mention's role once (data/cues.ts);
 * 2 a person's role from its mentions; 3 find alias definitions and
 * references ("the applicant", "the activist", "he", "Mr Petrov");
 * 4 resolve each in text order (resolve.ts), so that a pronoun may point at
 * a reference resolved before it; 5 the persons with their role and the
 * resolved references among their mentions.
 * Example: 'Mr A B ("the applicant") was represented by Ms C D, a lawyer. The court fined him.'
 *   -> A B: defendant, mentions "A B", "him"; C D: lawyer
 */
import type { Person, PersonRole, Span } from '../../src/contract';
import { type Analysis, lowerBound } from '../nlp/analysis';
import { findDescriptor } from '../persons/descriptor';
import { surnameKey } from '../persons/transliteration';
import { APPLICATION_BY, PASSIVE_RULED } from './data/cues';
import { type AliasDefinition, FEMALE_TITLES, findAliases, findPluralReferences, findReferences, type Gender, MALE_TITLES } from './references';
import { type Entity, type Party, partyOf, type Placed, type Resolution, resolveReference, type ResolveContext } from './resolve';
import { NOT_PENALISED_ROLES, personRole, type RoleDecision, roleAt } from './roles';

export { NOT_PENALISED_ROLES } from './roles';
export { PASSIVE_RULED } from './data/cues';
export type { Resolution } from './resolve';

/** A person mention in text order: the name, or a reference the resolver linked to the person. */
export interface DiscourseMention {
  name: string;
  start: number;
  end: number;
  /** true for a reference without the name ("the applicant", "he"): a penalty through it is inferred */
  ref: boolean;
  /** this mention's own role (names only), from the cue next to it */
  role: PersonRole | null;
  /** the person's role, decided from all its mentions */
  personRole: PersonRole | null;
  /** the cue or resolver that acted */
  rule: string | null;
}

/** A plural reference resolved to the persons it stands for: "the applicants" -> both applicants; "they" after it. */
export interface GroupReference {
  start: number;
  end: number;
  names: string[];
  rule: string;
}

export interface Discourse {
  /** plural references resolved to two or more persons ("the applicants", "they" after them) */
  groups: GroupReference[];
  /** the persons with their role, and the resolved references among their mentions */
  persons: Person[];
  /** names and resolved references, sorted by start */
  mentions: DiscourseMention[];
  /** every reference found, resolved or not, with the rule that decided */
  resolutions: Resolution[];
}

/** How many name mentions of a person are read for its descriptors ("activist", "blogger"). */
const DESCRIPTOR_MENTIONS = 4;

/** Feminine and masculine family-name endings (Ivanova / Ivanov, Kowalska / Kowalski). */
const FEMININE_SURNAME = /(?:ova|eva|yova|ina|aya|skaya|tskaya|ska|cka|ová|ská)$/;
const MASCULINE_SURNAME = /(?:ov|ev|yov|in|sky|skiy|ski|cki|ský)$/;

function genderOf(a: Analysis, name: string, spans: readonly Span[]): Gender | null {
  for (const m of spans) {
    const t = /\b(\p{L}+)\.?\s+$/u.exec(a.text.slice(Math.max(0, m.start - 10), m.start))?.[1]?.toLowerCase();
    if (t && MALE_TITLES.has(t)) return 'm';
    if (t && FEMALE_TITLES.has(t)) return 'f';
  }
  const last = name.split(/\s+/).pop() ?? '';
  if (name.includes(' ') && FEMININE_SURNAME.test(last)) return 'f';
  if (name.includes(' ') && MASCULINE_SURNAME.test(last)) return 'm';
  return null;
}

/** The party nouns the cues next to a person's name use: "the applicant, Mr X" -> applicant; "X was convicted" -> defendant. */
function partiesOf(a: Analysis, spans: readonly Span[], decisions: ReadonlyArray<RoleDecision | null>): Set<Party> {
  const out = new Set<Party>();
  spans.forEach((m, k) => {
    // "the application introduced on 23 November 1995 by X against the Czech Republic": X is the applicant
    if (APPLICATION_BY.test(a.text.slice(Math.max(0, m.start - 120), m.start))) out.add('applicant');
    const d = decisions[k];
    if (d?.role !== 'defendant') return;
    if (d.rule === 'defendant-title' || d.rule === 'defendant-alias') {
      const near = a.text.slice(Math.max(0, m.start - 60), Math.min(a.text.length, m.end + 60));
      const noun = /\b(applicants?|defendants?|accused|convict|suspects?)\b/i.exec(near);
      if (noun) out.add(partyOf(noun[1]));
    } else out.add('defendant');
  });
  return out;
}

/** A value computed on first use: most documents never ask for descriptors. */
function lazy<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

function descriptorsOf(a: Analysis, spans: readonly Span[]): string[] {
  const out: string[] = [];
  for (const m of spans.slice(0, DESCRIPTOR_MENTIONS)) {
    const d = findDescriptor(a.text, m);
    if (d) out.push(...d.toLowerCase().split(/\s*(?:,|\band\b|&)\s*/).filter((x) => x.length > 0));
  }
  return out;
}

/** The courtesy title right before a span, lower-case without its period: "Mrs Čonková" -> "mrs". */
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss|Mme|Mlle|Dr|Sir|Lady|Lord)\.?\s+$/;
function titleBefore(a: Analysis, m: { start: number }): string | null {
  return TITLE_BEFORE.exec(a.text.slice(Math.max(0, m.start - 8), m.start))?.[1].toLowerCase() ?? null;
}

/**
 * Title plus surname: "Mrs Čonková" belongs to the person introduced as "Mrs Mária Čonková", not to
 * "Miss Nikola Čonková" named last. The name finder joins a bare surname to the nearest person; where
 * the title says otherwise, and exactly one person of that surname was introduced with it, the mention moves.
 */
function retitle(a: Analysis, persons: readonly Person[]): Person[] {
  const out = persons.map((p) => ({ ...p, mentions: [...p.mentions] }));
  const intro = out.map((p) => (p.mentions[0] ? titleBefore(a, p.mentions[0]) : null));
  const surname = out.map((p) => surnameKey(p.name.split(/\s+/).pop() ?? ''));
  let moved = false;
  out.forEach((p, k) => {
    p.mentions = p.mentions.filter((m, i) => {
      if (i === 0 || /\s/.test(m.text)) return true;
      const t = titleBefore(a, m);
      if (!t || t === intro[k]) return true;
      const fits = out.map((_, j) => j).filter((j) => j !== k && intro[j] === t && surname[j] === surname[k]);
      if (fits.length !== 1) return true;
      out[fits[0]].mentions.push(m);
      moved = true;
      return false;
    });
  });
  if (moved) for (const p of out) p.mentions.sort((x, y) => x.start - y.start);
  return out;
}

export function buildDiscourse(a: Analysis, named: readonly Person[]): Discourse {
  const persons = retitle(a, named);
  // 1-2. roles, once per name mention, then per person
  const entities: Entity[] = [];
  const names: Array<{ entity: Entity; span: Span; role: RoleDecision | null }> = [];
  for (const p of persons) {
    const decisions = p.mentions.map((m) => roleAt(a, m));
    const role = personRole(decisions)?.role ?? null;
    const entity: Entity = {
      name: p.name,
      role,
      gender: genderOf(a, p.name, p.mentions),
      descriptors: lazy(() => descriptorsOf(a, p.mentions)),
      surname: surnameKey(p.name.split(/\s+/).pop() ?? ''),
      firstAt: p.mentions[0]?.start ?? 0,
      parties: partiesOf(a, p.mentions, decisions),
    };
    entities.push(entity);
    p.mentions.forEach((m, k) => names.push({ entity, span: m, role: decisions[k] }));
  }
  names.sort((x, y) => x.span.start - y.span.start);

  // 3. aliases and references
  const aliases = findAliases(a, names.map((n) => n.span));
  const nameByEnd = new Map(names.map((n) => [n.span.end, n]));
  const aliasOwner = new Map<AliasDefinition, Entity>();
  for (const d of aliases) {
    const owner = nameByEnd.get(d.nameEnd);
    if (!owner) continue;
    aliasOwner.set(d, owner.entity);
    if (/\b(?:applicant|defendant|accused)$/.test(d.key)) owner.entity.parties.add(partyOf(d.key));
  }
  const refs = findReferences(a, names.map((n) => n.span), aliases);

  // 4. resolve in text order; each resolved reference joins the mentions later ones may point at
  const placed: Placed[] = names.map((n) => ({ entity: n.entity, start: n.span.start, end: n.span.end }));
  const ctx: ResolveContext = { a, aliases, aliasOwner, entities, placed, unresolved: [] };
  const resolutions: Resolution[] = [];
  for (const ref of refs) {
    const r = resolveReference(ref, ctx);
    resolutions.push(r);
    if (!r.entity) {
      if (ref.kind === 'pronoun') ctx.unresolved.push({ start: ref.span.start, end: ref.span.end, gender: ref.gender });
      continue;
    }
    placed.splice(lowerBound(placed, ref.span.start), 0, { entity: r.entity, start: ref.span.start, end: ref.span.end });
    // "He, alongside Y, was sentenced": a reference the text says was penalised casts its person as defendant
    if (!r.entity.role && saysPenalised(a.text, ref.span)) r.entity.role = 'defendant';
    // a pronoun that had one candidate tells the person's gender
    if (r.rule === 'pronoun' && r.entity.gender === null) r.entity.gender = ref.gender;
  }

  // 5. mentions and persons
  const mentions: DiscourseMention[] = names.map((n) => ({ name: n.entity.name, start: n.span.start, end: n.span.end, ref: false, role: n.role?.role ?? null, personRole: n.entity.role, rule: n.role?.rule ?? null }));
  for (const r of resolutions) {
    if (r.entity) mentions.push({ name: r.entity.name, start: r.ref.span.start, end: r.ref.span.end, ref: true, role: null, personRole: r.entity.role, rule: r.rule });
  }
  mentions.sort((x, y) => x.start - y.start);
  const refsOf = new Map<Entity, Span[]>();
  for (const r of resolutions) if (r.entity) refsOf.set(r.entity, [...(refsOf.get(r.entity) ?? []), r.ref.span]);
  const out: Person[] = persons.map((p, k) => {
    const own = refsOf.get(entities[k]);
    return { name: p.name, role: entities[k].role, mentions: own ? [...p.mentions, ...own].sort((x, y) => x.start - y.start) : p.mentions };
  });
  return { persons: out, mentions, resolutions, groups: resolveGroups(a, entities, aliases, aliasOwner) };
}

/** how many persons in no other part "the applicants" may stand for when the text never names the applicants */
const MAX_UNNAMED_APPLICANTS = 3;

/**
 * "the applicants" stands for every person cast as defendant before it, when there are two or more;
 * "they" / "them" in the same paragraph after such a reference stands for the same persons.
 */
function resolveGroups(a: Analysis, entities: readonly Entity[], aliases: readonly AliasDefinition[], aliasOwner: ReadonlyMap<AliasDefinition, Entity>): GroupReference[] {
  const out: GroupReference[] = [];
  let last: GroupReference | null = null;
  for (const r of findPluralReferences(a)) {
    if (r.kind === 'ordinals') {
      // "the first and fourth applicants": the persons the text defined as each of them, when it defined all
      const owners = (r.keys ?? []).map((k) => {
        const defs = aliases.filter((d) => d.key === k && d.end <= r.span.start);
        const es = [...new Set(defs.map((d) => aliasOwner.get(d)).filter((e): e is Entity => e !== undefined))];
        return es.length === 1 ? es[0] : null;
      });
      const names = owners.every((e) => e !== null) ? owners.map((e) => e!.name) : [];
      last = names.length > 1 && new Set(names).size === names.length ? { start: r.span.start, end: r.span.end, names, rule: 'ordinal-group' } : null;
      if (last) out.push(last);
    } else if (r.kind === 'party') {
      const party = partyOf(r.span.text);
      const called = entities.filter((e) => e.firstAt < r.span.start && e.parties.has(party));
      // (an excerpt that never says who the applicants are: "the applicants" are the persons named before it in no
      // other part, when there are a few: "Mr G ... Ms S ... the applicants were transferred")
      const unroled = entities.filter((e) => e.firstAt < r.span.start && (e.role === null || e.role === 'defendant'));
      const fallback = party === 'applicant' ? (called.length === 0 && unroled.length >= 2 && unroled.length <= MAX_UNNAMED_APPLICANTS ? unroled : []) : entities.filter((e) => e.role === 'defendant' && e.firstAt < r.span.start && !e.parties.has('applicant'));
      const names = (called.length > 1 ? called : fallback).map((e) => e.name);
      last = names.length > 1 ? { start: r.span.start, end: r.span.end, names, rule: 'party-group' } : null;
      if (last) out.push(last);
    } else if (last && a.paragraphAt(r.span.start).start === a.paragraphAt(last.start).start) {
      out.push({ start: r.span.start, end: r.span.end, names: last.names, rule: 'plural-pronoun' });
    }
  }
  return out;
}

/** True when the text says this person was penalised even though the role would rule it out ("Lawyer X was convicted"). */
export function saysPenalised(text: string, m: { end: number }): boolean {
  return PASSIVE_RULED.test(text.slice(m.end, m.end + 160));
}

/** True when a mention's person may be given a penalty: not a judge, prosecutor or lawyer, unless the text says so. */
export function mayBePenalised(text: string, m: DiscourseMention): boolean {
  const role = m.role ?? m.personRole;
  if (role && NOT_PENALISED_ROLES.has(role)) return saysPenalised(text, m);
  if (m.personRole && NOT_PENALISED_ROLES.has(m.personRole) && !m.ref) return saysPenalised(text, m) || m.role === 'defendant';
  if (m.personRole && NOT_PENALISED_ROLES.has(m.personRole)) return false;
  return true;
}
