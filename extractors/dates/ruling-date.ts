/**
 * rulingDateNear(text, dates, span, sentences): the date of the ruling told in
 * a span, for penalties and records. "On 13th December 2019, the court
 * sentenced X to six months" → the 2019-12-13 mention.
 */
import type { DateEntity, Span } from '../../src/contract';
import { indexHolding } from '../nlp/analysis';

/**
 * The date of a ruling told in a span: the nearest day (or month) in the same
 * sentence, preferring dates before the span; else the first date of the
 * closest earlier sentence of the paragraph that speaks of a court or verdict.
 */
export function rulingDateNear(
  text: string,
  dates: readonly DateEntity[],
  span: { start: number; end: number },
  sentences: readonly { start: number; end: number }[],
): DateEntity | null {
  const si = indexHolding(sentences, span.start);
  if (si < 0) return null;
  const sent = sentences[si];
  const dated = datesIn(dates, sent).filter((d) => !isContextDate(text, d.mention, sent));
  // "fined on 15 May, and on Friday a second judge sentenced X": another day named in between cuts the date off
  const inSent = dated.filter((d) => !OTHER_DAY.test(d.mention.end <= span.start ? text.slice(d.mention.end, span.start) : text.slice(span.end, d.mention.start)));
  if (dated.length > 0 && inSent.length === 0) return null;
  if (inSent.length > 0) {
    let best = inSent[0];
    let bestScore = Infinity;
    for (const d of inSent) {
      const before = d.mention.end <= span.start;
      const dist = before ? span.start - d.mention.end : (d.mention.start - span.end) * 1.5;
      const score = Math.max(0, dist) + (d.date.length === 7 ? 40 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  }
  // walk back within the paragraph (a blank line ends it), at most two sentences
  for (let i = si - 1; i >= 0 && i >= si - 2; i--) {
    const s = sentences[i];
    if (/\n\s*\n/.test(text.slice(s.end, sentences[i + 1].start)) || /\n\s*\n/.test(text.slice(s.start, s.end))) break;
    const body = text.slice(s.start, s.end);
    if (!RULING_CUE.test(body)) continue;
    const first = datesIn(dates, s).find((d) => !isContextDate(text, d.mention, s));
    if (first) return first;
  }
  return null;
}

/** Dates (sorted by position) whose mention lies inside the span. */
function datesIn(dates: readonly DateEntity[], s: { start: number; end: number }): DateEntity[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].mention.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: DateEntity[] = [];
  for (let i = lo; i < dates.length && dates[i].mention.start < s.end; i++) if (dates[i].mention.end <= s.end) out.push(dates[i]);
  return out;
}

/** A day named without a date: "on Friday", "the next day", "a week later", "yesterday". */
const OTHER_DAY = /\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the\s+(?:next|following)\s+(?:day|week|month)|(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?|months?)\s+later|yesterday|today)\b/i;

const RULING_CUE = /\b(?:court|judge|sentenced|convicted|found\s+\w+(?:\s+\w+)?\s+guilty|fined|ruled|verdict|jailed)\b/i;

/** Dates that tell of the events behind a case, not its ruling: "for a rally between 26th and 27th November". */
function isContextDate(text: string, d: Span, sent: { start: number }): boolean {
  const before = text.slice(Math.max(sent.start, d.start - 40), d.start);
  return /\b(?:between|since|from|until|after|before|participat\w*|rally|protest|demonstration)\b[^.;]{0,25}$/i.test(before) && !/\bon\s+(?:the\s+night\s+of\s+)?$/i.test(before);
}
