/**
 * Resolve step: links each reference to one earlier person, or to none when
 * no person fits or two do ("unknown"). Resolvers are tried in order on one
 * context; the first that answers decides, and its name is kept as the rule.
 * Example: 'A B ("the applicant") ... The applicant was fined.' -> "The applicant" => A B by rule 'alias'
 */
import type { PersonRole } from '../../src/contract';
import { type Analysis, within } from '../nlp/analysis';
import { surnameKey } from '../persons/transliteration';
import type { AliasDefinition, Gender, Reference } from './references';
import { NOT_PENALISED_ROLES } from './roles';
import { alternation } from '../nlp/alternation';
import { ROLES } from '../persons/data/roles';

/** A person as the resolvers see it. */
export interface Entity {
  name: string;
  role: PersonRole | null;
  gender: Gender | null;
  /** lower-case role words the text attaches to the person ("activist", "blogger"), read when first asked */
  descriptors(): readonly string[];
  surname: string;
  /** offset of the first name mention */
  firstAt: number;
  /** the parties the text calls the person: 'applicant' (before the ECtHR) and/or 'defendant' (tried at home) */
  parties: Set<Party>;
}

/** A mention in text order: a name, or a reference resolved before. */
export interface Placed { entity: Entity; start: number; end: number }

export type Party = 'applicant' | 'defendant';

/** The party a party noun names: "the applicant(s)" or "the defendant(s)", "the accused", "the convict". */
export function partyOf(noun: string): Party {
  return /applicant/i.test(noun) ? 'applicant' : 'defendant';
}

export interface Resolution {
  ref: Reference;
  /** null: no person fits, or more than one does */
  entity: Entity | null;
  rule: string;
}

export interface ResolveContext {
  a: Analysis;
  aliases: readonly AliasDefinition[];
  /** the entity each alias names, by AliasDefinition */
  aliasOwner: ReadonlyMap<AliasDefinition, Entity>;
  entities: readonly Entity[];
  /** names and references resolved so far, sorted by start */
  placed: Placed[];
  /** pronouns resolved to nobody so far, sorted by start */
  unresolved: Array<{ start: number; end: number; gender: Gender | null }>;
}

type Resolver = (ref: Reference, ctx: ResolveContext) => Resolution | null;

/** How many sentences back a pronoun looks for its antecedent when the nearer ones name nobody. */
const PRONOUN_BACK_SENTENCES = 3;
/** Nouns that stand for whoever is on trial: with no alias they point at the one defendant, if there is one. */
const PARTY_NOUNS = /^the (?:applicant|defendant|accused|convict|convicted (?:man|woman))$/;

