/**
 * Find step: the places where the text refers to a person without the name.
 * Nothing is resolved here (eyecite's find, then resolve): each reference
 * carries its kind, a key to match on and, for pronouns, a grammatical gender.
 * Example: 'Mr A B ("the applicant") ... The applicant was fined. He paid.'
 *   -> alias definition "the applicant" after A B; references "The applicant" (role-noun), "He" (pronoun)
 */
import type { Span } from '../../src/contract';
import { alternation } from '../nlp/alternation';
import { type Analysis, lowerBound } from '../nlp/analysis';
import { spanOf } from '../nlp/spans';

export type ReferenceKind = 'role-noun' | 'pronoun' | 'titled-surname' | 'former-latter';
export type Gender = 'm' | 'f';

export interface Reference {
  kind: ReferenceKind;
  span: Span;
  /** what resolvers match on: "the first applicant", "activist", "he", or a surname */
  key: string;
  gender: Gender | null;
  /** object pronouns ("him", "her") do not point at the subject of their own sentence */
  object: boolean;
}

/** A name the text defines for a person: `A B ("the applicant")`, `A B (hereinafter "the defendant")`. */
export interface AliasDefinition {
  /** the name span the alias follows */
  nameEnd: number;
  /** where the alias may be used from: after the brackets, or at the role noun of an apposition */
  end: number;
  key: string;
}

/** Role nouns that refer back to one person already named: "the applicant", "the activist", "the first applicant". */
export const REFERRING_NOUNS: readonly string[] = [
  'applicant', 'defendant', 'accused', 'convict', 'convicted man', 'convicted woman', 'co-defendant',
  'activist', 'blogger', 'journalist', 'reporter', 'editor', 'writer', 'poet', 'artist', 'musician', 'singer', 'rapper',
  'student', 'teacher', 'professor', 'pensioner', 'dissident', 'campaigner', 'politician', 'opposition leader',
  'businessman', 'businesswoman', 'entrepreneur', 'policeman', 'police officer', 'soldier', 'officer', 'cleric', 'imam',
  'priest', 'pastor', 'preacher', 'farmer', 'doctor', 'nurse', 'former president', 'former minister', 'former mayor',
  'former governor', 'ex-president', 'lawmaker', 'senator', 'governor', 'mayor', 'rights defender', 'human rights defender',
  'director', 'chairman', 'leader', 'founder', 'filmmaker', 'photographer', 'cartoonist', 'satirist', 'defender', 'believer',
];

