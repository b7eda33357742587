/**
 * Reads one publication date from metadata or a byline as an ISO day:
 * "2019-12-13T09:00:00Z", "13 December 2019", "Dec. 13, 2019", "13.12.2019", "13 декабря 2019 г." → "2019-12-13".
 */

/** Month names by language (prefixes of at least three letters are accepted). */
const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|janv|ene|gen|янв|січ|сту)/i, 1], [/^(feb|fév|fev|févr|feb|фев|лют)/i, 2], [/^(mar|mär|mrt|мар|бер|сак)/i, 3],
  [/^(apr|avr|abr|апр|кві|кра)/i, 4], [/^(may|mai|mei|mag|мая|май|тра)/i, 5], [/^(jun|juin|jun|giu|июн|чер)/i, 6],
  [/^(jul|juil|lug|июл|лип)/i, 7], [/^(aug|aoû|aou|ago|авг|сер|жні)/i, 8], [/^(sep|set|сен|вер)/i, 9],
  [/^(oct|okt|out|ott|окт|жов|кас)/i, 10], [/^(nov|ноя|лис)/i, 11], [/^(dec|déc|dez|dic|дек|гру|сне)/i, 12],
];

const ISO = /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\b|T)/;
const SLASHED_YMD = /\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b/;
const DMY_NUMERIC = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?([\p{L}]{3,})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})/u;
const MONTH_DAY_YEAR = /([\p{L}]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})/u;
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T|$)/;

function monthOf(word: string): number | null {
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
  return null;
}

function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseDateText(input: string): string | null {
  const s = input.trim().slice(0, 300);
  if (!s) return null;
  let m = ISO.exec(s) ?? SLASHED_YMD.exec(s) ?? COMPACT.exec(s);
  if (m) return isoDay(+m[1], +m[2], +m[3]);
  m = DMY_NUMERIC.exec(s);
  if (m) return isoDay(+m[3], +m[2], +m[1]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthOf(m[2]);
    if (month) return isoDay(+m[3], month, +m[1]);
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthOf(m[1]);
    if (month) return isoDay(+m[3], month, +m[2]);
  }
  if (/^\d{10,13}$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const d = new Date(ms);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  }
  return null;
}

/** Words that may surround a date on a dateline: weekdays, "at", "updated", time zones. */
const DATELINE_WORDS = new Set([
  'am', 'pm', 'at', 'on', 'of', 'the', 'published', 'updated', 'posted', 'last', 'modified', 'utc', 'gmt', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'ist', 'msk',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'de', 'às', 'em', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'sábado', 'domingo', 'el', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
  'le', 'à', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'um', 'uhr', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'г', 'года', 'в', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'опубликовано', 'обновлено',
]);

/** True for a line that is only a date ("12.04.2022", "May 16, 2023 2:32 PM UTC", "Posted on 3 July 2023"). */
export function isDateLine(text: string): boolean {
  if (text.length > 70 || parseDateText(text) === null) return false;
  let unknown = 0;
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    // Upper-case abbreviations of up to four letters are time zones ("AMT", "MSK").
    if (/^\p{Lu}{2,4}$/u.test(w)) continue;
    const lower = w.toLowerCase();
    if (!DATELINE_WORDS.has(lower) && monthOf(lower) === null) unknown++;
  }
  // One label word is allowed next to a date with a time ("기사입력 : 2018-09-28 17:32").
  return unknown === 0 || (unknown === 1 && /\d{1,2}:\d{2}/.test(text));
}