/** what may stand before a sentence's subject: nothing, an opening quote, or an adverbial and a comma ("In June, ") */
const SUBJECT_START = /^["“]?(?:(?:In|On|By|After|Since|Later|Then|Earlier|Last|This)\b[^,]{0,30},\s+)?$/;

/** between a subject and its object pronoun: "X sentenced him", "X also fined her" */
const OWN_SUBJECT_GAP = /^\s+(?:[\p{Ll}]+\s+){0,2}?[\p{Ll}]+\s+$/u;

/** an unnamed person: "a university student" (not an apposition: "X, a witness, said he"), "an opposition blogger", "a communist-era policeman" */
/** nouns that stand for an unnamed person: the role words, and "man", "aide", "mother" */
const PERSON_NOUN = alternation([...ROLES, 'aide', 'man', 'woman', 'boy', 'girl', 'policeman', 'soldier', 'mother', 'father']);
const INDEFINITE_PERSON = new RegExp(String.raw`(?<!,\s)\b(?:[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${PERSON_NOUN})\b`, 'u');

/** an unnamed person who rules rather than is ruled on: "a federal judge", "a jury" */
const RULER_NOUN = /\b(?:judges?|magistrates?|justices?|prosecutors?|jur(?:y|ors?))$/i;

/** the object of a ruling is unnamed: "convicted a university student of ... and sentenced her" */
const RULED_INDEFINITE = new RegExp(String.raw`\b(?:convicted|sentenced|fined|jailed|imprisoned|arrested|detained|charged|acquitted|found)\s+${INDEFINITE_PERSON.source}`, 'u');

/** a ruling in the passive right after a subject pronoun: "he was jailed", "she has since been sentenced" */
const RULED_PASSIVE_AFTER = /^\s+(?:was|were|has\s+been|had\s+been|is|is\s+being)\s+(?:\w+\s+)?(?:sentenced|jailed|fined|imprisoned|convicted|given|handed|ordered|executed)\b/i;

const one = (xs: Entity[]): Entity | null => (xs.length === 1 ? xs[0] : null);
const distinct = (xs: Entity[]): Entity[] => [...new Set(xs)];

/** 1. The text defined this alias for a person before the reference: `A B ("the applicant")`. */
const byAlias: Resolver = (ref, ctx) => {
  if (ref.kind !== 'role-noun') return null;
  const defs = ctx.aliases.filter((d) => d.key === ref.key && d.end <= ref.span.start);
  // (an apposition's own role noun is where its alias starts: it resolves too)
  if (defs.length === 0) return null;
  const owners = distinct(defs.map((d) => ctx.aliasOwner.get(d)).filter((e): e is Entity => e !== undefined));
  return { ref, entity: one(owners), rule: owners.length === 1 ? 'alias' : 'alias-ambiguous' };
};

/** 2. "the applicant", "the defendant" with no alias: the one person the text casts as defendant. */
const byParty: Resolver = (ref, ctx) => {
  if (ref.kind !== 'role-noun' || !PARTY_NOUNS.test(ref.key)) return null;
  const earlier = ctx.entities.filter((e) => e.firstAt < ref.span.start);
  // "the applicant" is the person the text calls the applicant; only if none is, the one defendant
  // (before the ECtHR an applicant may be the victim in the trial of a defendant: the two nouns are kept apart)
  const party = partyOf(ref.key);
  const called = earlier.filter((e) => e.parties.has(party));
  const named = called.length > 0 ? called : earlier.filter((e) => e.role === 'defendant' && e.parties.size === 0);
  if (named.length === 1) return { ref, entity: named[0], rule: 'sole-defendant' };
  // a text that names one person only, in no other role, speaks of that person ("Mr Wa Baile ... the applicant was fined")
  const unroled = earlier.filter((e) => e.role === null);
  if (named.length === 0 && earlier.length === 1 && unroled.length === 1) return { ref, entity: unroled[0], rule: 'sole-person' };
  // none or several: let the descriptor resolver try ("the applicant" may be described so)
  return null;
};

/** "X, 45," or "45-year-old X": the age the text gives with a name */
function ageWith(text: string, p: Placed, age: string): boolean {
  return new RegExp(String.raw`^\s*,\s*(?:aged\s+)?${age}\s*[,)]`).test(text.slice(p.end, p.end + 12))
    || new RegExp(String.raw`\b${age}-year-old\s+(?:[\p{Ll}-]+\s+){0,3}$`, 'u').test(text.slice(Math.max(0, p.start - 60), p.start));
}

/** 3. "the activist": the one person named before whom the text calls an activist. */
const byDescriptor: Resolver = (ref, ctx) => {
  if (ref.kind !== 'role-noun') return null;
  // "the 45-year-old": the one person named before with that age
  const age = /^the (\d{1,3})-year-old$/.exec(ref.key);
  if (age) {
    const fits = [...new Set(ctx.placed.filter((p) => p.end <= ref.span.start && ageWith(ctx.a.text, p, age[1])).map((p) => p.entity))];
    return { ref, entity: one(fits), rule: fits.length === 1 ? 'age' : fits.length > 1 ? 'descriptor-ambiguous' : 'no-antecedent' };
  }
  const noun = ref.key.replace(/^the (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )?/, '');
  const fits = ctx.entities.filter((e) => e.firstAt < ref.span.start && e.descriptors().some((d) => d === noun || d.endsWith(` ${noun}`)));
  return { ref, entity: one(fits), rule: fits.length === 1 ? 'descriptor' : fits.length > 1 ? 'descriptor-ambiguous' : 'no-antecedent' };
};

/** 4. "Mr Petrov" where the name finder saw no name: the one person with that surname. */
const byTitledSurname: Resolver = (ref, ctx) => {
  if (ref.kind !== 'titled-surname') return null;
  const key = surnameKey(ref.key);
  const fits = ctx.entities.filter((e) => e.surname === key && (ref.gender === null || e.gender === null || e.gender === ref.gender));
  return { ref, entity: one(fits), rule: fits.length === 1 ? 'titled-surname' : 'no-antecedent' };
};

/** 5. he/she/him/her: the one person of that gender in the sentence before it (or the sentences just before). */
const byPronoun: Resolver = (ref, ctx) => {
  if (ref.kind !== 'pronoun') return null;
  const { a } = ctx;
  const si = a.sentenceIndexAt(ref.span.start);
  if (si < 0) return { ref, entity: null, rule: 'no-antecedent' };
  const para = a.paragraphAt(ref.span.start);
  // "He was jailed for 15 months": the subject of a ruling is no judge, prosecutor or lawyer named before
  const ruledSubject = !ref.object && RULED_PASSIVE_AFTER.test(a.text.slice(ref.span.end, ref.span.end + 60));
  // ... nor is the object of one: "Prosecutor Y asked for ten years. The court sentenced him to six"
  const ruledObject = ref.object && RULING_VERB_BEFORE.test(a.text.slice(Math.max(0, ref.span.start - 30), ref.span.start));
  const barred = (e: Entity) => (ruledSubject || ruledObject) && e.role !== null && NOT_PENALISED_ROLES.has(e.role);
  let skippedBarred = false;
  const fitsGender = (e: Entity) => e.gender === null || e.gender === ref.gender;
  const between = (from: number, to: number) => {
    const all = distinct(within(ctx.placed, from, to).map((p) => p.entity)).filter(fitsGender);
    const kept = all.filter((e) => !barred(e));
    if (kept.length < all.length) skippedBarred = true;
    return kept;
  };
  // "convicted a student of insulting X and sentenced her": an unnamed person told in between is the nearer antecedent
  const head = a.text.slice(a.sentences[si].start, ref.span.start);
  const unnamed = INDEFINITE_PERSON.exec(head);
  // ("A federal judge sentenced him": the one who rules is no antecedent of the object ruled on)
  const indefinite = unnamed && ref.object && RULER_NOUN.test(unnamed[0]) ? null : unnamed;
  const ruledIndefinite = ref.object && RULED_INDEFINITE.test(head);
  if (ruledIndefinite || (indefinite && !within(ctx.placed, a.sentences[si].start + indefinite.index + indefinite[0].length, ref.span.start).length)) {
    return { ref, entity: null, rule: 'indefinite-antecedent' };
  }
  let cands = between(a.sentences[si].start, ref.span.start);
  let lookedAt: { start: number; end: number } | null = cands.length > 0 ? { start: a.sentences[si].start, end: ref.span.start } : null;
  if (ref.object) {
    // an object pronoun does not point at the subject of its own verb ("Judge X sentenced him"), nor at a judge, prosecutor or lawyer
    const own = within(ctx.placed, a.sentences[si].start, ref.span.start);
    const subjects = new Set(own.filter((p) => OWN_SUBJECT_GAP.test(a.text.slice(p.end, ref.span.start))).map((p) => p.entity));
    cands = cands.filter((e) => !subjects.has(e) && !(e.role && NOT_PENALISED_ROLES.has(e.role)));
  }
  // a pronoun before it in the sentence that found no one: this one is no surer ("He, with Y, was sentenced ... he is serving")
  if (cands.length === 0 && unresolvedIn(ctx, ref, a.sentences[si].start, ref.span.start)) return { ref, entity: null, rule: 'chain-unknown' };
  // "In 1981, Butz pleaded guilty to charges for income he had earned": the subject of its own sentence, a name the finder missed
  if (cands.length === 0 && unknownSubject(ctx, { start: a.sentences[si].start, end: ref.span.start })) return { ref, entity: null, rule: 'no-antecedent' };
  // a paragraph number ("10.") split off as a sentence of its own is skipped, not counted
  for (let k = 1, n = 0; cands.length === 0 && n < PRONOUN_BACK_SENTENCES && si - k >= 0; k++) {
    const s = a.sentences[si - k];
    if (PARAGRAPH_NUMBER.test(a.text.slice(s.start, s.end))) continue;
    n++;
    // the sentence just before may sit in the paragraph before; further back stays in the paragraph
    // (unless the nearer sentences named only a judge or lawyer: "X was tried. // Judge Y said ... // He was jailed")
    if (n > 1 && s.start < para.start && !skippedBarred) break;
    // further back only along a chain: a subject the name finder missed in between breaks it
    // ("X served under Nixon. In 1981, Butz pleaded guilty. He was sentenced": "he" is Butz, not Nixon)
    if (n > 1 && unknownSubject(ctx, a.sentences[si - k + 1])) break;
    if (unresolvedIn(ctx, ref, s.start, s.end)) return { ref, entity: null, rule: 'chain-unknown' };
    cands = between(s.start, s.end);
    lookedAt = s;
  }
  // "... including M.G. and S.Š. The latter was a policeman. He had been sentenced": a "latter" told after the
  // candidates is the nearer antecedent, and it names no one we know
  if (cands.length > 0 && lookedAt) {
    const last = within(ctx.placed, lookedAt.start, ref.span.start).pop();
    if (last && LATTER_SUBJECT.test(a.text.slice(last.end, ref.span.start))) return { ref, entity: null, rule: 'no-antecedent' };
  }
  if (cands.length === 1) return { ref, entity: cands[0], rule: 'pronoun' };
  const defendants = cands.filter((e) => e.role === 'defendant');
  if (defendants.length === 1) return { ref, entity: defendants[0], rule: 'pronoun-defendant' };
  // several defendants: a subject pronoun goes on with the subject of the sentence it looks back to
  if (defendants.length > 1 && !ref.object && lookedAt) {
    const subject = within(ctx.placed, lookedAt.start, lookedAt.end).find((p) => SUBJECT_START.test(a.text.slice(lookedAt.start, p.start)));
    if (subject && defendants.includes(subject.entity)) return { ref, entity: subject.entity, rule: 'pronoun-subject' };
  }
  return { ref, entity: null, rule: cands.length === 0 ? 'no-antecedent' : 'pronoun-ambiguous' };
};

/** a ruling verb whose object follows: "sentenced him", "fined her" */
const RULING_VERB_BEFORE = /\b(?:sentenced|fined|jailed|convicted|imprisoned|punished|banned|disbarred)\s+$/i;

/** "The latter was", "the former had": a subject standing for someone just listed */
const LATTER_SUBJECT = /\b[Tt]he\s+(?:latter|former)\s+(?:was|were|had|has|is|had\s+been)\b/;

/** a numbered paragraph's number standing as a sentence of its own: "10.", "(b)", "iv." */
const PARAGRAPH_NUMBER = /^\s*(?:\d{1,3}|\(?[a-z]\)|[ivx]{1,4})[.)]?\s*$/i;