/** Plural party nouns and pronouns: "the applicants", "the defendants", "they", "them". */
// ("each applicant", "both applicants": every party at once)
const PLURAL = /\b(?:[Tt]he\s+(?:two\s+|three\s+|four\s+)?(?:applicants|defendants|accused|co-defendants|convicts)|[Ee]ach\s+(?:applicant|defendant)|[Bb]oth\s+(?:applicants|defendants)|[Tt]hey|[Tt]hem)\b(?!['’])/g;

export interface PluralReference {
  span: Span;
  /** "party": the applicants; "pronoun": they, them; "ordinals": the first and fourth applicants */
  kind: 'party' | 'pronoun' | 'ordinals';
  /** for "ordinals", the single references it joins: ["the first applicant", "the fourth applicant"] */
  keys?: string[];
}

/** "the first and fourth applicants", "the second, third and fifth defendants": several parties by their ordinals */
const ORDINAL_LIST = /\b[Tt]he\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))+)\s+(applicants|defendants)\b(?!['’])/g;

/** Every plural reference in the text, in order. */
export function findPluralReferences(a: Analysis): PluralReference[] {
  const out: PluralReference[] = [...a.text.matchAll(PLURAL)].map((m) => ({
    span: spanOf(a.text, m.index ?? 0, (m.index ?? 0) + m[0].length),
    kind: /^(?:the|each|both)\s/i.test(m[0]) ? 'party' : 'pronoun',
  }));
  if (!/(?:first|second|third|fourth|fifth)\s+(?:and|,)/.test(a.text)) return out;
  for (const m of a.text.matchAll(ORDINAL_LIST)) {
    const noun = m[2].replace(/s$/, '');
    const keys = m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((o) => `the ${o.toLowerCase()} ${noun}`);
    out.push({ span: spanOf(a.text, m.index ?? 0, (m.index ?? 0) + m[0].length), kind: 'ordinals', keys });
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** Ordinals before "applicant": "the first applicant". */
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
/** Modifiers a referring noun may carry: "the jailed activist", "the 52-year-old blogger". */
const MODIFIER = String.raw`(?:(?:jailed|imprisoned|detained|convicted|arrested|former|young|elderly|opposition|independent|political|civic|prominent|veteran|\d{1,3}-year-old|[\p{Ll}]+-era)\s+)`;

// "the applicant", "The first applicant", "the jailed activist" (but not "the activist Ivan Petrov": that is a descriptor,
// nor "the journalist of the year"; a party noun may take "of": "convicted the applicant of rape")
const ROLE_NOUN = new RegExp(String.raw`\b(?<art>[Tt]he)\s+(?<ord>${ORDINAL}\s+)?${MODIFIER}{0,2}(?<noun>${alternation(REFERRING_NOUNS)})(?![\p{L}-])(?!['’]?s\b)(?!\s+(?:\p{Lu}|of\b(?<!(?:convicted|acquitted|accused|suspected|cleared|charged|informed|notified|found|deprived)\s+the\s+(?:${ORDINAL}\s+)?(?:applicants?|defendants?|accused)\s+of)|who\s+(?:is|was)\s+not))`, 'gu');

// he / she / him / her (not "her" before a noun: "her lawyer" is a possessive)
const PRONOUN = /\b(?<w>[Hh]e|[Ss]he|[Hh]im|[Hh]er)\b(?!['’])/g;
/** what may follow an object "her": a preposition, an article, a number, punctuation */
const OBJECT_HER_AFTER = /^(?:\s*[.,;:!?)"”]|\s+(?:to|for|with|and|in|on|at|of|as|a|an|the|by|from|after|over|under|into|\d|€|\$|£|[A-Z]{3}\s|was|is|guilty|free|twice|again|because|but|or|that|until|while|when|before)\b|\s*$)/;

// "Mr Petrov", "Ms. Ivanova", "Mrs Smith": a title with a surname
const TITLED = /\b(?<t>Mr|Mrs|Ms|Miss|Dr|Mme|Madam)\.?\s+(?<s>\p{Lu}[\p{L}\p{M}'’-]+)/gu;

// "The first applicant, Mr Olav Dahl," / "The applicant in the second case, Ms X": the role noun names the person after it
const APPOSITION_BEFORE = new RegExp(String.raw`\b[Tt]he\s+(?<ord>${'(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)'}\s+)?(?<noun>applicant|defendant|accused)(?:\s+in\s+the\s+\w+\s+(?:case|application))?,\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$`);

// `("the applicant")`, `(hereinafter “the defendant”)`, `(hereinafter referred to as "the first applicant")`
const ALIAS = /^\s*\((?:hereinafter(?:\s+referred\s+to\s+as)?\s+|below\s+|later\s+)?["“‘'](?<alias>[^"”’'()\n]{2,40})["”’']\)/;

export const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'monsieur']);
export const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'mme', 'lady', 'queen', 'princess', 'sister', 'dame']);

export function normaliseKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Alias definitions around a name span: `A B ("the applicant")`, or `the first applicant, Mr A B`. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'] as const;
/** between list mates before a plural alias: ", ", " and ", ", and Mrs " */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/;

/** the one applicant of an application, introduced by nationality: "by a British national, Mrs " */
const APPLICATION_BY = /\bby\s+(?:an?\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:national|citizen),\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/u;

export function findAliases(a: Analysis, names: readonly { start: number; end: number }[]): AliasDefinition[] {
  const out: AliasDefinition[] = [];
  for (const { start, end } of names) {
    // (cheap tests first: most names have neither a bracket after them nor a party noun before)
    const m = /^\s*\(/.test(a.text.slice(end, end + 3)) ? ALIAS.exec(a.text.slice(end, end + 90)) : null;
    if (m?.groups) out.push({ nameEnd: end, end: end + m[0].length, key: normaliseKey(m.groups.alias) });
    const before = a.text.slice(Math.max(0, start - 70), start);
    const ap = /applicant|defendant|accused/i.test(before) ? APPOSITION_BEFORE.exec(before) : null;
    if (ap?.groups) out.push({ nameEnd: end, end: start - before.length + ap.index, key: normaliseKey(`the ${ap.groups.ord ?? ''}${ap.groups.noun}`) });
    // older judgments name the applicant only in the opening: "an application ... lodged ... by a British national, Mrs June Buckley"
    else if (/national,|citizen,/.test(before) && APPLICATION_BY.test(before) && /\bapplication\b/.test(a.text.slice(Math.max(0, start - 400), start))) out.push({ nameEnd: end, end, key: 'the applicant' });
  }
  // "Mr A and Mrs B (“the first applicant” and “the second applicant” respectively)": each alias, in order, names the
  // person listed in that place
  // "The applicants, A and B Surname, are": a plural party noun before a list names its persons in order
  for (let k = 0; k < names.length; k++) {
    const after = a.text.slice(names[k].end, names[k].end + 160);
    const list = /^\s*\((?:["“‘'][^"”’'()\n]{2,40}["”’'](?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)?){2,6}\s+respectively\)/.exec(after);
    const before = a.text.slice(Math.max(0, names[k].start - 40), names[k].start);
    const party = /\b[Tt]he\s+(applicants|defendants),\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/.exec(before);
    if (!list && !party) continue;
    const listed = [names[k]];
    if (list) {
      for (let i = k - 1; i >= 0 && listed.length < ORDINALS.length; i--) {
        if (!LIST_GAP.test(a.text.slice(names[i].end, listed[0].start))) break;
        listed.unshift(names[i]);
      }
      const keys = [...list[0].matchAll(/["“‘']([^"”’'()\n]{2,40})["”’']/g)].map((x) => normaliseKey(x[1]));
      if (keys.length === listed.length) listed.forEach((n, i) => out.push({ nameEnd: n.end, end: names[k].end + list[0].length, key: keys[i] }));
    } else if (party) {
      for (let i = k + 1; i < names.length && listed.length < ORDINALS.length; i++) {
        if (!LIST_GAP.test(a.text.slice(listed[listed.length - 1].end, names[i].start))) break;
        listed.push(names[i]);
      }
      const noun = party[1].replace(/s$/, '');
      if (listed.length > 1) listed.forEach((n, i) => out.push({ nameEnd: n.end, end: listed[listed.length - 1].end, key: `the ${ORDINALS[i]} ${noun}` }));
    }
  }
  // "Mr A and Mr B ("the applicants")": the persons listed, in order, are the first, second ... applicant
  for (const d of [...out]) {
    const party = /^the (applicant|defendant)s$/.exec(d.key);
    if (!party) continue;
    const k = names.findIndex((n) => n.end === d.nameEnd);
    const list = [names[k]];
    for (let i = k - 1; i >= 0 && list.length < ORDINALS.length; i--) {
      if (!LIST_GAP.test(a.text.slice(names[i].end, list[0].start))) break;
      list.unshift(names[i]);
    }
    if (list.length > 1) list.forEach((n, i) => out.push({ nameEnd: n.end, end: d.end, key: `the ${ORDINALS[i]} ${party[1]}` }));
  }
  return out;
}

/** Every reference in the text, in order, none inside a name span. */
export function findReferences(a: Analysis, nameSpans: readonly { start: number; end: number }[], aliases: readonly AliasDefinition[]): Reference[] {
  const text = a.text;
  const out: Reference[] = [];
  // name spans are sorted and short: only the few starting just before `e` can overlap
  const insideName = (s: number, e: number) => {
    for (let i = lowerBound(nameSpans, e) - 1; i >= 0 && i >= lowerBound(nameSpans, e) - 3; i--) if (nameSpans[i].end > s) return true;
    return false;
  };
  const insideAlias = (s: number) => aliases.some((d) => d.nameEnd <= s && s < d.end);
  for (const m of text.matchAll(ROLE_NOUN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (insideName(start, end) || insideAlias(start)) continue;
    const g = m.groups!;
    const key = normaliseKey(`the ${g.ord ?? ''}${g.noun}`);
    out.push({ kind: 'role-noun', span: spanOf(text, start, end), key, gender: /woman|businesswoman/.test(g.noun) ? 'f' : /\bman\b|policeman|businessman|chairman/.test(g.noun) ? 'm' : null, object: false });
  }
  for (const m of text.matchAll(PRONOUN)) {
    const start = m.index ?? 0;
    const w = m.groups!.w.toLowerCase();
    const end = start + w.length;
    if (w === 'her' && !OBJECT_HER_AFTER.test(text.slice(end, end + 12))) continue;
    out.push({ kind: 'pronoun', span: spanOf(text, start, end), key: w, gender: w === 'he' || w === 'him' ? 'm' : 'f', object: w === 'him' || w === 'her' });
  }
  for (const m of text.matchAll(TITLED)) {
    const s = (m.index ?? 0) + m[0].length - m.groups!.s.length;
    const e = (m.index ?? 0) + m[0].length;
    if (insideName(s, e)) continue;
    const t = m.groups!.t.toLowerCase();
    out.push({ kind: 'titled-surname', span: spanOf(text, s, e), key: m.groups!.s, gender: MALE_TITLES.has(t) ? 'm' : FEMALE_TITLES.has(t) ? 'f' : null, object: false });
  }
  // "X's lawyer said his client was jailed": the one whose lawyer speaks
  for (const m of text.matchAll(CLIENT)) {
    const start = m.index ?? 0;
    out.push({ kind: 'role-noun', span: spanOf(text, start, start + m[0].length), key: 'the client', gender: null, object: false });
  }
  // "X, 45, was arrested ... The 45-year-old was jailed": an age that the text gave with a name
  if (/-year-old/.test(text)) {
    for (const m of text.matchAll(AGE_NOUN)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (insideName(start, end)) continue;
      const noun = m.groups!.noun ?? '';
      out.push({ kind: 'role-noun', span: spanOf(text, start, end), key: `the ${m.groups!.n}-year-old`, gender: /woman|girl/.test(noun) ? 'f' : /man|boy/.test(noun) ? 'm' : null, object: false });
    }
  }
  // "A and B were tried together. The former was sentenced to six years and the latter to four."
  if (/\b[Tt]he\s+(?:former|latter)\b/.test(text)) {
    for (const m of text.matchAll(FORMER_LATTER)) {
      const start = m.index ?? 0;
      out.push({ kind: 'former-latter', span: spanOf(text, start, start + m[0].length), key: m[1].toLowerCase(), gender: null, object: false });
    }
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** "his client", "her client": the lawyer's client */
const CLIENT = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+client\b(?!s|['’])/g;

/** "the 45-year-old", "the 45-year-old man" standing for a person (not "the 45-year-old law", nor before a name) */
const AGE_NOUN = /\b[Tt]he\s+(?<n>\d{1,3})-year-old(?:\s+(?<noun>man|woman|boy|girl|[A-Z][a-z]+(?:an|ese|ish|i)))?(?=\s*[,;.]|\s+(?:was|were|had|has|is|received|got|said|denied|admitted|pleaded|will|would|faces|also|then|later)\b)/g;

/** "the former", "the latter" standing for a person (not "the former president": a verb, "to" or a stop follows) */
const FORMER_LATTER = /\b[Tt]he\s+(former|latter)\b(?=\s*[,;.]|\s+(?:was|were|had|has|is|received|got|to|for|said|remained|also|then|later|went)\b)/g;
