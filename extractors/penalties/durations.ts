/** Durations and their kinds: "two years and ten months' imprisonment" → imprisonment P2Y10M. */
import type { PenaltyType, Span } from '../../src/contract';
import { SCALE_WORDS, TENS_WORDS, UNITS_WORDS } from './data/numbers';
import type { Mention } from './mentions';
import type { Phrase } from './phrase';
import { BAN_SAME_PERIOD, BOUND_BEFORE, DURATION, DURATION_PART, RANGE_AFTER, RANGE_BEFORE, SENTENCE_CHANGED_FROM, SUSPENDED_TAIL, TYPE_AFTER, TYPE_BEFORE } from './rules';

/** between a person and a bare penalty carried over from the clause before: " to ", ", 25, to ", " " */
const CARRY_GAP = /^(?:,\s*(?:aged\s+)?\d{1,3},)?\s+(?:to\s+|for\s+|got\s+|received\s+)?$/;

/** between a term and its new length: ", reduced on appeal to (10)", ", later cut to (five)" */
const CHANGED_AFTER_TERM = /^['’]?,?\s+(?:(?:which|that)\s+(?:was|were)\s+|(?:was|were)\s+)?(?:later\s+|then\s+|subsequently\s+)?(?:cut|reduced|commuted|increased|raised|lowered)\s+(?:on\s+appeal\s+|by\s+the\s+\w+(?:\s+\w+)?\s+court\s+)?to\s+$/i;

/** a bare number closing a changed sentence: "from eight years to five." */
const CHANGED_TO_BARE = /\bto\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?=\s*(?:[.;,)]|$|\s+(?:and|on|in|after|by|while|at)\b))/gi;

/** between a name and its term in a digest line: " – ", ": ", " (Minsk) – " */
const DIGEST_GAP = /^\s*(?:\([^()\n]{1,40}\)\s*)?[–—:-]\s*$/;

/** a digest list opened on the same line by a ruling word: "Sentenced: " */
const DIGEST_LEAD = /(?:^|\n)[ \t]*(?:sentenced|convicted|jailed|verdicts?|sentences)[ \t]*:[ \t]+$/i;

/** "..., Maria Kalesnikava 11.": a bare number closing the sentence after a name */
const GAPPED_NUMBER = /^\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?=\s*(?:[.;]|$))/i;

/** a minimum term a court set: "jailed for at least 15 years", "must serve a minimum of 20 years" */
const MINIMUM_TERM = /\b(?:jailed|imprisoned|sentenced|serve|locked\s+up)\s+(?:\w+\s+)?(?:for|to)?\s*(?:at\s+least|a\s+minimum\s+of)\s+$/i;

/** an administrative case: its days of arrest are administrative detention even when said to be in jail */
const ADMINISTRATIVE_CASE = /\badministrative(?:ly)?\b|\b(?:days?|hours?)\s+of\s+arrest\b|\barrested\s+for\s+\d|\bCode\s+of\s+(?:Administrative\s+)?Offen[cs]es\b|\bmisdemeano(?:u)?r\b/i;

/** a text that says the sentence was served in jail or prison and names no administrative case */
function jailedDays(text: string): boolean {
  return /\b(?:jailed|imprisoned|in\s+(?:jail|prison)|prison\s+(?:sentence|term)|jail\s+(?:sentence|term))\b/i.test(text) && !ADMINISTRATIVE_CASE.test(text);
}

/** the operational period of a suspended term: "four months' imprisonment, suspended for a period of (one year)" is one
 * sanction, a suspended sentence, and the period no penalty of its own (ANNOTATION.md: one entry per person and sanction) */
// ("thirty and twenty days' imprisonment respectively, in each case suspended for (three years)")
const SUSPENSION_PERIOD = /(?:imprisonment|prison|jail|sentence|term|detention|years?|months?|weeks?|days?|day-fines|fines?|\))['’]?\s*,?\s+(?:respectively\s*,?\s+)?(?:in\s+(?:each|both)\s+cases?\s*,?\s+|each\s+|both\s+)?(?:(?:which\s+(?:was|were)|but|and)\s+)?(?:conditionally\s+)?suspended\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?$/i;

/** how far before a sentence its administrative case may be named */
const ADMINISTRATIVE_BACK_CHARS = 250;

/** a term told as being served: "is serving six years", "began serving a nearly six-year sentence", "begins 20-year term" */
const STATE_BEFORE = /\b(?:serving|serve\s+out|begins?|began|beginning|start(?:s|ed|ing)?)\s+(?:(?:an?|the|his|her|their)\s+)?(?:(?:nearly|about|almost|approximately|roughly|around|some)\s+)?$/i;

/** a term added to the one before: "another 15 days", "a further ten days", "an additional year" */
const FURTHER_BEFORE = /\b(?:another|a\s+further|an\s+additional|a\s+second\s+term\s+of)\s+$/i;

/** a range or a bound before a duration: "one to four years", "between five and 15 days" */
const RANGE_HEAD = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:to|or|-|–)\s+$/i;

