/**
 * Joins name mentions into persons: full names with the same surname key and
 * compatible first initials are one person; surname-only (or given-name-only)
 * mentions join the nearest person they fit; one spelling edit on a long
 * surname (Moldin/Molodin) still joins. The name is the fullest form seen.
 * Example: ["Galiya Tamabayeva", "Tamabaeva"] -> one person "Galiya Tamabayeva" with two mentions.
 */
import type { Person, Span } from '../../src/contract';
import type { Candidate } from './candidates';
import { lowerBound } from '../nlp/analysis';
import { surnameKey as rawSurnameKey } from './transliteration';

/** surnameKey runs a dozen regexes; a long text repeats the same few surnames thousands of times. */
function keyCache(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let k = cache.get(word);
    if (k === undefined) { k = rawSurnameKey(word); cache.set(word, k); }
    return k;
  };
}

interface Entry {
  tokens: string[];
  surname: string;
  initial: string;
  mentions: Span[];
  best: Candidate;
  all: Candidate[];
}

/** Surname keys this long or longer may differ by one edit and still match. */
const FUZZY_MIN_KEY = 6;

function nameWords(c: Candidate): string[] {
  return c.tokens.filter((t) => t.cls !== 'particle').map((t) => t.text.replace(/\.$/, ''));
}

/** "al-Bashir" (and "Al-Bashir" opening a sentence) is "Bashir" written with its article: the surname is the same. */
const ARTICLE_PREFIX = /^(?:al|el|Al|El)[-‑](?=\p{Lu})/u;

function surnameOf(words: string[], surnameKey: (word: string) => string): string {
  return surnameKey((words[words.length - 1] ?? '').replace(ARTICLE_PREFIX, ''));
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/** Feminine and masculine forms of one family name (Akhmedyarov/Akhmedyarova, Navalny/Navalnaya) are different people. */
function genderedPair(a: string, b: string): boolean {
  if (a + 'a' === b || b + 'a' === a) return true;
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && (a.endsWith('a') || b.endsWith('a'));
}

function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  // spellings of one name agree on the first letter once folded (Zhumaev/Dzhumaev fold alike): Angelov/Rangelov do not
  return Math.min(a.length, b.length) >= FUZZY_MIN_KEY && a[0] === b[0] && withinOneEdit(a, b) && !genderedPair(a, b);
}

/** Two written-out given names are one person's only when they are the same name give or take a spelling
 * or a short form ("Alex"/"Alexander"): sisters "Nad'a Čonková" and "Nikola Čonková" stay two. Initials agree by initialsAgree. */
function givenNamesAgree(a: string, b: string): boolean {
  if (a.length <= 2 || b.length <= 2) return true;
  const ka = rawSurnameKey(a);
  const kb = rawSurnameKey(b);
  return ka.startsWith(kb) || kb.startsWith(ka) || withinOneEdit(ka, kb);
}

function initialsAgree(a: string, b: string): boolean {
  return a === '' || b === '' || a === b;
}

/** Slavic "-ov"/"-ovich"/"-ovna" words between a given name and a surname of the same shape are patronymics
 * ("Rangel Petkov Rangelov"): "Mr Petkov" is someone else, not this person by his father's name. */
const SLAVIC_SHAPE = /(?:ov|ev|ova|eva|ovich|evich|ovna|evna|ich)$/i;
function patronymic(tokens: string[], i: number): boolean {
  return i > 0 && i < tokens.length - 1 && SLAVIC_SHAPE.test(tokens[i]) && SLAVIC_SHAPE.test(tokens[tokens.length - 1]);
}

/** Fuller means more words, then longer given names ("Aleksei Ivanov" over "A. Ivanov"). */
function fuller(a: Candidate, b: Candidate): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length !== wb.length) return wa.length > wb.length;
  return a.span.text.length > b.span.text.length;
}

