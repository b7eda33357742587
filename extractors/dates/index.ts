/**
 * extractDates(text, {published}) finds every calendar day or month mention:
 * "On 13th December 2019" → { date: "2019-12-13", mention: "13th December 2019" };
 * "in September 2019" → "2019-09". Days without a year are resolved from the
 * publication date (or a dated dateline) only when that is safe.
 */
import type { DateEntity } from '../../src/contract';
import { spanOf } from '../nlp/spans';
import { MONTH_WORDS } from './data/months';
import { DATE_RULES, DATELINE, DAY_IN_LIST, FUTURE_CUE, MONTH_IN_LIST } from './rules';

export interface DateOptions {
  /** ISO day that anchors dates written without a year */
  published?: string | null;
}

/** How far before the anchor a yearless date may fall and still be resolved (one year). */
const MAX_YEARLESS_BACK_DAYS = 366;
/** A yearless date may lie a little after the anchor: publication dates lag the dateline, and a page speaks of the coming days ("ahead of the Nov. 6 election" on Nov 5, "the September 18 trial date" on August 9). */
const MAX_YEARLESS_AHEAD_DAYS = 60;

interface Found {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
  rule: string;
}

function monthNumber(word: string): number {
  const w = word.replace(/\.$/, '');
  const key = w[0] + w.slice(1).toLowerCase();
  return MONTH_WORDS[key] ?? MONTH_WORDS[w] ?? 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoOf(f: { year: number; month: number; day: number | null }): string {
  return f.day === null ? `${f.year}-${pad(f.month)}` : `${f.year}-${pad(f.month)}-${pad(f.day)}`;
}

function toUtc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/** The day anchoring yearless dates: the publication date, else a fully dated dateline. */
function anchorOf(text: string, published: string | null | undefined): { y: number; m: number; d: number } | null {
  const p = published && /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (p) return { y: +p[1], m: +p[2], d: +p[3] };
  DATELINE.lastIndex = 0;
  const head = text.slice(0, 600);
  const dl = DATELINE.exec(head);
  // ... else a page's timestamp at its head: "Updated July 23, 2012, 7:10 p.m. ET", "November 12th, 2012 at 04:00 PM"
  const stamp = dl?.groups ? null : HEADER_STAMP.exec(text.slice(0, 400));
  const told = dl?.groups?.date ?? stamp?.groups?.date ?? stamp?.groups?.date2;
  if (!told) return null;
  const m = /([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(told);
  if (!m) return null;
  const month = monthNumber(m[1]);
  return month ? { y: +m[3], m: month, d: +m[2] } : null;
}

/** a full date with a clock time after it, or opening the page: a page's own timestamp */
const HEADER_STAMP = /(?:\b(?:Updated|Posted|Published)\s*:?\s*)?(?<date>\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)(?=[^\n]{0,25}?\b\d{1,2}:\d{2})|^\s*(?<date2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\b/;

/** A year told relative to the anchor right after a yearless date: "March last year", "May of next year". */
const RELATIVE_YEAR = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;

/** An anaphoric year right after a yearless date: "on 25 June that year", "October 22 of the same year". */
const THAT_YEAR = /^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/i;
/** A year stated just before a yearless date in the same clause: "in 2003 between July 10 and 12". */
const YEAR_JUST_BEFORE = /\bin\s+((?:1[89]|20)\d\d)\b[^.;!?]{0,32}$/;
/** The last year written before a position, for "that year" (looked for this far back). */
const YEAR_MENTION = /(?<![\d.\/-])(?:1[89]|20)\d\d(?![\d\/-]|\.\d)/g;
const THAT_YEAR_BACK_CHARS = 800;

function lastYearBefore(text: string, at: number): number | null {
  let year: number | null = null;
  for (const m of text.slice(Math.max(0, at - THAT_YEAR_BACK_CHARS), at).matchAll(YEAR_MENTION)) year = +m[0];
  return year;
}

/** How far back from a yearless date a future-tense cue may stand ("will deliver its verdict in the trial of ... on 9 July"). */
const FUTURE_CUE_BACK_CHARS = 140;

/** How far ahead of the anchor a yearless date told in the future tense may fall ("will hear the appeal on 19 April"). */
const MAX_YEARLESS_FUTURE_DAYS = 200;

/**
 * Resolves a yearless month/day against the anchor: the latest year not after
 * it (within a year), or, when the sentence speaks of the future, the nearest
 * year ahead of it.
 */
function resolveYear(month: number, day: number | null, anchor: { y: number; m: number; d: number } | null, future: boolean): number | null {
  if (!anchor) return null;
  const a = toUtc(anchor.y, anchor.m, anchor.d);
  const years = future ? [anchor.y, anchor.y + 1] : [anchor.y, anchor.y - 1];
  for (const y of years) {
    const d = day ?? 1;
    if (d > daysInMonth(y, month)) continue;
    const t = toUtc(y, month, day ?? (future ? daysInMonth(y, month) : 1));
    const diffDays = (a - t) / 86_400_000;
    // (a month alone a little ahead is last year's: "punished in March", written in January)
    if (future ? diffDays <= 0 && -diffDays <= MAX_YEARLESS_FUTURE_DAYS : diffDays >= -(day === null ? 0 : MAX_YEARLESS_AHEAD_DAYS) && diffDays <= MAX_YEARLESS_BACK_DAYS) return y;
  }
  return null;
}

interface Group {
  start: number;
  end: number;
  order: number;
  entries: Found[];
}

const SLASHED_ALL = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:1[89]\d\d|20\d\d|\d\d)(?![\d/])/g;

/**
 * The order a document writes slashed dates in, told by those with a part over 12: "15/3/2024" says day first,
 * "3/15/2024" month first; none, or both, leave ambiguous ones ("4/3/2024") unread.
 */
function slashedOrder(text: string): 'day-first' | 'month-first' | null {
  if (!text.includes('/')) return null;
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(SLASHED_ALL)) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/** Every rule's matches, one group per match (a list of days is one group of several entries). */
function collect(text: string): Group[] {
  const groups: Group[] = [];
  const slashOrder = slashedOrder(text);
  DATE_RULES.forEach((rule, order) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const g = m.groups ?? {};
      const year = g.year ? +g.year : g.yy ? 2000 + +g.yy : null;
      if (g.a !== undefined) {
        // slashed dates: the part over 12 is the day; ambiguous ones are left out
        const a = +g.a;
        const b = +g.b;
        if (a > 12 && b > 12) continue;
        // "4/3/2024": ambiguous alone, read in the order the document's unambiguous slashed dates use
        const dayFirst = a > 12 || (b <= 12 && slashOrder === 'day-first');
        if (a <= 12 && b <= 12 && slashOrder === null) continue;
        g.day = String(dayFirst ? a : b);
        g.month = String(dayFirst ? b : a);
      }
      const month = g.months !== undefined ? 1 : /^\d/.test(g.month) ? +g.month : monthNumber(g.month);
      if (!month) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      const entries: Found[] = [];
      if (g.days !== undefined) {
        const daysStart = start + m[0].indexOf(g.days, rule.name === 'month-day' ? g.month.length : 0);
        const days: Array<{ day: number; s: number; e: number }> = [];
        DAY_IN_LIST.lastIndex = 0;
        for (let d = DAY_IN_LIST.exec(g.days); d; d = DAY_IN_LIST.exec(g.days)) {
          days.push({ day: +d.groups!.day, s: daysStart + d.index, e: daysStart + d.index + d[0].length });
        }
        const monthFirst = rule.name === 'month-day';
        days.forEach((d, i) => {
          const s = monthFirst && i === 0 ? start : d.s;
          const e = i === days.length - 1 ? end : d.e;
          entries.push({ start: s, end: e, year, month, day: d.day, rule: rule.name });
        });
      } else if (g.months !== undefined) {
        MONTH_IN_LIST.lastIndex = 0;
        const ms = [...g.months.matchAll(MONTH_IN_LIST)];
        ms.forEach((mm, i) => {
          const s = start + (mm.index ?? 0);
          const e = i === ms.length - 1 ? end : s + mm[0].length;
          entries.push({ start: s, end: e, year, month: monthNumber(mm[0]), day: null, rule: rule.name });
        });
      } else {
        entries.push({ start, end, year, month, day: g.day ? +g.day : null, rule: rule.name });
      }
      groups.push({ start, end, order, entries });
    }
  });
  return groups;
}

/**
 * Keeps the longest match where matches overlap (earlier rules win ties), in
 * text order. One sweep over matches sorted by start: a match that overlaps
 * the last kept one replaces it only when it is better.
 */
function dropOverlaps(groups: Group[]): Found[] {
  const better = (a: Group, b: Group): boolean => a.end - a.start > b.end - b.start || (a.end - a.start === b.end - b.start && a.order < b.order);
  const sorted = [...groups].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Group[] = [];
  for (const g of sorted) {
    const last = kept[kept.length - 1];
    if (last && g.start < last.end) {
      if (better(g, last)) kept[kept.length - 1] = g;
      continue;
    }
    kept.push(g);
  }
  return kept.flatMap((g) => g.entries);
}

function valid(year: number, month: number, day: number | null): boolean {
  return month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= daysInMonth(year, month)));
}