/** bare numbers listed before a duration: "10, 7 and " */
// ("seven and a half, six and ": a half may follow a number)
const NUMBER_LIST_HEAD = /(?<![\w-])(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s+and\s+a\s+half)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$/i;

/** a bare number given to someone after a penalty: "while Mr. K. was given 4." */
const BARE_NUMBER = /\b(?:was|were)\s+(?:given|handed|sentenced\s+to)\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s*(?:[.;]|,\s|$|\s+(?:and|while|each)\b))/gi;

/** a ruling in the sentence, for terms given in brackets after names */
const BRACKET_RULING = /\b(?:sentenced|convicted|jailed|imprisoned|given|received|handed)\b/i;

/** a deadline after a duration: "three days to appeal", "two days in which to leave" */
const DEADLINE_AFTER = /^['’]?\s+(?:to|in\s+which\s+to)\s+(?!be\s+served\b)(?!serve\b)[a-z]/;

/** "Elnara Gasimova to 8": a bare number after "<person> to", taking the unit and kind of the term before */
const PERSON_TO_NUMBER = /^(?:,\s*(?:aged\s+)?\d{1,3},)?\s+to\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?!\s+and\s+a\s+half)(?=\s*(?:[.;]|,\s|$|\s+(?:and|while|each)\b))/i;

/** The largest unit of a duration: a bare number after "7 years and 6 months" counts in years. */
/** The largest unit as the text wrote it ("18 months" is months, though it reads P1Y6M): a bare number after it counts in it. */
function writtenUnit(text: string, q: Phrase): string | undefined {
  DURATION_PART.lastIndex = 0;
  const m = DURATION_PART.exec(text.slice(q.start, q.end));
  if (m) return { year: 'Y', yr: 'Y', month: 'M', mo: 'M', week: 'W', day: 'D', hour: 'H', hr: 'H' }[m.groups!.unit.toLowerCase()];
  return q.duration ? leadUnit(q.duration)?.[1] : undefined;
}

function leadUnit(duration: string): RegExpExecArray | null {
  return /^PT?\d+(?:\.\d+)?([YMWDH])/.exec(duration);
}

export function wordNumber(s: string): number | null {
  const w = s.toLowerCase().trim();
  if (/^\d/.test(w)) return parseFloat(w);
  if (w === 'a' || w === 'an') return 1;
  const parts = w.split(/[- ]+/);
  let total = 0;
  for (const p of parts) {
    if (p in UNITS_WORDS) total += UNITS_WORDS[p];
    else if (p in TENS_WORDS) total += TENS_WORDS[p];
    else if (p in SCALE_WORDS) total = (total || 1) * SCALE_WORDS[p];
    else return null;
  }
  return total;
}

/** "two years and ten months" → P2Y10M; "seven and a half years" → P7Y6M; "40 hours" → PT40H */
export function parseDuration(s: string): string | null {
  if (/^half\s+a\s+year$/i.test(s)) return 'P6M';
  let y = 0, mo = 0, w = 0, d = 0, h = 0;
  let any = false;
  DURATION_PART.lastIndex = 0;
  for (let m = DURATION_PART.exec(s); m; m = DURATION_PART.exec(s)) {
    const g = m.groups!;
    let n = wordNumber(g.qty.replace(/[- ]and[- ]a[- ]half$/i, '').replace(/(?:½|\s1\/2)$/, ''));
    if (n !== null && /(?:½|\s1\/2)$/.test(g.qty)) n += 0.5;
    if (n === null) continue;
    if (/[- ]and[- ]a[- ]half$/i.test(g.qty) || g.half) n += 0.5;
    any = true;
    const unit = g.unit.toLowerCase();
    if (unit === 'year' || unit === 'yr') y += n;
    else if (unit === 'month' || unit === 'mo') mo += n;
    else if (unit === 'week') w += n;
    else if (unit === 'day') d += n;
    else h += n; // hour, hr
  }
  if (!any) return null;
  if (y % 1) { mo += (y % 1) * 12; y = Math.floor(y); }
  if (mo % 1) { d += Math.round((mo % 1) * 30); mo = Math.floor(mo); }
  // ANNOTATION.md: 12 or more months carry into years ("18 months" -> P1Y6M)
  if (mo >= 12) { y += Math.floor(mo / 12); mo %= 12; }
  if (w && !y && !mo && !d && !h) return `P${w}W`;
  d += w * 7;
  let out = 'P';
  if (y) out += `${y}Y`;
  if (mo) out += `${mo}M`;
  if (d) out += `${d}D`;
  if (h) out += `T${h}H`;
  return out === 'P' ? null : out;
}