export function groupPersons(full: Candidate[], singles: Array<{ candidate: Candidate; standalone: boolean }>): Person[] {
  const surnameKey = keyCache();
  const entries: Entry[] = [];
  for (const c of full) {
    const words = nameWords(c);
    const surname = surnameOf(words, surnameKey);
    const initial = surnameKey(words[0]).charAt(0);
    const hit = entries.find((e) => sameSurname(e.surname, surname) && initialsAgree(e.initial, initial) && (e.tokens.length > 1 && words.length > 1) && givenNamesAgree(e.tokens[0], words[0]));
    if (hit) {
      addMention(hit, c);
      if (fuller(c, hit.best)) { hit.best = c; hit.tokens = words; hit.initial = initial || hit.initial; }
    } else {
      entries.push({ tokens: words, surname, initial, mentions: [c.span], best: c, all: [c] });
    }
  }

  mergeAbbreviatedSurnames(entries, surnameKey);
  mergeContainedNames(entries);

  for (const { candidate, standalone } of singles) {
    const words = nameWords(candidate);
    const key = surnameOf(words, surnameKey);
    if (key.length === 0) continue;
    // Prefer the person whose surname fits and who was named most recently before this mention.
    const exact = entries.filter((e) => e.surname === key);
    // (a spelling variant only for a word standing alone: "Pattana" of "Pattana Chart Thai" is no "Pattama")
    const bySurname = exact.length > 0 || candidate.gluedToName ? exact : entries.filter((e) => sameSurname(e.surname, key));
    // ("Margaret and Michael Maloney": that Margaret is not Margaret Connors named earlier)
    const byAnyWord = bySurname.length > 0 || candidate.givenAlone ? bySurname
      : entries.filter((e) => e.tokens.length > 1 && e.tokens.slice(0, -1).some((t, i) => surnameKey(t) === key && !patronymic(e.tokens, i)) && words.length === 1);
    if (byAnyWord.length > 0) {
      const before = byAnyWord.filter((e) => e.mentions[0].start < candidate.span.start);
      // (mentions[0] is the earliest: addMention keeps them sorted)
      const pool = before.length > 0 ? before : byAnyWord;
      const target = pool.reduce((best, e) => (lastBefore(e, candidate.span.start) > lastBefore(best, candidate.span.start) ? e : best));
      addMention(target, candidate);
      continue;
    }
    if (!standalone) continue;
    entries.push({ tokens: words, surname: key, initial: '', mentions: [candidate.span], best: candidate, all: [candidate] });
  }

  return entries
    // (a name printed with runs of spaces, "Sylvie   Beghal", is given with one)
    .map((e) => ({ name: preferredName(e).replace(/\s+/g, ' '), mentions: e.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** "Tadeusz L." (a surname cut to its initial, as reports anonymise it) is "Tadeusz Lubaczewski" when the text
 * names one person with that given name and a surname of that letter; with two candidates it stays apart. */
function mergeAbbreviatedSurnames(entries: Entry[], surnameKey: (word: string) => string): void {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    const last = e.tokens[e.tokens.length - 1];
    if (e.tokens.length < 2 || !/^\p{Lu}$/u.test(last) || e.tokens[0].length <= 2) continue;
    const letter = surnameKey(last).charAt(0);
    const fits = entries.filter((o) => o !== e && o.tokens.length > 1 && o.tokens[o.tokens.length - 1].length > 2
      && surnameKey(o.tokens[0]) === surnameKey(e.tokens[0]) && o.surname.charAt(0) === letter);
    if (fits.length !== 1) continue;
    for (const c of e.all) addMention(fits[0], c);
    entries.splice(i, 1);
  }
}

/** "Kareem Amer", "Lopez Obrador", "Phillip Field": a name whose words all stand, in order and ending on the surname,
 * in one fuller name of the text ("Abdul Kareem Suleiman Amer") is that person, written shorter. */
function mergeContainedNames(entries: Entry[]): void {
  const low = (ws: string[]) => ws.map((w) => w.toLowerCase());
  const inOrder = (short: string[], long: string[]) => {
    let j = 0;
    for (const w of long) if (j < short.length && w === short[j]) j++;
    return j === short.length;
  };
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.tokens.length < 2) continue;
    const words = low(e.tokens);
    const fits = entries.filter((o) => o !== e && o.tokens.length > e.tokens.length
      && low(o.tokens).at(-1) === words.at(-1) && inOrder(words, low(o.tokens)));
    if (fits.length !== 1) continue;
    for (const c of e.all) addMention(fits[0], c);
    entries.splice(i, 1);
  }
}

/** Start of the entry's last mention before `at` (mentions are kept sorted by start). */
function lastBefore(e: Entry, at: number): number {
  const i = lowerBound(e.mentions, at);
  return i === 0 ? -1 : e.mentions[i - 1].start;
}

/** Adds a mention keeping the list sorted by start (mentions mostly arrive in text order). */
function addMention(e: Entry, c: Candidate): void {
  const ms = e.mentions;
  let i = ms.length;
  while (i > 0 && ms[i - 1].start > c.span.start) i--;
  ms.splice(i, 0, c.span);
  e.all.push(c);
}

/** The fullest form; between equally full spellings, the one whose surname the text uses most (Zhumaev x2 over Dzumaev x1). */
function preferredName(e: Entry): string {
  // (a header's "Jock Anthony PALFREEMAN" gives way to the running text's "Jock Anthony Palfreeman")
  const allFullest = e.all.filter((c) => !fuller(e.best, c));
  const mixedCase = allFullest.filter((c) => !/\p{Lu}{3}/u.test(c.span.text));
  const fullest = mixedCase.length > 0 ? mixedCase : allFullest;
  if (fullest.length === 1) return fullest[0].span.text;
  if (fullest.length <= 1) return e.best.span.text;
  const counts = new Map<string, number>();
  for (const c of e.all) {
    const last = nameWords(c).at(-1) ?? '';
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  const count = (surname: string) => counts.get(surname) ?? 0;
  let best = fullest[0];
  for (const c of fullest.slice(1)) if (count(nameWords(c).at(-1) ?? '') > count(nameWords(best).at(-1) ?? '')) best = c;
  return best.span.text;
}
