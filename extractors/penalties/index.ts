/**
 * extractPenalties(text, {persons, dates, courts}) finds every penalty a court
 * or authority handed down against a named person: "the court sentenced
 * activist Zhambyl Kobeysinov to six months' imprisonment" → imprisonment P6M.
 * Steps: 1 split sentences; 2 find penalty phrases (durations, fines, warnings,
 * death, life, deportation); 3 drop demands, maximums, remand, sport; 4 say
 * who got each; 5 date it.
 */
import type { Court, DateEntity, Penalty, PenaltyType, Person, Span } from '../../src/contract';
import { rulingDateNear } from '../dates';
import { alternation } from '../nlp/alternation';
import { splitSentences } from '../nlp/sentences';
import { spanOf } from '../nlp/spans';
import { type CurrencyChoice, CURRENCY_WORDS } from './data/currencies';
import { DEMAND_ACTORS, DEMAND_CUES, HYPOTHETICAL_CUES, REMAND_CUES, SERVED_CUES, SPORT_CUES } from './data/cues';
import { MULTIPLIERS, SCALE_WORDS, TENS_WORDS, UNITS_WORDS } from './data/numbers';
import {
  AMOUNT, BARE_FINE, BOUND_BEFORE, DEATH, DEPORTATION, DURATION, DURATION_PART, EQUIVALENT_BEFORE, FINE_CUE, LIFE, RANGE_AFTER,
  RANGE_BEFORE, RULING_VERB, SUSPENDED_TAIL, CORPORAL, BAN_SAME_PERIOD, CHANGED_TO, TREATMENT, TYPE_AFTER, TYPE_BEFORE, WARNING,
} from './rules';

export interface PenaltyContext {
  persons: Person[];
  dates: DateEntity[];
  courts: Court[];
}

interface Phrase {
  type: PenaltyType;
  start: number;
  end: number;
  duration: string | null;
  amount: number | null;
  currency: string | null;
  /** the type came from the clause before ("Noyan Rakhimzhanov to 13 days") */
  carried: boolean;
  /** where the penalty's object slot ends: persons before it may be the ones penalised ("fined X 500 rubles") */
  anchor: number;
}

interface Mention {
  name: string;
  start: number;
  end: number;
  /** position in the sorted list of all mentions */
  i: number;
}

/** First index in sorted `ms` whose start is >= `at` (binary search: texts can hold thousands of mentions). */
function lowerBound(ms: readonly Mention[], at: number): number {
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
function mentionsIn(ms: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(ms, start); i < ms.length && ms[i].start < end; i++) if (ms[i].end <= end) out.push(ms[i]);
  return out;
}