const UNIT_RANK: Readonly<Record<string, number>> = { year: 5, yr: 5, month: 4, mo: 4, week: 3, day: 2, hour: 1, hr: 1 };

/** Offset where a duration's units stop descending ("2 years and 1 year" → at "1 year"), or 0. */
function unitOrderCut(s: string): number {
  let last = Infinity;
  DURATION_PART.lastIndex = 0;
  for (let m = DURATION_PART.exec(s); m; m = DURATION_PART.exec(s)) {
    const rank = UNIT_RANK[m.groups!.unit.toLowerCase()] ?? 0;
    if (rank >= last) return m.index;
    last = rank;
  }
  return 0;
}

function unitOf(duration: string): 'hours' | 'days' | 'long' {
  if (/^PT/.test(duration)) return 'hours';
  if (/^P\d+[DW]$/.test(duration)) return 'days';
  return 'long';
}

function typeAfter(text: string, end: number, limit: number): PenaltyType | null {
  const tail = text.slice(end, Math.min(limit, end + 90));
  for (const cue of TYPE_AFTER) if (cue.re.test(tail)) return cue.type as PenaltyType;
  return null;
}

/** a duration at the start of a string (its own regex: DURATION's lastIndex drives the scan) */
const DURATION_AT = new RegExp(`^(?:${DURATION.source})`, 'i');

