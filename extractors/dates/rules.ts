/**
 * Date patterns (chrono-style: one regex per shape, named groups, an example above each).
 * Month names come from data/months.ts; all patterns are global and case-sensitive.
 */
import { alternation } from '../nlp/alternation';
import { MONTH_ONLY_CUES, MONTH_WORDS } from './data/months';

const UPPER_MONTHS = Object.keys(MONTH_WORDS).map((m) => m.toUpperCase());
const ABBREVIATED = Object.keys(MONTH_WORDS).filter((m) => m.length <= 4 && m !== 'May' && m !== 'June' && m !== 'July');
const FULL = Object.keys(MONTH_WORDS).filter((m) => !ABBREVIATED.includes(m));
/** "December", "Dec", "Dec." (a dot only after an abbreviation: "April." ends a sentence), "DEC" (datelines) */
export const MONTH = `(?:(?:${alternation([...FULL, ...UPPER_MONTHS])})(?![A-Za-z])|(?:${alternation(ABBREVIATED)})(?![a-z])\\.?)`;
const ORD = '(?:st|nd|rd|th)?';
const DAY = `(?:[12]\\d|3[01]|0?[1-9])${ORD}`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
/** separators inside a list of days: "26th and 27th", "5, 6 and 7", "13-14", "5 to 10" */
const DAY_SEP = '(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or|to|&)\\s+|\\s*[-–—]\\s*)(?:the\\s+)?';

export interface DateRule { name: string; re: RegExp }

export const DATE_RULES: readonly DateRule[] = [
  // "2019-12-13", "2019/12/13"
  { name: 'iso', re: new RegExp(`(?<![\\d.\\/-])(?<year>${YEAR})(?<sep>[-/])(?<month>0[1-9]|1[0-2])\\k<sep>(?<day>0[1-9]|[12]\\d|3[01])(?![\\d\\/-])`, 'g') },
  // "13.12.2019" (day first, the European order these sources use)
  { name: 'dotted', re: new RegExp(`(?<![\\d.])(?<day>0?[1-9]|[12]\\d|3[01])\\.(?<month>0?[1-9]|1[0-2])\\.(?<year>${YEAR})(?![\\d]|\\.\\d)`, 'g') },
  // "21/03/2022" (day first) or "03/21/2022" (month first): only when a part over 12 tells which is which
  { name: 'slashed', re: new RegExp(`(?<![\\d/])(?<a>0?[1-9]|[12]\\d|3[01])\\/(?<b>0?[1-9]|[12]\\d|3[01])\\/(?<year>${YEAR})(?![\\d/])`, 'g') },
  // "04/03/24" (a two-digit year, read as 20xx; the day/month order as for "21/03/2022")
  { name: 'slashed', re: /(?<![\d/.])(?<a>0?[1-9]|[12]\d|3[01])\/(?<b>0?[1-9]|[12]\d|3[01])\/(?<yy>\d{2})(?![\d/])/g },
  // "between 26th and 27th November 2019", "on 5 and 6 March 2020", "13 December 2019", "the 13th of Dec. 2019", "3 January"
  // (not paragraph numbers before a judgment's date: "§§ 28 and 29, 5 November 2020")
  {
    name: 'day-month',
    re: new RegExp(`(?=\\d)(?<![\\d.,:/])(?<!(?:\\b(?:[Aa]rticles?|Art\\.|[Pp]arts?|No\\.|[Pp]aragraphs?|Section|[Cc]lause)|§)\\s)(?<!§§?\\s*\\d{1,3}(?:\\s*(?:,|and|-|–)\\s*\\d{1,3})*\\s*(?:and|-|–)\\s*)(?<days>${DAY}(?:${DAY_SEP}${DAY}){0,6})(?:\\s+of)?\\s+(?<month>${MONTH})(?: ?,?\\s+(?:of\\s+)?(?<year>${YEAR})(?!\\d))?`, 'g'),
  },
  // "December 13, 2019", "Dec 20", "November 26 and 27, 2019", "July 10 or 11 of 2003" ("February 19 , 2005": some wire
  // and wiki texts space a comma)
  {
    name: 'month-day',
    re: new RegExp(`(?<month>${MONTH})\\s+(?<days>${DAY}(?:${DAY_SEP}${DAY}){0,6})(?![\\d%]|:\\d)(?: ?,?\\s+(?:of\\s+)?(?<year>${YEAR})(?!\\d))?`, 'g'),
  },
  // "September and October 2019", "from April to early June 2021"
  {
    name: 'month-list',
    re: new RegExp(`(?<months>${MONTH}(?:(?:\\s*,\\s*|\\s+(?:and|to|through|until|or)\\s+|\\s*[-–]\\s*)(?:(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of)[-\\s]+)?${MONTH}){1,11}),?\\s+(?<year>${YEAR})(?!\\d)`, 'g'),
  },
  // "between August and October" (yearless month lists only after a time cue)
  {
    name: 'month-list',
    re: new RegExp(`(?<=\\b(?:between|from|in|during|since|In|Between|From|During|Since)\\s)(?<months>${MONTH}(?:(?:\\s*,\\s*|\\s+(?:and|to|through|until|or)\\s+|\\s*[-–]\\s*)(?:(?:early|mid|late)[-\\s]+)?${MONTH}){1,11})(?![\\w-]|,?\\s+\\d)`, 'g'),
  },
  // "September 2019", "Sept. 2019", "February of 2006"
  { name: 'month-year', re: new RegExp(`(?<month>${MONTH}),?\\s+(?:of\\s+)?(?<year>${YEAR})(?!\\d)`, 'g') },
  // "in September" (month without a year, only after a time cue)
  // "Earlier that October", "by that same March": the month of a year the text has just spoken of
  { name: 'that-month', re: new RegExp(`(?<=\\b(?:[Ee]arlier|[Ll]ater|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Mm]iddle of)\\s+that\\s+(?:same\\s+)?)(?<month>${MONTH})(?![\\w-]|\\s+\\d)`, 'g') },
  { name: 'month-only', re: new RegExp(`(?<=\\b(?:${alternation(MONTH_ONLY_CUES)})\\s?)(?<month>${MONTH})(?![\\w-]|\\s+\\d)`, 'g') },
];

/** one month inside a "months" group: "September" */
export const MONTH_IN_LIST = new RegExp(MONTH, 'g');

/** Future tense before a yearless date: "will hear the appeal on 19 April", "verdicts expected in March". */
export const FUTURE_CUE = /\b(?:will|would|shall|due|scheduled|set\s+for|is\s+to|are\s+to|expected|next|upcoming|planned|postponed\s+(?:to|until)|adjourned\s+(?:to|until)|until)\b[^.;!?]{0,130}$/i;

/** one day inside a "days" group: "26th" */
export const DAY_IN_LIST = /(?<day>\d{1,2})(?:st|nd|rd|th)?/g;

/** A wire dateline at the start of a paragraph: "ALMATY, Dec 20 (Reuters) -", "BISHKEK, Kyrgyzstan, March 3 --" */
export const DATELINE = new RegExp(`(?:^|\\n)[A-Z][A-Z .'-]{2,30}(?:,\\s*[A-Z][A-Za-z ]{2,30})?,\\s+(?<date>${MONTH}\\s+\\d{1,2}(?:,?\\s+${YEAR})?)`, 'g');