const words = (list: readonly string[]): RegExp => new RegExp(`(?<![\\w-])(?:${alternation(list)})(?![\\w-])`, 'i');
const DEMAND_RE = new RegExp(`\\b(?:${alternation(DEMAND_ACTORS)})\\b[^.;]{0,80}?\\b(?:${alternation(DEMAND_CUES)})\\b|\\b(?:asked\\s+the\\s+court\\s+to|requested\\s+(?:a|that)|demanded\\s+(?:a|that))\\b`, 'i');
const HYPO_RE = new RegExp(`(?<![\\w-])(?:${alternation(HYPOTHETICAL_CUES)})(?![\\w-])`);
const REMAND_RE = words(REMAND_CUES);
const SPORT_RE = new RegExp(`(?<![\\w-])(?:${alternation(SPORT_CUES)})(?![\\w-])`);
const SERVED_RE = words(SERVED_CUES);
/** between a person and a bare penalty carried over from the clause before: " to ", ", 25, to ", " " */
const CARRY_GAP = /^(?:,\s*(?:aged\s+)?\d{1,3},)?\s+(?:to\s+|got\s+|received\s+)?$/;
/** a range or a bound before a duration: "one to four years", "between five and 15 days" */
const RANGE_HEAD = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:to|or|-|–)\s+$/i;
/** an amount right after a person: " 1,450", ", 25, 66,275 tenge" */
const CARRIED_AMOUNT = /^(?:,\s*(?:aged\s+)?\d{1,3},)?\s+(?:to\s+|got\s+|received\s+)?(?<amt>(?:[$€£]|US\$)?(?<num>\d{1,3}(?:[,\s.]\d{3})+|\d+)(?![\d.,]*\s*(?:years?|months?|days?|hours?|weeks?|people|persons|%|per\s?cent)))/;
/** bare amounts listed before an amount with its currency: "252,500 and " */
const AMOUNT_LIST_HEAD = /(?:(?:\d{1,3}(?:[,\s.]\d{3})+|\d+(?:\.\d+)?)(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$/;
/** an unnamed counted group: "three journalists", "two local activists" */
const COUNTED_GROUP = /\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[a-z-]+\s+){0,2}(?:[a-z]+s|people|men|women)\b/;
/** money ordered that is not a penalty */
const NOT_A_FINE = /\b(?:damages|compensation|bail|bond|costs|legal\s+fees|court\s+fees|restitution|alimony|salary|wages\s+owed)\b/i;
/** a warning from an employer or school, not from a court or authority */
const PRIVATE_ISSUER = /^[^.;]{0,25}\bfrom\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:management|employer|director|headteacher|principal|school|university|hospital|company|firm|club|landlord|editor|manager)\b/i;
/** "X, who had helped Li upload the videos, was sentenced": the subject stands before the relative clause */
const RELATIVE_SUBJECT = /^,\s+(?:\d{1,3},\s+)?(?:who|whom|whose)\b[^;]*?,\s+(?:was|were|had\s+been|has\s+been|is|are)\s/;
/** bare numbers listed before a duration: "10, 7 and " */
const NUMBER_LIST_HEAD = /(?<![\w-])(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$/i;
/** a bare number given to someone after a penalty: "while Mr. K. was given 4." */
const BARE_NUMBER = /\b(?:was|were)\s+(?:given|handed|sentenced\s+to)\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s*(?:[.;]|,\s|$|\s+(?:and|while|each)\b))/gi;
/** an unnamed single defendant: "a civic activist who led a march", "an opposition blogger" */
const INDEFINITE_OBJECT = /\b(?:sentenced|fined|jailed|gave|handed|ordered|banned|convicted|imprisoned)\s+an?\s+(?:[\w'’-]+\s+){0,3}?(?:activist|journalist|blogger|reporter|editor|lawyer|writer|poet|artist|student|teacher|pensioner|man|woman|farmer|worker|leader|organi[sz]er|critic|protester|demonstrator|dissident|researcher|defender|cleric|imam|priest|believer|member|politician|opposition\s+\w+)\b/i;
/** a deadline after a duration: "three days to appeal", "two days in which to leave" */
const DEADLINE_AFTER = /^['’]?\s+(?:to|in\s+which\s+to)\s+(?!be\s+served\b)(?!serve\b)[a-z]/;
/** bans by platforms, employers and sports bodies are not state penalties */
const PRIVATE_BANNER = /\b(?:Facebook|Meta|Twitter|YouTube|TikTok|Instagram|Telegram|VKontakte|platform|company|employer|university|school|club|league)\b/;
/** "Elnara Gasimova to 8": a bare number after "<person> to", taking the unit and kind of the term before */
const PERSON_TO_NUMBER = /^(?:,\s*(?:aged\s+)?\d{1,3},)?\s+to\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?!\s+and\s+a\s+half)(?=\s*(?:[.;]|,\s|$|\s+(?:and|while|each)\b))/i;
/** how far back, within the sentence, a penalty's clause reaches */
const CLAUSE_BACK_CHARS = 160;

// ---------- 2a durations ----------

function wordNumber(s: string): number | null {
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
    let n = wordNumber(g.qty.replace(/[- ]and[- ]a[- ]half$/i, ''));
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

function typeBefore(text: string, start: number, from: number): PenaltyType | 'sentence' | null {
  const head = text.slice(Math.max(from, start - 200), start);
  for (const cue of TYPE_BEFORE) if (cue.re.test(head)) return cue.type as PenaltyType | 'sentence';
  return null;
}

function durationPhrases(text: string, sent: Span, persons: Mention[]): Phrase[] {
  const body = text.slice(sent.start, sent.end);
  const out: Phrase[] = [];
  DURATION.lastIndex = 0;
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
    if (DEADLINE_AFTER.test(text.slice(end, end + 30))) continue;
    if (RANGE_BEFORE.test(head) || RANGE_AFTER.test(text.slice(end, end + 6)) || BOUND_BEFORE.test(head) || RANGE_HEAD.test(head)) continue;
    if (/\s+and\s+$/.test(head) && RANGE_BEFORE.test(head.replace(/\S+\s+and\s+$/, ''))) continue;
    let type: PenaltyType | 'sentence' | null = typeAfter(text, end, sent.end);
    let carried = false;
    let phraseEnd = end;
    if (type) {
      const cueMatch = TYPE_AFTER.find((c) => c.type === type)!.re.exec(text.slice(end, sent.end));
      if (cueMatch) phraseEnd = end + cueMatch[0].length;
    }
    // "to 10, 7 and 5 days": the bare numbers listed before share the unit and the kind
    const lead = NUMBER_LIST_HEAD.exec(text.slice(Math.max(sent.start, start - 60), start));
    let before = typeBefore(text, lead ? start - lead[0].length : start, sent.start);
    // "terms of 2 years and 1 year 6 months": a duration coordinated with a penalty takes its kind
    // "to 25 lashes and three months": a term coordinated with corporal punishment
    if (!type && /\b(?:lashes|strokes(?:\s+of\s+the\s+\w+)?)\s+and\s+$/i.test(head)) type = 'sentence';
    if (!type && out.length > 0 && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(out[out.length - 1].end, start))) {
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
    // "banned ... for two years", "suspended for three years": the clause before decides
    if (!type || (before && before !== 'sentence' && (before === 'ban' || before === 'probation'))) type = before ?? type;
    if (type === 'imprisonment' || type === 'sentence') {
      if (SUSPENDED_TAIL.test(text.slice(phraseEnd, sent.end))) type = 'suspended_sentence';
    }
    if (!type) {
      // digest lines: "• Ivan Ivanov – 15 days", "Ivan Ivanov: 2 years"
      const p = persons.filter((x) => x.end <= start).pop();
      if (p && /^\s*[–—:-]\s*$/.test(text.slice(p.end, start)) && /(?:^|\n)[ \t]*(?:[•·▪●◦*–-][ \t]*)?$/.test(text.slice(Math.max(0, p.start - 6), p.start))) type = 'sentence';
    }
    if (!type) continue;
    if (type === 'sentence') {
      const u = unitOf(duration);
      type = u === 'hours' ? 'community_service' : u === 'days' ? 'administrative_detention' : 'imprisonment';
    }
    // criminal prison terms are not counted in days; a few days' jail is an administrative arrest
    if (type === 'imprisonment' && unitOf(duration) === 'days') type = 'administrative_detention';
    if (type === 'administrative_detention' && unitOf(duration) === 'long') type = 'imprisonment';
    if (lead) {
      const leadStart = start - lead[0].length;
      const unitWord = /[a-z]+['’s]*$/i.exec(matched)?.[0] ?? '';
      for (const n of lead[0].matchAll(/\d{1,3}|[a-z]+(?:-[a-z]+)?/gi)) {
        if (/^(?:and|or)$/i.test(n[0])) continue;
        const d = parseDuration(`${n[0]} ${unitWord}`);
        const s0 = leadStart + (n.index ?? 0);
        if (d) out.push({ type, start: s0, end: s0 + n[0].length, duration: d, amount: null, currency: null, carried: false, anchor: s0 });
      }
    }
    out.push({ type, start, end: phraseEnd, duration, amount: null, currency: null, carried, anchor: start });
  }
  // "while Y was given 4": a bare number after a penalty takes its unit and kind
  if (out.length > 0) {
    BARE_NUMBER.lastIndex = 0;
    for (let m = BARE_NUMBER.exec(body); m; m = BARE_NUMBER.exec(body)) {
      const s0 = sent.start + m.index + m[0].length - m.groups!.n.length;
      if (out.some((q) => q.start <= s0 && s0 < q.end)) continue;
      const prev = out.filter((q) => q.end <= s0).pop();
      if (!prev || !prev.duration) continue;
      const unit = /([A-Z])$/.exec(prev.duration)?.[1];
      const word = { Y: 'years', M: 'months', D: 'days', H: 'hours', W: 'weeks' }[unit ?? ''] ?? null;
      const d = word ? parseDuration(`${m.groups!.n} ${word}`) : null;
      if (d) out.push({ type: prev.type, start: s0, end: s0 + m.groups!.n.length, duration: d, amount: null, currency: null, carried: true, anchor: s0 });
    }
  }
  for (const person of persons) {
    const m = PERSON_TO_NUMBER.exec(text.slice(person.end, Math.min(sent.end, person.end + 40)));
    if (!m?.groups) continue;
    const s0 = person.end + m[0].length - m.groups.n.length;
    if (out.some((q) => q.start <= s0 && s0 < q.end)) continue;
    const prev = out.filter((q) => q.end <= s0 && q.duration).pop();
    const unit = prev ? /([A-Z])$/.exec(prev.duration!)?.[1] : undefined;
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

// ---------- 2b fines ----------

function currencyEntry(word: string): string | readonly CurrencyChoice[] | undefined {
  const forms = [word, word.replace(/e?s$/, ''), word.replace(/s$/, '')];
  for (const f of forms) {
    const hit = CURRENCY_WORDS[f] ?? CURRENCY_WORDS[f.toLowerCase()];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** How often a country cue occurs in the text; memoised per text, since every fine asks again. */
let cueMemo: { text: string; counts: Map<string, number> } = { text: '', counts: new Map() };
function cueCount(text: string, cue: string): number {
  if (cueMemo.text !== text) cueMemo = { text, counts: new Map() };
  let n = cueMemo.counts.get(cue);
  if (n === undefined) {
    n = text.match(new RegExp(`\\b${cue}\\b`, 'g'))?.length ?? 0;
    cueMemo.counts.set(cue, n);
  }
  return n;
}

function currencyOf(word: string, text: string): string | null {
  // "870 Belarusian rubles": the adjective decides when it is known, else the bare word does
  const entry = currencyEntry(word) ?? currencyEntry(word.split(/\s+/).pop() ?? word);
  if (entry === undefined) return null;
  if (typeof entry === 'string') return entry;
  let best = entry[0].code;
  let bestCount = 0;
  for (const choice of entry) {
    const n = choice.cues.reduce((acc, c) => acc + cueCount(text, c), 0);
    if (n > bestCount) { best = choice.code; bestCount = n; }
  }
  return best;
}

function parseAmount(num: string, mult: string | undefined): number {
  let n: number;
  if (/^\d{1,3}(?:[,\s.]\d{3})+$/.test(num)) n = Number(num.replace(/[,\s.]/g, ''));
  else n = parseFloat(num);
  const m = (mult ?? '').trim().toLowerCase();
  return m ? Math.round(n * (MULTIPLIERS[m] ?? 1)) : n;
}

interface AmountHit { start: number; end: number; amount: number; currency: string | null; unit: boolean }

function amountsIn(text: string, sent: Span): AmountHit[] {
  const body = text.slice(sent.start, sent.end);
  const hits: AmountHit[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(body); m; m = AMOUNT.exec(body)) {
    const g = m.groups!;
    const start = sent.start + m.index;
    const end = start + m[0].length;
    if (g.sym) hits.push({ start, end, amount: parseAmount(g.num1, g.mult1), currency: currencyOf(g.sym, text), unit: false });
    else if (g.cur) hits.push({ start, end, amount: parseAmount(g.num2, g.mult2), currency: currencyOf(g.cur, text), unit: false });
    else hits.push({ start, end, amount: parseAmount(g.num2, g.mult2), currency: null, unit: true });
  }
  return hits;
}

function finePhrases(text: string, sent: Span, persons: Mention[]): Phrase[] {
  const body = text.slice(sent.start, sent.end);
  const amounts = amountsIn(text, sent);
  const out: Phrase[] = [];
  const used = new Set<AmountHit>();
  FINE_CUE.lastIndex = 0;
  for (let m = FINE_CUE.exec(body); m; m = FINE_CUE.exec(body)) {
    const cueStart = sent.start + m.index;
    const cueEnd = cueStart + m[0].length;
    if (/^pay$/i.test(m[0]) && !/\b(?:ordered|had|required|obliged|must)\b[^.;]{0,110}?(?:\bto\s+|\s)$/i.test(text.slice(Math.max(sent.start, cueStart - 120), cueStart))) continue;
    // the first amount after the cue (within a short reach), or an amount just before "fine" ("a 50,000-tenge fine")
    let hit = amounts.find((a) => a.start >= cueEnd && a.start - cueEnd <= 130 && !used.has(a) && !/;/.test(text.slice(cueEnd, a.start)));
    if (!hit && /^fine/i.test(m[0])) hit = amounts.find((a) => a.end <= cueStart && cueStart - a.end <= 3 && !used.has(a));
    if (!hit) continue;
    // damages, bail and costs are paid, but they are no fine
    if (NOT_A_FINE.test(text.slice(Math.max(sent.start, cueStart - 30), hit.start)) || /^[^.;,]{0,25}\b(?:compensation|damages|bail|costs)\b/i.test(text.slice(hit.end, hit.end + 40))) continue;
    // "Each fine is equivalent to about 1,270 dollars" restates a fine told before
    if (/\b(?:equivalent|equals?|worth|converts?)\b/i.test(text.slice(cueEnd, hit.start))) continue;
    if (EQUIVALENT_BEFORE.test(text.slice(Math.max(sent.start, hit.start - 25), hit.start)) && out.length > 0) continue;
    used.add(hit);
    // "fined 252,500 and 126,250 tenge (respectively)": bare amounts listed before the one with the currency
    const lead = AMOUNT_LIST_HEAD.exec(text.slice(cueEnd, hit.start));
    if (lead && hit.currency) {
      const leadStart = cueEnd + lead.index;
      for (const n of lead[0].matchAll(/\d{1,3}(?:[,\s.]\d{3})+(?![\d])|\d+(?:\.\d+)?/g)) {
        const s0 = leadStart + (n.index ?? 0);
        out.push({ type: 'fine', start: s0, end: s0 + n[0].length, duration: null, amount: parseAmount(n[0], undefined), currency: hit.currency, carried: false, anchor: s0 });
      }
    }
    let { amount, currency } = hit;
    if (hit.unit) {
      // "50 MCI (about 132,550 tenge)": the money equivalent is the amount
      const eq = amounts.find((a) => a.start > hit!.end && a.start - hit!.end <= 40 && a.currency && /^\s*(?:\([A-Z]+\)\s*)?\(/.test(text.slice(hit!.end, a.start)));
      if (eq) { amount = eq.amount; currency = eq.currency; used.add(eq); }
    }
    // equivalents after the amount belong to it
    for (const a of amounts) if (a.start > hit.end && a.start - hit.end <= 45 && EQUIVALENT_BEFORE.test(text.slice(hit.end, a.start).replace(/^\s*/, ' ').slice(-30))) used.add(a);
    out.push({ type: 'fine', start: lead ? hit.start : Math.min(cueStart, hit.start), end: Math.max(hit.end, cueEnd), duration: null, amount, currency, carried: false, anchor: lead ? cueEnd + lead.index : hit.start });
  }
  // "fined them 50,000 birr and 30,000 birr (respectively)": amounts coordinated with a fine
  for (const a of amounts) {
    if (used.has(a)) continue;
    const prev = out.filter((f) => f.end <= a.start).pop();
    if (prev && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(prev.end, a.start))) {
      used.add(a);
      out.push({ type: 'fine', start: a.start, end: a.end, duration: null, amount: a.amount, currency: a.currency ?? prev.currency, carried: false, anchor: prev.anchor });
    }
  }
  // "A was fined 2,900 somoni, and B 1,450": an amount right after a person takes the fine before it
  if (out.length > 0) {
    for (const person of persons) {
      const prev = out.filter((f) => f.end <= person.start).pop();
      if (!prev) continue;
      const m = CARRIED_AMOUNT.exec(text.slice(person.end, Math.min(sent.end, person.end + 40)));
      if (!m?.groups) continue;
      const start = person.end + m.index + m[0].length - m.groups.amt.length;
      const hit = amounts.find((a) => a.start === start);
      if (hit && used.has(hit)) continue;
      if (hit) used.add(hit);
      const amount = hit ? hit.amount : parseAmount(m.groups.num, undefined);
      const currency = hit ? hit.currency ?? prev.currency : prev.currency;
      const end = hit ? hit.end : start + m.groups.amt.length;
      out.push({ type: 'fine', start, end, duration: null, amount, currency, carried: true, anchor: start });
    }
  }
  // "and a small fine", "was fined": a fine whose amount the text does not give
  BARE_FINE.lastIndex = 0;
  for (let m = BARE_FINE.exec(body); m; m = BARE_FINE.exec(body)) {
    const start = sent.start + m.index + (m[0].length - m[0].trimStart().length);
    const end = sent.start + m.index + m[0].length;
    if (out.some((p) => p.start <= end + 80 && start <= p.end)) continue;
    if (/\bfines?\b/i.test(m[0]) && !/\b(?:and|a|an|small|large|heavy|hefty|substantial|big|modest|administrative)\s*$/i.test(text.slice(Math.max(sent.start, start - 15), start + m[0].trim().length - 4))) {
      if (!/^\s*(?:an?\s)/i.test(m[0])) continue;
    }
    out.push({ type: 'fine', start, end, duration: null, amount: null, currency: null, carried: false, anchor: start });
  }
  return out;
}

// ---------- 2c other penalty kinds ----------

function simplePhrases(text: string, sent: Span): Phrase[] {
  const body = text.slice(sent.start, sent.end);
  const out: Phrase[] = [];
  const add = (re: RegExp, type: PenaltyType): void => {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = sent.start + m.index;
      const end = start + m[0].length;
      // "gave student X a warning", "sentenced X to death": the object sits inside the match
      out.push({ type, start, end, duration: null, amount: null, currency: null, carried: false, anchor: end });
    }
  };
  add(WARNING, 'warning');
  add(DEATH, 'death_penalty');
  add(LIFE, 'imprisonment');
  add(DEPORTATION, 'other');
  add(TREATMENT, 'compulsory_treatment');
  add(CORPORAL, 'other');
  CHANGED_TO.lastIndex = 0;
  for (let m = CHANGED_TO.exec(body); m; m = CHANGED_TO.exec(body)) {
    const kind = m.groups!.kind.toLowerCase().replace(/\s+/g, ' ');
    const type: PenaltyType = /restrict/.test(kind) ? 'restriction_of_freedom' : /house/.test(kind) ? 'house_arrest' : /community/.test(kind) ? 'community_service'
      : /probation/.test(kind) ? 'probation' : /suspended/.test(kind) ? 'suspended_sentence' : /fine/.test(kind) ? 'fine' : 'forced_labour';
    const start = sent.start + m.index;
    out.push({ type, start, end: start + m[0].length, duration: null, amount: null, currency: null, carried: false, anchor: start });
  }
  return out;
}

// ---------- 3 filters ----------

function clauseBefore(text: string, sent: Span, start: number): string {
  const from = Math.max(sent.start, start - CLAUSE_BACK_CHARS);
  const head = text.slice(from, start);
  const cut = Math.max(head.lastIndexOf(';'), head.search(/\b(?:while|whereas|but|although)\b[^;]*$/));
  return cut > 0 ? head.slice(cut) : head;
}

function excluded(text: string, sent: Span, p: Phrase): boolean {
  const body = text.slice(sent.start, sent.end);
  // a sports body's ban or fine is no state penalty; a court's ruling in a sports story still is
  if (SPORT_RE.test(body) && !/\b(?:court|judge|tribunal)\b/i.test(body.replace(/Court\s+of\s+Arbitration\s+for\s+Sport/g, ''))) return true;
  const head = clauseBefore(text, sent, p.start);
  const near = text.slice(Math.max(sent.start, p.start - 70), Math.min(sent.end, p.end + 70));
  if (REMAND_RE.test(near) && p.type !== 'fine') return true;
  const demand = DEMAND_RE.exec(head);
  if (demand && !RULING_VERB.test(head.slice(demand.index + demand[0].length).replace(/\bsentenced?\s+(?:him|her|them)\b/i, ''))) return true;
  const hypo = HYPO_RE.exec(head);
  if (hypo) {
    const after = head.slice(hypo.index + hypo[0].length);
    // "could be sentenced", "may receive": the modal governs the verb after it
    if (/^\s*(?:\w+\s+){0,2}?(?:be|been|get|receive|face|serve)\b/i.test(after)) return true;
    if (!/\b(?:sentenced|fined|jailed|convicted|imposed|handed\s+down|found\s+\w+(?:\s+\w+){0,3}\s+guilty|was\s+given|were\s+given)\b/i.test(after)) return true;
  }
  if (SERVED_RE.test(text.slice(Math.max(sent.start, p.start - 30), p.start))) return true;
  if (p.type === 'warning' && PRIVATE_ISSUER.test(text.slice(p.end, sent.end))) return true;
  if (p.type === 'ban') {
    // who banned: the words before the ban verb ("Facebook banned X"), not what was banned ("from Telegram channels")
    const verb = [...head.matchAll(/\b(?:banned|barred|prohibited|ban)\b/gi)].pop();
    if (verb && PRIVATE_BANNER.test(head.slice(0, verb.index))) return true;
  }
  // "or serve three months in prison if they did not pay": a default penalty, not the one imposed
  if (/\bor\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(sent.start, p.start - 25), p.start)) && /^[^.;]{0,40}\bif\b/i.test(text.slice(p.end, sent.end))) return true;
  if (/\b(?:in\s+default|alternative\s+of|failing\s+(?:payment|which))\b/i.test(text.slice(Math.max(sent.start, p.start - 40), p.start))) return true;
  // "asked the court to sentence her", "to ban her": an infinitive of a ruling is a demand or a plan
  if (/\bto\s+(?:sentence|fine|ban|jail|imprison)\b[^.;]{0,80}$/i.test(head)) return true;
  return false;
}

// ---------- 4 who got it ----------

const NOT_DEFENDANT_BEFORE = /\b(?:Judge|judge|Justice|Magistrate|magistrate|prosecutor|Prosecutor|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|defen[cs]e)\s+(?:defen[cs]e\s+)?(?:lawyer|attorney|counsel)|Lawyer|attorney|by|presiding|chaired\s+by|according\s+to|said|told|President|Prime\s+Minister|Minister|minister|Mayor|Governor|governor|Ambassador|spokes(?:man|woman|person)|investigator|Investigator|insulting|criticising|criticizing)\s+(?:(?:the\s+)?(?:presiding\s+)?judge\s+)?(?:\p{Lu}[\p{L}.'-]*\s+){0,2}$/u;
const NOT_DEFENDANT_AFTER = /^,?\s+(?:the\s+|a\s+)?(?:presiding\s+)?(?:judge|prosecutor|lawyer|attorney|said|told)\b/;

function mentionsOf(persons: Person[]): Mention[] {
  const all: Mention[] = [];
  for (const p of persons) for (const m of p.mentions) all.push({ name: p.name, start: m.start, end: m.end, i: 0 });
  all.sort((a, b) => a.start - b.start);
  all.forEach((m, i) => (m.i = i));
  return all;
}

/** True when a person mention can be a defendant: not a judge, lawyer, official, victim of an insult or possessive owner. */
export function isDefendantMention(text: string, m: { start: number; end: number }): boolean {
  return isDefendantSlot(text, { name: '', start: m.start, end: m.end, i: 0 });
}

function isDefendantSlot(text: string, m: Mention): boolean {
  // "Toktakunov's former cameraman": a possessive names someone else
  // ("Aleksin's term", "Ivanov's sentence" do name the defendant)
  if (/^['’]s?\b/.test(text.slice(m.end, m.end + 3)) && !/^['’]s?\s+(?:(?:prison|jail|original|earlier)\s+)?(?:term|sentence|punishment|fine|conviction)\b/i.test(text.slice(m.end, m.end + 40))) return false;
  return !NOT_DEFENDANT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !NOT_DEFENDANT_AFTER.test(text.slice(m.end, m.end + 30));
}

/** "A and his wife B", "A and his deputies B and C" (not "A and his lawyer B": lawyers are no defendants) */
const LIST_RELATION = /^\s*,?\s+and\s+(?:(?:his|her|their)\s+(?!lawyers?\b|attorneys?\b|judges?\b)(?:[a-z-]+,?\s+){1,2}|the\s+(?!lawyers?\b|attorneys?\b|judges?\b)(?:[a-z'’-]+\s+){1,3}?(?:[a-z-]+),\s+)$/;

/** The mention and those listed with it: "A, B and C". */
function withList(text: string, ms: Mention[], idx: number): Mention[] {
  const out = [ms[idx]];
  for (let i = idx - 1; i >= 0; i--) {
    const gap = text.slice(ms[i].end, out[0].start);
    if ((/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/.test(gap) || LIST_RELATION.test(gap)) && isDefendantSlot(text, ms[i])) out.unshift(ms[i]);
    else break;
  }
  // forward too, when the penalty comes after a plural subject: "A and B were sentenced"
  return out;
}

interface Who { persons: Mention[]; inferred: boolean }

interface Group { persons: Mention[]; paraStart: number }

/** The last list of two or more persons in a sentence (penalised or just named together). */
function lastGroup(text: string, sentMentions: Mention[], all: Mention[]): Mention[] {
  for (let i = sentMentions.length - 1; i >= 0; i--) {
    const list = withList(text, all, sentMentions[i].i);
    if (list.length > 1) return list;
  }
  return [];
}

function whoGot(text: string, sent: Span, p: Phrase, ms: Mention[], paraStart: number, taken: Map<Phrase, Who>, phrases: Phrase[], group: Group | null, later?: Mention[][]): Who | null {
  const inSent = mentionsIn(ms, sent.start, sent.end);
  // a: "sentenced X to ...", "fined X 500 rubles", "gave X a warning": the object between the ruling verb and the phrase
  const before = inSent.filter((m) => m.end <= p.anchor && isDefendantSlot(text, m));
  const prevPhrase = phrases.filter((q) => q.end <= p.start && q !== p && q.start >= sent.start).pop();
  let fromPrev = prevPhrase ? before.filter((m) => m.start >= prevPhrase.end) : before;
  // "... and sentenced her to": a pronoun object after the last ruling verb hides the persons before it
  const lastVerb = lastRulingVerb(text, sent.start, p.anchor);
  const pronounObject =
    /^\S+\s+(?:him|her|them)\b/i.test(text.slice(lastVerb, p.start)) && !fromPrev.some((m) => m.start >= lastVerb) && INDEFINITE_OBJECT.test(text.slice(sent.start, lastVerb));
  if (pronounObject) fromPrev = [];
  if (fromPrev.length > 0) {
    let pick = fromPrev[fromPrev.length - 1];
    for (const m0 of fromPrev) if (m0 !== pick && RELATIVE_SUBJECT.test(text.slice(m0.end, p.anchor))) { pick = m0; break; }
    const idx = pick.i;
    const last = ms[idx];
    // the list is cut at the previous phrase: "... to 15 days, Noyan R. to 13 days"
    const list = withList(text, ms, idx).filter((m) => !prevPhrase || m.start >= prevPhrase.end);
    // plural subject after "and": "A and B were sentenced" — list already covers it
    void last;
    return { persons: list, inferred: false };
  }
  // b: the same person as the phrase before, in the same clause chain: "to 40 hours of community service and a small fine"
  if (prevPhrase && taken.has(prevPhrase) && /^[^;]{0,160}$/.test(text.slice(prevPhrase.end, p.start))) {
    const w = taken.get(prevPhrase)!;
    return { persons: w.persons, inferred: w.inferred };
  }
  // c: a person right after: "a warning to Bukenov", "fines on A and B"
  const after = inSent.find((m) => m.start >= p.end && m.start - p.end <= 50 && isDefendantSlot(text, m) && /^[^.;]*?\b(?:to|on|against|for|of)\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,4}),?\s+){0,3}$/u.test(text.slice(p.end, m.start)));
  if (after) {
    const idx = after.i;
    const list = [after];
    for (let i = idx + 1; i < ms.length && ms[i].end <= sent.end; i++) {
      if (/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(list[list.length - 1].end, ms[i].start))) list.push(ms[i]);
      else break;
    }
    return { persons: list, inferred: false };
  }
  // c2: "X, who ..., was sentenced" is covered by a; a person after the ruling verb with the phrase first: "handed a fine to X" covered by c
  // d: "he was sentenced": the last defendant-like person mentioned before, in the paragraph
  const head = text.slice(sent.start, Math.max(p.start, p.anchor));
  // "They were each fined", "ordered each of them to pay": the group penalised or listed just before
  if (/\b(?:they|They|them|each|Each|both|Both|all\s+(?:three|four|five|six|of\s+them)|the\s+(?:two|three|four|five|six))\b/.test(head) && group && group.persons.length > 1 && group.paraStart === paraStart) {
    return { persons: group.persons, inferred: true };
  }
  // "fined three journalists ..." then "The court convicted A, B and C": the next list of exactly that many persons
  const verbRegion = text.slice(sent.start, p.anchor);
  const verbAt = Math.max(...[...verbRegion.matchAll(/\b(?:sentenced|fined|jailed|gave|given|handed|ordered|banned|convicted|imprisoned)\b/gi)].map((v) => v.index ?? 0), 0);
  const counted = COUNTED_GROUP.exec(text.slice(sent.start + verbAt, Math.max(p.start, p.anchor)));
  if (counted && later) {
    const n = wordNumber(counted[1]);
    const list = later.find((l) => l.length === n);
    if (list) return { persons: list, inferred: true };
  }
  // wire leads: "sentenced a civic activist ... to three years", the person named in the next sentences
  if (later && INDEFINITE_OBJECT.test(text.slice(pronounObject ? sent.start : sent.start + verbAt, p.start)) && !/\b(?:he|she|they)\b/i.test(head)) {
    const next = laterFirst(text, p, ms);
    if (next) return { persons: [next], inferred: true };
  }
  if (/\b(?:he|she|He|She|him|her)\b/.test(head)) {
    const prior = mentionsIn(ms, paraStart, p.start).filter((m) => isDefendantSlot(text, m)).pop();
    if (prior) return { persons: [prior], inferred: true };
  }
  return null;
}

/** Offset of the last ruling verb before `at` in the sentence (the sentence start if none). */
function lastRulingVerb(text: string, from: number, at: number): number {
  let last = from;
  for (const v of text.slice(from, at).matchAll(/\b(?:sentenced|fined|jailed|gave|given|handed|ordered|banned|convicted|imprisoned)\b/gi)) last = from + (v.index ?? 0);
  return last;
}

/** The first defendant-like person named after a phrase, within the next two sentences. */
function laterFirst(text: string, p: Phrase, ms: Mention[]): Mention | null {
  // one unnamed defendant is one person: skip persons named as part of a list ("A, B and C")
  let first: Mention | undefined;
  for (let i = lowerBound(ms, p.end); i < ms.length && !first; i++) {
    const inList = withList(text, ms, i).length > 1 || (i + 1 < ms.length && withList(text, ms, i + 1).length > 1 && withList(text, ms, i + 1)[0] === ms[i]);
    if (isDefendantSlot(text, ms[i]) && !inList) first = ms[i];
  }
  if (!first) return null;
  // at most two sentence ends between
  const gap = text.slice(p.end, first.start);
  return (gap.match(/[.!?]["”’)]?\s+(?=[A-Z“"])/g)?.length ?? 0) <= 2 ? first : null;
}

/** Lists of two or more persons in the next two sentences. */
function laterLists(text: string, sentences: readonly Span[], si: number, ms: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  for (const s of sentences.slice(si + 1, si + 3)) {
    const inS = mentionsIn(ms, s.start, s.end);
    for (let i = inS.length - 1; i >= 0; i--) {
      const list = withList(text, ms, inS[i].i);
      if (list.length > 1) out.push(list);
    }
  }
  return out;
}

function distributeRespectively(phrases: Phrase[], taken: Map<Phrase, Who>): void {
  const withWho = phrases.filter((p) => taken.has(p));
  for (let i = 0; i < withWho.length; ) {
    const names = taken.get(withWho[i])!.persons;
    let j = i + 1;
    while (j < withWho.length && taken.get(withWho[j])!.persons === names) j++;
    // a single phrase over a list of amounts ("fined 252,500 and 126,250 tenge") is split by finePhrases
    if (j - i === names.length && names.length > 1) {
      for (let k = i; k < j; k++) taken.set(withWho[k], { persons: [names[k - i]], inferred: false });
    }
    i = j;
  }
}

// ---------- the extractor ----------

/** Where a new paragraph starts: after a blank line, or at a bulleted line. */
const PARAGRAPH_BREAK = /\n[ \t]*\n|\n(?=[ \t]*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s)/g;

/** Start of the paragraph holding `at` (a blank line ends a paragraph); the starts are found once per text. */
let paragraphMemo: { text: string; starts: number[] } = { text: '', starts: [0] };
function paragraphStart(text: string, at: number): number {
  if (paragraphMemo.text !== text) {
    const starts = [0];
    // a blank line ends a paragraph; so does a line starting a bullet ("• ", "- ", "1. ")
    for (const m of text.matchAll(PARAGRAPH_BREAK)) starts.push((m.index ?? 0) + m[0].length);
    paragraphMemo = { text, starts };
  }
  const st = paragraphMemo.starts;
  let lo = 0;
  let hi = st.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (st[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return st[lo];
}

export function extractPenalties(text: string, ctx: PenaltyContext): Penalty[] {
  const sentences = splitSentences(text);
  const ms = mentionsOf(ctx.persons);
  const out: Penalty[] = [];
  let group: Group | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    const body = text.slice(sent.start, sent.end);
    // cheap gate: most sentences speak of no penalty
    const sentMentions = mentionsIn(ms, sent.start, sent.end);
    if (!/sentenc|fine|jail|prison|impris|arrest|detention|ban|barred|prohibit|warn|death|probation|service|labou?r|treatment|deport|expel|restrict|pay|days?\b|hours?\b|years?\b|months?\b/i.test(body)) {
      const named = lastGroup(text, sentMentions, ms);
      if (named.length > 1) group = { persons: named, paraStart: paragraphStart(text, sent.start) };
      continue;
    }
    let phrases = [...durationPhrases(text, sent, sentMentions), ...finePhrases(text, sent, sentMentions), ...simplePhrases(text, sent)];
    phrases.sort((a, b) => a.start - b.start || b.end - a.end);
    phrases = phrases.filter((p, i) => !phrases.some((q, j) => j !== i && q.start <= p.start && p.end <= q.end && (q.end - q.start > p.end - p.start || j < i) && q.type === p.type));
    phrases = phrases.filter((p) => !excluded(text, sent, p));
    const taken = new Map<Phrase, Who>();
    const paraStart = paragraphStart(text, sent.start);
    const recipients: Mention[] = [];
    const respectively = /\brespectively\b/i.test(body);
    for (const p of phrases) {
      const later = laterLists(text, sentences, si, ms);
      const who = whoGot(text, sent, p, ms, paraStart, taken, phrases, group, later);
      if (!who || who.persons.length === 0) continue;
      taken.set(p, who);
    }
    // "A and B received 2 years and 18 months respectively": the n-th person gets the n-th penalty
    if (respectively) distributeRespectively(phrases, taken);
    for (const p of phrases) {
      const who = taken.get(p);
      if (!who) continue;
      for (const m of who.persons) if (!recipients.some((r) => r.name === m.name)) recipients.push(m);
      const date = rulingDateNear(text, ctx.dates, p, sentences);
      for (const m of who.persons) {
        out.push({
          person: m.name,
          type: p.type,
          duration: p.duration,
          amount: p.amount,
          currency: p.currency,
          date: date?.date ?? null,
          inferred: who.inferred || p.carried,
          mention: spanOf(text, p.start, p.end),
        });
      }
    }
    // the group a later "they" may refer to: this sentence's recipients, else a list named in it
    const named = lastGroup(text, sentMentions, ms);
    if (recipients.length > 1) group = { persons: recipients, paraStart };
    else if (named.length > 1) group = { persons: named, paraStart };
  }
  return dedupe(out);
}

/** One entry per (person, kind, duration, amount, phrase); a vague fine told again with its amount nearby is dropped. */
function dedupe(ps: Penalty[]): Penalty[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    if (p.type === 'fine' && p.amount === null && ps.some((q) => q !== p && q.type === 'fine' && q.person === p.person && q.amount !== null && Math.abs(q.mention.start - p.mention.start) < 600)) return false;
    const k = `${p.person}|${p.type}|${p.duration}|${p.amount}|${p.mention.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
