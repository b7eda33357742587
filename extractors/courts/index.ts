/**
 * extractCourts(text) -> Court[]: every named court ("Saryagash District
 * Court", "Administrative Court of Uralsk", "European Court of Human Rights"),
 * without a leading "the", once each with all its mentions. Generic mentions
 * ("the court", "the District Court" with nothing named before) are left out,
 * or joined to the named court they shorten.
 * Example: extractCourts('the Munaylin District Court sentenced him') -> [{ name: 'Munaylin District Court', ... }]
 */
import type { Court, Span } from '../../src/contract';
import { DEMONYMS, GENERIC_MODIFIERS, LEADING_NON_NAME, SELF_NAMING_MODIFIERS, TAIL_STOP } from './data/court-words';
import { COURT_AS_QUALIFIER_AFTER, COURT_NAME, FEDERAL_DISTRICT, INDEFINITE_BEFORE, NATIVE_NAME_AFTER, LOWER_CASE_KIND, LOWER_CASE_TOP_COURT, NATIVE_COURT, SEAT_BEFORE } from './rules';
import { asAnalysis, type Analysis } from '../nlp/analysis';
import { ALL_FIRST_NAMES } from '../persons/data/first-names';
import { NATIONALITY_WORDS } from '../persons/data/non-name-words';

const GENERIC = new Set(GENERIC_MODIFIERS.map((w) => w.toLowerCase()));
const SELF_NAMING = new Set(SELF_NAMING_MODIFIERS.map((w) => w.toLowerCase()));
const LEADING = new Set(LEADING_NON_NAME.map((w) => w.toLowerCase()));
const STOP = new Set(TAIL_STOP.map((w) => w.toLowerCase()));
// nationality words from the persons' data too ("the Cuban Supreme Court" is the Supreme Court), but not "European"
const DEMONYM = new Set([...DEMONYMS, ...NATIONALITY_WORDS.filter((w) => /(?:an|ese|ish|i)$/.test(w) && w !== 'European')].map((w) => w.toLowerCase()));
const PLACE_UNIT = /^(?:City|Region|Province|Oblast|District|State|County|Republic|Island|Islands|Territory|Krai|Governorate)$/;
const GIVEN = new Set(ALL_FIRST_NAMES.map((w) => w.toLowerCase()));

interface Found { span: Span; key: string; named: boolean; specific: boolean; words: string[] }

const low = (w: string) => w.toLowerCase().replace(/’/g, "'");

/** a bracketed own-language gloss before a seat: "District Court (tingsrätten) of Tierp", "Court of Appeal ( gerechtshof ) of" */
const GLOSS_BEFORE_SEAT = / \([^()]*\)(?= of )/g;

function normalise(name: string): string {
  // (a bracketed own-language gloss is no part of the key: "District Court (tingsrätten) of Tierp" is "District Court of Tierp")
  // ("U.S." is "US"; "Court of Appeal's ruling" is the possessive of "Court of Appeals")
  return name.replace(GLOSS_BEFORE_SEAT, '').toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/(?<![\p{L}])(\p{L})\.(?=\p{L}\.|[\s]|$)/gu, '$1').replace(/\bappeals$/, 'appeal')
    // ("the Agrigento Justice of the Peace" is "the Justice of the Peace for Agrigento")
    .replace(/^(\p{L}[\p{L}\p{M}-]*) justice of the peace$/u, 'justice of the peace for $1').replace(/^justice of the peace of /, 'justice of the peace for ');
}

/** Cuts an "of ..." tail at a title or date word, then drops dangling connectors. */
function cutTail(tail: string): string {
  const words = tail.split(' ');
  let keep = words.length;
  for (let i = 0; i < words.length; i++) {
    if (STOP.has(low(words[i]))) { keep = i; break; }
    // "Court of Minsk Aliaksandr Pyliuha": a given name + capitalised word after the seat starts the judge's name
    // (not "of Ho Chi Minh City": the name must run to the end of the tail and not close on a place unit)
    // (only the last three words can open such a name: slicing the rest at every word made a long tail quadratic)
    const restLength = words.length - i - 1;
    if (restLength < 1 || restLength > 2 || i < 2 || /^(?:of|for|the)$/.test(words[i - 1]) || !GIVEN.has(low(words[i]))) continue;
    if (words.slice(i + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !PLACE_UNIT.test(w))) { keep = i; break; }
  }
  const kept = words.slice(0, keep);
  while (kept.length > 0 && /^(?:of|for|the|)$/.test(kept[kept.length - 1])) kept.pop();
  return kept.join(' ');
}