/** True when a pronoun of the same gender between `from` and `to` was left unresolved. */
function unresolvedIn(ctx: ResolveContext, ref: Reference, from: number, to: number): boolean {
  return within(ctx.unresolved, from, to).some((u) => u.gender === ref.gender);
}

/** what may open a sentence before its subject: "In 1981, ", "Later, " */
const SENTENCE_OPENER = String.raw`^(?:(?:In|On|By|After|Since|Later|Then|Earlier)\b[^,]{0,30},\s+)?`;
/** a capitalised subject before a person's verb: "In 1981, Butz pleaded", "Gonzalez said" */
const CAPITALISED_SUBJECT = new RegExp(String.raw`${SENTENCE_OPENER}(?<w>\p{Lu}[\p{L}'’-]+)\s+(?:was|were|had|has|is|pleaded|said|told|denied|admitted|appealed|claimed|argued|insisted|refused|received|got|served|spent|fled|returned|died)\b`, 'u');
/** an unnamed person as a sentence's subject (not the case's own parties, whom the references resolve) */
const UNNAMED_SUBJECT = new RegExp(String.raw`${SENTENCE_OPENER}(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?!(?:applicants?|defendants?|accused|plaintiffs?|claimants?|appellants?)\b)(?:${PERSON_NOUN})\s+(?:was|were|had|has|pleaded|admitted|denied|confessed)\b`, 'u');
/** capitalised words that open sentences and name nobody */
const NOT_A_SUBJECT_NAME = /^(?:The|A|An|This|That|These|Those|It|Its|They|There|He|She|We|I|You|His|Her|Their|Our|Police|Prosecutors?|Officials?|Authorities|Judges?|Courts?|Lawyers?)$/;