/** "thirty days' and twenty days' imprisonment": a duration coordinated with the next one takes that one's kind */
function coordinatedType(text: string, end: number, limit: number): PenaltyType | null {
  const gap = /^['’]?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=\S)/.exec(text.slice(end, end + 8));
  if (!gap) return null;
  const next = DURATION_AT.exec(text.slice(end + gap[0].length, Math.min(limit, end + gap[0].length + 60)));
  if (!next) return null;
  const nextEnd = end + gap[0].length + next[0].length;
  let type = typeAfter(text, nextEnd, limit);
  if (type === ('sentence' as PenaltyType) || type === null) return null;
  if (type === 'imprisonment') {
    const cue = TYPE_AFTER.find((c) => c.type === type)!.re.exec(text.slice(nextEnd, limit));
    if (cue && SUSPENDED_TAIL.test(text.slice(nextEnd + cue[0].length, limit))) type = 'suspended_sentence';
  }
  return type;
}

function typeBefore(text: string, start: number, from: number): PenaltyType | 'sentence' | null {
  const head = text.slice(Math.max(from, start - 200), start);
  for (const cue of TYPE_BEFORE) if (cue.re.test(head)) return cue.type as PenaltyType | 'sentence';
  return null;
}

export function durationPhrases(text: string, sent: Span, persons: Mention[]): Phrase[] {
  const body = text.slice(sent.start, sent.end);
  const out: Phrase[] = [];
  DURATION.lastIndex = 0;
  let changedFromEnd = -1;
  for (let m = DURATION.exec(body); m; m = DURATION.exec(body)) {
    const start = sent.start + m.index;
    // "2 years and 1 year 6 months": a part no smaller than the one before starts a new duration
    const cut = unitOrderCut(m[0]);
    if (cut > 0) DURATION.lastIndex = m.index + cut;
    const matched = cut > 0 ? m[0].slice(0, cut).replace(/(?:,?\s+and|,)?\s*$/, '') : m[0];
    const end = start + matched.length;
    const duration = parseDuration(matched);
    if (!duration) continue;
    const head = text.slice(Math.max(sent.start, start - 40), start);
    // "gave Ivan Petrov three days to appeal": a deadline, not a term
    // "reduced the sentence from eight years to six": both terms are sentences, not a range or a deadline
    // ("reduced his sentence from six to four years": the new term, its old one a bare number)
    const rangeHead = RANGE_HEAD.exec(head);
    const termFrom = rangeHead ? Math.max(sent.start, start - 40) + rangeHead.index : start;
    const changedFrom = SENTENCE_CHANGED_FROM.test(text.slice(Math.max(sent.start, termFrom - 200), termFrom));
    if (!changedFrom && DEADLINE_AFTER.test(text.slice(end, end + 30))) continue;
    if (SUSPENSION_PERIOD.test(text.slice(Math.max(sent.start, start - 60), start))) continue;
    // "eight years ago", "20 days so far", "six months later": time past or elapsed, not a term
    if (/^\s+(?:ago|so\s+far|later|earlier)\b/.test(text.slice(end, end + 8))) continue;
    // "ten months, six months of which were suspended", "of which one year was suspended": a part of the term before
    if (/^\s+of\s+(?:which|it|them)\b/i.test(text.slice(end, end + 12)) || /\b(?:of|out\s+of)\s+(?:which|it)\s+$/i.test(head)) continue;
    // "imprisoned 20 days after the protest": without "for", a time before "after" dates the jailing
    if (/\b(?:jailed|imprisoned)\s+$/i.test(head) && /^\s+(?:after|before|since|into|following)\b/i.test(text.slice(end, end + 12))) continue;
    if (!changedFrom && (RANGE_BEFORE.test(head) || RANGE_AFTER.test(text.slice(end, end + 6)) || (BOUND_BEFORE.test(head) && !MINIMUM_TERM.test(head)) || RANGE_HEAD.test(head))) continue;
    if (/\s+and\s+$/.test(head) && RANGE_BEFORE.test(head.replace(/\S+\s+and\s+$/, ''))) continue;
    // "terms varying from six weeks to twelve months": the upper end of a range (not "reduced from five years to three")
    if (!changedFrom && /\b(?:from|between)\s+(?:\S+[\s-]+){1,3}?(?:years?|months?|weeks?|days?|hours?)['’]?\s+(?:to|and|-|–)\s+$/i.test(head) && !/\b(?:cut|reduced|commuted|increased|raised|lowered|changed|replaced|converted)\b/i.test(text.slice(Math.max(sent.start, start - 200), start))) continue;
    let type: PenaltyType | 'sentence' | null = typeAfter(text, end, sent.end) ?? coordinatedType(text, end, sent.end);
    // "a 10-day jail sentence": a sentence the text says is served in jail or prison
    const jailSentence = (type as string) === 'sentence' && /^[-\s]*(?:prison|jail|gaol)\s+(?:sentence|term)\b/i.test(text.slice(end, end + 20));
    const explicitPrison = type === 'imprisonment' || jailSentence;
    let carried = false;
    let phraseEnd = end;
    if (type) {
      const cueMatch = TYPE_AFTER.find((c) => c.type === type)!.re.exec(text.slice(end, sent.end));
      if (cueMatch) phraseEnd = end + cueMatch[0].length;
      if (jailSentence) type = 'imprisonment';
    }
    // "to 10, 7 and 5 days": the bare numbers listed before share the unit and the kind
    const lead = NUMBER_LIST_HEAD.exec(text.slice(Math.max(sent.start, start - 60), start));
    // "... from eight years to six years": the new term of a changed sentence, however long the clause before it
    const changedTo = changedFromEnd >= 0 && /^\s+to\s+$/.test(text.slice(changedFromEnd, start));
    let before = changedFrom || changedTo ? 'sentence' : typeBefore(text, lead ? start - lead[0].length : start, sent.start);
    changedFromEnd = changedFrom ? end : -1;
    // "terms of 2 years and 1 year 6 months": a duration coordinated with a penalty takes its kind
    // "to 25 lashes and three months": a term coordinated with corporal punishment
    if (!type && /\b(?:lashes|strokes(?:\s+of\s+the\s+\w+)?)\s+and\s+$/i.test(head)) type = 'sentence';
    // ("four years on one count and seven years on a second": the counts do not break the coordination)
    if (!type && out.length > 0 && /^\s*(?:on\s+(?:one|a|the\s+\w+|each|two|three|four|five)\s+(?:\w+\s+)?counts?\s*)?(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(out[out.length - 1].end, start))) {
      // a duration after lashes or a fine is a term of its own kind, decided by its unit
      type = out[out.length - 1].duration ? out[out.length - 1].type : 'sentence';
      before = null;
    }
    if (!type && (before === 'sentence' || before === null) && out.length > 0) {
      // "Noyan Rakhimzhanov to 13 days": a bare duration after "<person> to" takes the kind of the penalty before it
      const p = persons.filter((x) => x.end <= start && x.start >= out[out.length - 1].end).pop();
      if (p && CARRY_GAP.test(text.slice(p.end, start))) {
        type = out[out.length - 1].type;
        carried = true;
        before = null;
      }
    }
    // "... 13 days of arrest; then another 15 days": a further term of the same kind as the one before
    if (!type && out.length > 0 && out[out.length - 1].duration && FURTHER_BEFORE.test(head)) {
      type = out[out.length - 1].type;
      carried = true;
      before = null;
    }
    // "banned ... for two years", "suspended for three years": the clause before decides
    if (!type || (before && before !== 'sentence' && (before === 'ban' || before === 'probation' || (before === 'suspended_sentence' && type === 'imprisonment')))) type = before ?? type;
    if (type === 'imprisonment' || type === 'sentence') {
      if (SUSPENDED_TAIL.test(text.slice(phraseEnd, sent.end))) type = 'suspended_sentence';
    }
    if (!type) {
      // digest lines: "• Ivan Ivanov – 15 days", "Ivan Ivanov: 2 years"
      const p = persons.filter((x) => x.end <= start).pop();
      // (a short bracket may stand between: "Ivan Ivanov (Minsk, 34) – 8 years"; items may share a line after ":" or ";")
      const lineStart = (q: Mention) => /(?:^|\n)[ \t]*(?:[•·▪●◦*–-][ \t]*)?$|;[ \t]+$/.test(text.slice(Math.max(0, q.start - 6), q.start)) || DIGEST_LEAD.test(text.slice(Math.max(0, q.start - 30), q.start));
      if (p && DIGEST_GAP.test(text.slice(p.end, start)) && lineStart(p)) type = 'sentence';
    }
    // "the students A (3 years), B (2 years) and C ... were convicted": a term in brackets right after a name
    if (!type && /^\)/.test(text.slice(end, end + 1)) && persons.some((x) => /^ ?\($/.test(text.slice(x.end, start))) && BRACKET_RULING.test(body)) type = 'sentence';
    if (!type) continue;
    if (type === 'sentence') {
      const u = unitOf(duration);
      // (a days' sentence the text says was served in jail or prison, in a text naming no administrative case nor arrest, is imprisonment)
      type = u === 'hours' ? 'community_service' : u === 'days' && !jailedDays(text) ? 'administrative_detention' : 'imprisonment';
    }
    // criminal prison terms are not counted in days; a few days' jail is an administrative arrest
    // (ANNOTATION.md: days said to be "in jail" stay imprisonment unless the case is administrative)
    // (the case may be named in the sentence before: "found guilty in misdemeanour proceedings ... He was sentenced to ten days")
    if (type === 'imprisonment' && unitOf(duration) === 'days' && !jailedDays(text) && !(explicitPrison && !ADMINISTRATIVE_CASE.test(text.slice(Math.max(0, sent.start - ADMINISTRATIVE_BACK_CHARS), sent.end)))) type = 'administrative_detention';
    if (type === 'administrative_detention' && unitOf(duration) === 'long') type = 'imprisonment';
    if (lead) {
      const leadStart = start - lead[0].length;
      const unitWord = /[a-z]+['’s]*$/i.exec(matched)?.[0] ?? '';
      for (const n of lead[0].matchAll(/(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+and\s+a\s+half)?/gi)) {
        if (/^(?:and|or|a|half)$/i.test(n[0])) continue;
        const d = parseDuration(`${n[0]} ${unitWord}`);
        const s0 = leadStart + (n.index ?? 0);
        if (d) out.push({ type, start: s0, end: s0 + n[0].length, duration: d, amount: null, currency: null, carried: false, anchor: s0 });
      }
    }
    // "began serving a nearly six-year prison sentence": a term told as served restates the sentence, where one is told
    const state = (type === 'imprisonment' || type === 'suspended_sentence') && STATE_BEFORE.test(head);
    out.push({ type, start, end: phraseEnd, duration, amount: null, currency: null, carried, anchor: start, ...(state ? { state } : {}) });
  }
  // "while Y was given 4": a bare number after a penalty takes its unit and kind
  if (out.length > 0) {
    BARE_NUMBER.lastIndex = 0;
    for (let m = BARE_NUMBER.exec(body); m; m = BARE_NUMBER.exec(body)) {
      const s0 = sent.start + m.index + m[0].length - m.groups!.n.length;
      if (out.some((q) => q.start <= s0 && s0 < q.end)) continue;
      const prev = out.filter((q) => q.end <= s0).pop();
      if (!prev || !prev.duration) continue;
      const unit = writtenUnit(text, prev);
      const word = { Y: 'years', M: 'months', D: 'days', H: 'hours', W: 'weeks' }[unit ?? ''] ?? null;
      const d = word ? parseDuration(`${m.groups!.n} ${word}`) : null;
      if (d) out.push({ type: prev.type, start: s0, end: s0 + m.groups!.n.length, duration: d, amount: null, currency: null, carried: true, anchor: s0 });
    }
  }
  // "reduced his term from eight years to five": the new term is a bare number taking the old one's unit
  CHANGED_TO_BARE.lastIndex = 0;
  for (let m = CHANGED_TO_BARE.exec(body); m; m = CHANGED_TO_BARE.exec(body)) {
    const s0 = sent.start + m.index + m[0].length - m.groups!.n.length;
    // ("sentenced to 15 years, reduced on appeal to 10": the term changed right after it is told)
    const after = out.filter((q) => q.duration && q.end <= s0 && CHANGED_AFTER_TERM.test(text.slice(q.end, s0))).pop();
    const prev = out.find((q) => q.duration && /^\s+to\s+$/.test(text.slice(q.end, s0))) ?? after;
    if (!prev || (prev !== after && !SENTENCE_CHANGED_FROM.test(text.slice(Math.max(sent.start, prev.start - 200), prev.start)))) continue;
    if (out.some((q) => q.start === s0)) continue;
    const unit = writtenUnit(text, prev);
    const word = { Y: 'years', M: 'months', D: 'days', H: 'hours', W: 'weeks' }[unit ?? ''] ?? null;
    const d = word ? parseDuration(`${m.groups!.n} ${word}`) : null;
    if (d) out.push({ type: prev.type, start: s0, end: s0 + m.groups!.n.length, duration: d, amount: null, currency: null, carried: false, anchor: prev.anchor });
  }
  for (const person of persons) {
    // "A got 10 years, B 11.": a gapped clause, a bare number right after a listed name at the sentence's end
    const gapped = /(?:,|\band)\s+$/.test(text.slice(Math.max(sent.start, person.start - 6), person.start)) ? GAPPED_NUMBER.exec(text.slice(person.end, Math.min(sent.end, person.end + 20))) : null;
    const m = PERSON_TO_NUMBER.exec(text.slice(person.end, Math.min(sent.end, person.end + 40))) ?? gapped;
    if (!m?.groups) continue;
    const s0 = person.end + m[0].length - m.groups.n.length;
    if (out.some((q) => q.start <= s0 && s0 < q.end)) continue;
    const prev = out.filter((q) => q.end <= s0 && q.duration).pop();
    const unit = prev ? writtenUnit(text, prev) : undefined;
    const word = { Y: 'years', M: 'months', D: 'days', H: 'hours', W: 'weeks' }[unit ?? ''] ?? null;
    const d = word ? parseDuration(`${m.groups.n} ${word}`) : null;
    if (prev && d) out.push({ type: prev.type, start: s0, end: s0 + m.groups.n.length, duration: d, amount: null, currency: null, carried: true, anchor: s0 });
  }
  // "banned from journalism for the same period"
  BAN_SAME_PERIOD.lastIndex = 0;
  for (let m = BAN_SAME_PERIOD.exec(body); m; m = BAN_SAME_PERIOD.exec(body)) {
    const s0 = sent.start + m.index;
    const prev = out.filter((q) => q.end <= s0 && q.duration).pop();
    if (prev) out.push({ type: 'ban', start: s0, end: s0 + m[0].length, duration: prev.duration, amount: null, currency: null, carried: false, anchor: s0 });
  }
  return out.sort((a, b) => a.start - b.start);
}
