/**
 * Matches extracted entities against gold, one document at a time, with the
 * brief's rules: persons by surname key (transliteration-folded) plus first
 * initial, courts by normalised name, articles as a set of (article, code),
 * dates as a multiset, penalties as a set of (person, type, duration or amount).
 * e.g. scoreDocument(gold, found).persons -> { tp: 3, fp: 1, fn: 0, misses: [], falsePositives: ['Nur-Sultan'] }
 */
import type { CodeKind, PenaltyType } from '../src/contract';
import { surnameKey } from '../extractors/persons/transliteration';

export const ENTITY_KINDS = ['persons', 'courts', 'articles', 'dates', 'penalties'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface ArticleLike {
  article: string;
  part: string | null;
  code: CodeKind;
}

export interface PenaltyLike {
  person: string | null;
  type: PenaltyType;
  duration: string | null;
  amount: number | null;
  currency: string | null;
}

/** The comparable part of a document's entities, gold or extracted. */
export interface EntityLists {
  persons: string[];
  courts: string[];
  articles: ArticleLike[];
  dates: string[];
  penalties: PenaltyLike[];
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  /** gold items nothing matched */
  misses: string[];
  /** extracted items that matched no gold item */
  falsePositives: string[];
}

export type DocumentScore = Record<EntityKind, KindScore>;

/** Patronymic particles written as a separate word after the father's name (Bakyt uulu, Aliyev oglu). */
const SURNAME_PARTICLES = new Set(['uulu', 'uly', 'kyzy', 'gyzy', 'kizi', 'qizi', 'ogly', 'oglu', 'ogli', 'ugli']);

/** Shortest key length for which one edit of difference is still the same surname (Moldin/Molodin). */
const FUZZY_MIN_KEY_LENGTH = 5;

export interface PersonKey {
  surname: string;
  initial: string | null;
}

/** Surname key and first initial of a full name: "Yevgeniy Zhovtis" -> { surname: 'zovtis', initial: 'e' }. */
export function personKey(name: string): PersonKey {
  const tokens = name.normalize('NFKC').replace(/[.,]/g, ' ').split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return { surname: '', initial: null };
  let surnameTokens = [tokens[tokens.length - 1]];
  let givenTokens = tokens.slice(0, -1);
  if (tokens.length >= 2 && SURNAME_PARTICLES.has(tokens[tokens.length - 1].toLowerCase())) {
    surnameTokens = tokens.slice(-2);
    givenTokens = tokens.slice(0, -2);
  }
  const surname = surnameKey(surnameTokens.join(''));
  const given = givenTokens.length > 0 ? surnameKey(givenTokens[0]) : '';
  return { surname, initial: given.length > 0 ? given[0] : null };
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function initialsAgree(a: PersonKey, b: PersonKey): boolean {
  return a.initial === null || b.initial === null || a.initial === b.initial;
}

/** Same surname key and compatible initials. */
export function samePersonExact(a: string, b: string): boolean {
  const ka = personKey(a);
  const kb = personKey(b);
  return ka.surname.length > 0 && ka.surname === kb.surname && initialsAgree(ka, kb);
}

/** One spelling edit apart on a long enough surname key (a typo or an unfolded transliteration), compatible initials. */
export function samePersonLoose(a: string, b: string): boolean {
  const ka = personKey(a);
  const kb = personKey(b);
  if (Math.min(ka.surname.length, kb.surname.length) < FUZZY_MIN_KEY_LENGTH) return false;
  return editDistanceAtMostOne(ka.surname, kb.surname) && initialsAgree(ka, kb);
}

/** Court name key: lower case, no leading "the", typographic quotes and whitespace folded. */
export function courtKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/[.,;:]+$/, '');
}

export function articleKey(a: ArticleLike): string {
  return `${a.article.trim().toLowerCase()}|${a.code}`;
}

/** Canonical ISO duration so P18M equals P1Y6M and P2W equals P14D; unparseable input is returned as is. */
export function canonicalDuration(duration: string | null): string | null {
  if (duration === null) return null;
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration.trim().toUpperCase());
  if (!m) return duration.trim().toUpperCase();
  const months = Math.round(Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0));
  const days = Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
  const minutes = Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  let out = 'P';
  if (months >= 12) out += `${Math.floor(months / 12)}Y`;
  if (months % 12 > 0) out += `${months % 12}M`;
  if (days > 0) out += `${days}D`;
  if (minutes > 0) out += `T${minutes >= 60 ? `${Math.floor(minutes / 60)}H` : ''}${minutes % 60 > 0 ? `${minutes % 60}M` : ''}`;
  return out === 'P' ? 'P0D' : out;
}

function sameAmount(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-6;
}