/** True when a sentence's subject is a capitalised word no person mention covers: a name the finder missed. */
function unknownSubject(ctx: ResolveContext, s: { start: number; end: number }): boolean {
  // ... or an unnamed person: "In 1981, the aide pleaded guilty", "A former aide was charged" (unless a name stands in it)
  const u = UNNAMED_SUBJECT.exec(ctx.a.text.slice(s.start, s.end));
  if (u && within(ctx.placed, s.start + u.index, s.start + u.index + u[0].length).length === 0) return true;
  const m = CAPITALISED_SUBJECT.exec(ctx.a.text.slice(s.start, s.end));
  if (!m?.groups || NOT_A_SUBJECT_NAME.test(m.groups.w)) return false;
  const at = s.start + m.index + m[0].indexOf(m.groups.w);
  return within(ctx.placed, at, at + m.groups.w.length).length === 0;
}

/** between the two persons a "former"/"latter" chooses from: " and ", ", and " */
const PAIR_GAP = /^\s*,?\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;

/** 6. "the former", "the latter": the first or second of the two persons named together just before. */
const byFormerLatter: Resolver = (ref, ctx) => {
  if (ref.kind !== 'former-latter') return null;
  const { a } = ctx;
  const si = a.sentenceIndexAt(ref.span.start);
  const from = a.sentences[Math.max(0, si - 1)]?.start ?? 0;
  const names = within(ctx.placed, from, ref.span.start);
  for (let i = names.length - 2; i >= 0; i--) {
    const [x, y] = [names[i], names[i + 1]];
    if (x.entity === y.entity || !PAIR_GAP.test(a.text.slice(x.end, y.start))) continue;
    // (a list of three or more has no former and latter)
    if (i > 0 && /^\s*,\s*$/.test(a.text.slice(names[i - 1].end, x.start))) break;
    return { ref, entity: ref.key === 'former' ? x.entity : y.entity, rule: 'former-latter' };
  }
  return { ref, entity: null, rule: 'no-antecedent' };
};