export function extractDates(text: string, opts: DateOptions = {}): DateEntity[] {
  const anchor = anchorOf(text, opts.published);
  const out: DateEntity[] = [];
  const found = dropOverlaps(collect(text));
  // "Dec. 1 and Dec. 8, 2019": a yearless date coordinated with a dated one shares its year; from the end, so that
  // "24 April, 15 June and 6 November 2007" hands the year down the whole list
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i];
    const next = found[i + 1];
    // (a schedule lists with semicolons: "24 and 26 October; 9 and 30 November; and 14 December 2011")
    if (f.year === null && next.year != null && /^\s*(?:,|;|and|or|to|through|until|-|–|, and|; and)\s*$/.test(text.slice(f.end, next.start))) {
      f.year = f.month <= next.month ? next.year : next.year - 1;
    }
  }
  for (const f of found) {
    // "Earlier that October": the year of the last dated mention of that month, else the last year written
    if (f.rule === 'that-month') {
      const same = [...out].reverse().find((o) => +o.date.slice(5, 7) === f.month);
      const year = same ? +same.date.slice(0, 4) : lastYearBefore(text, f.start);
      if (year !== null) out.push({ date: isoOf({ year, month: f.month, day: null }), mention: spanOf(text, f.start, f.end) });
      continue;
    }
    const future = f.year === null && FUTURE_CUE.test(text.slice(Math.max(0, f.start - FUTURE_CUE_BACK_CHARS), f.start));
    // "in March last year", "in May next year": the year is told relative to the anchor
    const relative = f.year === null && anchor ? RELATIVE_YEAR.exec(text.slice(f.end, f.end + 16)) : null;
    const relYear = relative && anchor ? anchor.y + (relative[1].toLowerCase() === 'last' ? -1 : relative[1].toLowerCase() === 'next' ? 1 : 0) : null;
    // "25 June that year": the year last written; "in 2003 between July 10 and 12": the year just stated
    const anaphoric = f.year === null && THAT_YEAR.test(text.slice(f.end, f.end + 24)) ? lastYearBefore(text, f.start) : null;
    const stated = f.year === null ? YEAR_JUST_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start)) : null;
    const year = f.year ?? anaphoric ?? (stated ? +stated[1] : null) ?? relYear ?? (future ? resolveYear(f.month, f.day, anchor, true) : null) ?? resolveYear(f.month, f.day, anchor, false);
    if (year === null) continue;
    if (!valid(year, f.month, f.day)) continue;
    out.push({ date: isoOf({ year, month: f.month, day: f.day }), mention: spanOf(text, f.start, f.end) });
  }
  return out;
}

export { rulingDateNear } from './ruling-date';