/** The name a court is given: its words as written, one space apart, without a bracketed own-language gloss before its seat. */
const displayName = (text: string) => text.replace(/\s+/g, ' ').replace(GLOSS_BEFORE_SEAT, '');

/** The House of Lords as the final court of appeal it was until 2009, not as a chamber of Parliament. */
const HOUSE_OF_LORDS = /(?<![\p{L}])House of Lords(?![\p{L}])/gu;
const JUDICIAL_CONTEXT = /\b(?:judgment|decision|held|ruled|dismissed|allowed|appeals?|UKHL|Law Lords|found|revisited|granted|refused|overturned|upheld)\b/;
// ("primary legislation" is what a judgment reviews, no sign of the chamber)
const LEGISLATIVE_CONTEXT = /\b(?:voted?|votes|Bill|bill|debated?|peers|Commons)\b/;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), start - 300, 0);
  let to = text.indexOf('. ', end);
  if (to < 0 || to > end + 300) to = Math.min(text.length, end + 300);
  return text.slice(from, to);
}

const possessiveAfter = (text: string, end: number) => /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 3));

function indefinite(text: string, start: number, end: number): boolean {
  return INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && !COURT_AS_QUALIFIER_AFTER.test(text.slice(end, end + 24));
}

function findMentions(text: string): Found[] {
  const out: Found[] = [];
  COURT_NAME.lastIndex = 0;
  for (let m = COURT_NAME.exec(text); m; m = COURT_NAME.exec(text)) {
    const groups = m.groups ?? {};
    let start = m.index;
    const pre = (groups.pre ?? '').split(' ').filter((w) => w.length > 0);
    // Trim sentence openers, dates and possessives: "On Monday Supreme Court" -> "Supreme Court".
    let firstKept = 0;
    for (let i = 0; i < pre.length; i++) {
      const w = pre[i];
      const possessive = /['’]s$|['’]$/.test(w) && !GENERIC.has(low(w));
      // ("District of Columbia Superior Court": the seat's own "of" opens nothing)
      if ((LEADING.has(low(w)) && !(w === 'of' && pre[i - 1] === 'District' && pre[i + 1] === 'Columbia')) || possessive) firstKept = i + 1;
    }
    for (let i = 0; i < firstKept; i++) start += pre[i].length + 1;
    const kept = pre.slice(firstKept);
    const tail = cutTail(groups.tail ?? '');
    const end = m.index + m[0].length - (groups.seat ?? '').length - ((groups.tail ?? '').length - tail.length);
    // "a Bishkek District Court", "A Constitutional Tribunal": some court of that kind, not a named one
    const isIndefinite = indefinite(text, start, end);
    // ... unless its own name follows in brackets: "a District Court (Københavns Byret)" names that court
    const native = NATIVE_NAME_AFTER.exec(text.slice(end, end + 80));
    if (native && (isIndefinite || (tail.length === 0 && !kept.some((w) => !GENERIC.has(low(w)))))) {
      const s0 = end + native[0].indexOf(native[1]);
      const gloss = { start: s0, end: s0 + native[1].length, text: native[1] };
      out.push({ span: gloss, key: normalise(gloss.text), named: true, specific: true, words: native[1].split(' ') });
      continue;
    }
    if (isIndefinite) continue;
    // "The Criminal Court in Bangkok": a capitalised court with its seat is a named court (named without the seat).
    const seatWord = (groups.seat ?? '').replace(/^ in /, '');
    const seated = seatWord.length > 0 && !STOP.has(low(seatWord)) && !LEADING.has(low(seatWord));
    const named = tail.length > 0 || seated
      || kept.some((w) => !GENERIC.has(low(w)))
      || kept.some((w) => SELF_NAMING.has(low(w)))
      || kept.length >= 2;
    if (kept.length === 0 && tail.length === 0) continue;
    const span = { start, end, text: text.slice(start, end) };
    const specific = kept.some((w) => !GENERIC.has(low(w)) && !SELF_NAMING.has(low(w)))
      || /\p{Lu}/u.test(tail.replace(/\b(?:Appeal|Appeals|Cassation|First Instance|Justice)\b/g, ''));
    out.push({ span, key: normalise(span.text), named, specific, words: kept });
  }
  LOWER_CASE_KIND.lastIndex = 0;
  for (let m = LOWER_CASE_KIND.exec(text); m; m = LOWER_CASE_KIND.exec(text)) {
    const s = SEAT_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    let seat = s?.[0] ?? '';
    // "In Batumi city court": an opener before a one-word seat is no part of it
    const two = seat.split(' ');
    if (two.length === 2 && (LEADING.has(low(two[0])) || DEMONYM.has(low(two[0])) || STOP.has(low(two[0])))) seat = two[1];
    // "The city court", "a Russian military court": no seat named
    if (!seat || LEADING.has(low(seat)) || DEMONYM.has(low(seat)) || STOP.has(low(seat))) continue;
    const start = m.index - seat.length;
    const end = m.index + m[0].length;
    if (indefinite(text, start, end)) continue;
    const span = { start, end, text: text.slice(start, end) };
    out.push({ span, key: normalise(span.text), named: true, specific: true, words: [seat] });
  }
  LOWER_CASE_TOP_COURT.lastIndex = 0;
  for (let m = LOWER_CASE_TOP_COURT.exec(text); m; m = LOWER_CASE_TOP_COURT.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    out.push({ span, key: normalise(m[0]), named: true, specific: true, words: [] });
  }
  NATIVE_COURT.lastIndex = 0;
  for (let m = NATIVE_COURT.exec(text); m; m = NATIVE_COURT.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    out.push({ span, key: normalise(m[0]), named: true, specific: true, words: [] });
  }
  if (text.includes('House of Lords')) {
    for (const m of text.matchAll(HOUSE_OF_LORDS)) {
      const around = sentenceAround(text, m.index!, m.index! + m[0].length);
      if (!JUDICIAL_CONTEXT.test(around) || LEGISLATIVE_CONTEXT.test(around)) continue;
      const span = { start: m.index!, end: m.index! + m[0].length, text: m[0] };
      out.push({ span, key: normalise(m[0]), named: true, specific: true, words: [] });
    }
  }
  if (/District of/.test(text)) {
    FEDERAL_DISTRICT.lastIndex = 0;
    for (let m = FEDERAL_DISTRICT.exec(text); m; m = FEDERAL_DISTRICT.exec(text)) {
      // (inside a court's own name, "U.S. District Court for the Western District of X", the district is that court's)
      if (out.some((f) => f.span.start <= m!.index && m!.index < f.span.end)) continue;
      const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
      out.push({ span, key: normalise(m[0]), named: true, specific: true, words: [] });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function extractCourts(input: string | Analysis): Court[] {
  const a = asAnalysis(input);
  const text = a.text;
  if (text.length === 0) return [];
  const courts: Array<{ key: string; name: string; mentions: Span[]; specific: boolean }> = [];
  const byKey = new Map<string, { key: string; name: string; mentions: Span[]; specific: boolean }>();
  const found = findMentions(text);
  // a title-case headline capitalises every word ("Peruvian Court Jails ..."): its courts count only when the text names them too
  const headline = found.map((f) => a.isHeadline(f.span.start));
  const inBody = new Set(found.filter((_, i) => !headline[i]).map((f) => f.key));
  for (const [i, f] of found.entries()) {
    if (headline[i] && !inBody.has(f.key)) continue;
    const same = byKey.get(f.key);
    if (same) {
      // a name cut before a possessive ("Court of Appeal's ruling") gives way to a plain mention of the same court
      if (possessiveAfter(text, same.mentions[0].end) && !possessiveAfter(text, f.span.end) && same.name === displayName(same.mentions[0].text)) {
        same.name = displayName(f.span.text);
      } else if (displayName(f.span.text).length > same.name.length && !possessiveAfter(text, f.span.end)) {
        // the fullest form names it: "the Justice of the Peace for Agrigento" over "the Agrigento Justice of the Peace"
        same.name = displayName(f.span.text);
      }
      same.mentions.push(f.span);
      continue;
    }
    if (!f.specific) {
      // "the District Court" after "Saryagash District Court": a short form of the court last named.
      const longer = [...courts].reverse().find((c) => c.key.endsWith(' ' + f.key) || c.key.startsWith(f.key + ' of '));
      if (longer) { longer.mentions.push(f.span); continue; }
      if (!f.named) continue;
    }
    // "the Vidzeme District Court" after "the Rīga City Vidzeme District Court": the end of a name already given
    const shortened = courts.find((c) => c.key.endsWith(' ' + f.key) && f.key.includes(' '));
    if (shortened) { shortened.mentions.push(f.span); continue; }
    const court = { key: f.key, name: displayName(f.span.text), mentions: [f.span], specific: f.specific };
    courts.push(court);
    byKey.set(f.key, court);
  }
  // "the Court of Appeal ... the Versailles Court of Appeal": a generic short form used before the full name is that court
  const merged = courts.filter((c) => {
    if (c.specific) return true;
    const full = courts.find((o) => o !== c && o.specific && o.key.endsWith(' ' + c.key));
    if (!full) return true;
    full.mentions.push(...c.mentions);
    full.mentions.sort((x, y) => x.start - y.start);
    return false;
  });
  return merged.map(({ name, mentions }) => ({ name, mentions }));
}