/** "X's lawyer", "X's attorney, Y,", "Y, the lawyer for X", "Y, who represents X": X has a lawyer */
const LAWYER_AFTER_OWNER = /^['’]s?\s+(?:(?:defen[cs]e|defending|own)\s+)?(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|advocates?)\b/;
const LAWYER_BEFORE_CLIENT = /\b(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|advocates?)\s+(?:for|of|representing)\s+$|\brepresent(?:s|ed|ing)?\s+$/;

/** 1b. "his client": the one person named before whom a lawyer represents (tried right after aliases). */
const byClient: Resolver = (ref, ctx) => {
  if (ref.kind !== 'role-noun' || ref.key !== 'the client') return null;
  const text = ctx.a.text;
  const para = ctx.a.paragraphAt(ref.span.start);
  const fits = [...new Set(ctx.placed.filter((p) => p.start >= para.start && p.end <= ref.span.start
    && (LAWYER_AFTER_OWNER.test(text.slice(p.end, p.end + 30)) || LAWYER_BEFORE_CLIENT.test(text.slice(Math.max(0, p.start - 30), p.start)))).map((p) => p.entity))];
  return { ref, entity: one(fits), rule: fits.length === 1 ? 'client' : 'no-antecedent' };
};

/** Tried in order: a defined alias beats everything; pronouns come last. */
export const RESOLVERS: ReadonlyArray<{ name: string; resolve: Resolver }> = [
  { name: 'alias', resolve: byAlias },
  { name: 'client', resolve: byClient },
  { name: 'party', resolve: byParty },
  { name: 'descriptor', resolve: byDescriptor },
  { name: 'titled-surname', resolve: byTitledSurname },
  { name: 'pronoun', resolve: byPronoun },
  { name: 'former-latter', resolve: byFormerLatter },
];

export function resolveReference(ref: Reference, ctx: ResolveContext): Resolution {
  for (const r of RESOLVERS) {
    const hit = r.resolve(ref, ctx);
    if (hit) return hit;
  }
  return { ref, entity: null, rule: 'no-antecedent' };
}