function penaltyTermsAgree(g: PenaltyLike, f: PenaltyLike): boolean {
  return g.type === f.type && canonicalDuration(g.duration) === canonicalDuration(f.duration) && sameAmount(g.amount, f.amount);
}

export function describeArticle(a: ArticleLike): string {
  return `Article ${a.article}${a.part ? ` part ${a.part}` : ''} (${a.code})`;
}

export function describePenalty(p: PenaltyLike): string {
  const term = p.duration ?? (p.amount !== null ? `${p.amount} ${p.currency ?? '?'}` : '-');
  return `${p.person ?? '(nobody)'}: ${p.type} ${term}`;
}

/**
 * One-to-one greedy matching, pass by pass (strictest first), so a loose
 * pass only pairs what the exact pass left over.
 */
function matchLists<G, F>(gold: G[], found: F[], passes: Array<(g: G, f: F) => boolean>): { goldLeft: G[]; foundLeft: F[]; tp: number } {
  const goldUsed = new Array<boolean>(gold.length).fill(false);
  const foundUsed = new Array<boolean>(found.length).fill(false);
  let tp = 0;
  for (const same of passes) {
    for (let i = 0; i < gold.length; i++) {
      if (goldUsed[i]) continue;
      for (let j = 0; j < found.length; j++) {
        if (foundUsed[j] || !same(gold[i], found[j])) continue;
        goldUsed[i] = true;
        foundUsed[j] = true;
        tp++;
        break;
      }
    }
  }
  return { goldLeft: gold.filter((_, i) => !goldUsed[i]), foundLeft: found.filter((_, j) => !foundUsed[j]), tp };
}

function score<G, F>(gold: G[], found: F[], passes: Array<(g: G, f: F) => boolean>, describeGold: (g: G) => string, describeFound: (f: F) => string): KindScore {
  const { goldLeft, foundLeft, tp } = matchLists(gold, found, passes);
  return { tp, fp: foundLeft.length, fn: goldLeft.length, misses: goldLeft.map(describeGold), falsePositives: foundLeft.map(describeFound) };
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function penaltySetKey(p: PenaltyLike): string {
  return `${p.person === null ? '' : personKey(p.person).surname}|${p.type}|${canonicalDuration(p.duration) ?? ''}|${p.amount ?? ''}`;
}

export function scorePersons(gold: string[], found: string[]): KindScore {
  return score(gold, found, [samePersonExact, samePersonLoose], (g) => g, (f) => f);
}

export function scoreCourts(gold: string[], found: string[]): KindScore {
  return score(gold, found, [(g, f) => courtKey(g) === courtKey(f)], (g) => g, (f) => f);
}

/** Article key with its part, for gold that lists each distinct (article, part, code) once (ANNOTATION.md). */
export function articlePartKey(a: ArticleLike): string {
  return `${articleKey(a)}|${a.part?.trim().toLowerCase() ?? ''}`;
}

export function scoreArticles(gold: ArticleLike[], found: ArticleLike[], key: (a: ArticleLike) => string = articleKey): KindScore {
  return score(uniqueBy(gold, key), uniqueBy(found, key), [(g, f) => key(g) === key(f)], describeArticle, describeArticle);
}

export function scoreDates(gold: string[], found: string[]): KindScore {
  return score(gold, found, [(g, f) => g === f], (g) => g, (f) => f);
}

/**
 * How gold lists things. `mentions` (our fixtures/texts): a date per mention,
 * articles by (article, code). `distinct` (ANNOTATION.md, the real-text gold):
 * each date once, each (article, part, code) once.
 */
export type GoldConvention = 'mentions' | 'distinct';

export function scorePenalties(gold: PenaltyLike[], found: PenaltyLike[]): KindScore {
  const withPerson = (same: (a: string, b: string) => boolean) => (g: PenaltyLike, f: PenaltyLike) =>
    g.person !== null && f.person !== null && same(g.person, f.person) && penaltyTermsAgree(g, f);
  return score(
    uniqueBy(gold, penaltySetKey),
    uniqueBy(found, penaltySetKey),
    [withPerson(samePersonExact), withPerson(samePersonLoose)],
    describePenalty,
    describePenalty,
  );
}

export function scoreDocument(gold: EntityLists, found: EntityLists, convention: GoldConvention = 'mentions'): DocumentScore {
  const distinct = convention === 'distinct';
  const once = (dates: string[]) => (distinct ? [...new Set(dates)] : dates);
  return {
    persons: scorePersons(gold.persons, found.persons),
    courts: scoreCourts(gold.courts, found.courts),
    articles: scoreArticles(gold.articles, found.articles, distinct ? articlePartKey : articleKey),
    dates: scoreDates(once(gold.dates), once(found.dates)),
    penalties: scorePenalties(gold.penalties, found.penalties),
  };
}
