/**
 * A fast regex sentence splitter returning spans into the text.
 * Example: splitSentences('Mr. A. Ivanov left. He returned.') gives two spans:
 * "Mr. A. Ivanov left." and "He returned.". Line breaks always end a sentence.
 */
import type { Span } from '../../src/contract';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS } from './data/abbreviations';
import { trimSpan } from './spans';

const NUMBER_ABBREVIATION_SET = new Set(NUMBER_ABBREVIATIONS);
const ABBREVIATION_SET = new Set(ABBREVIATIONS.filter((a) => !NUMBER_ABBREVIATION_SET.has(a)));

// A terminator run with its closing quotes/brackets, or a line break.
// Example matches: ". ", "?” ", ".\n", "\n\n".
const CANDIDATE = /[.!?…]+["'”’»)\]]*(?=\s|$)|\n/g;
// What may start the next sentence: an opening quote/bracket, then a capital or digit.
const NEXT_START = /^\s*["'“‘«(\[]?[\p{Lu}\p{N}]/u;
// Sentences glued without a space: "payments.According" (lower-case word, period, capitalised word).
const GLUED = /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll}+\b)/gu;
// A lone period (not "?", "!" or an ellipsis), possibly before closing quotes.
const SINGLE_PERIOD = /^\.["'”’»)\]]*$/;
// The word just before a period, to test for abbreviations and initials.
const WORD_BEFORE = /([\p{L}.]+)$/u;

/** True when the period at `dot` ends an abbreviation or an initial, not a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const head = text.slice(Math.max(0, dot - 24), dot);
  const m = WORD_BEFORE.exec(head);
  if (!m) return false;
  const word = m[1];
  // Initials, including Cyrillic digraphs: "A.", "Zh."
  if (/^\p{Lu}$/u.test(word) || /^(Zh|Sh|Ch|Kh|Ts|Yu|Ya|Yo|Ye)$/.test(word)) return true;
  // Dotted acronyms and Latin abbreviations: "U.S", "e.g", "i.e"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (NUMBER_ABBREVIATION_SET.has(lower)) return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  return ABBREVIATION_SET.has(lower);
}

/** How far back an opening bracket may stand for a period before its ")" to be inside it. */
const BRACKET_REACH_CHARS = 200;

/** True when an opening "(" before `at`, on the same line and near, is not closed before it. */
function insideBracket(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && at - open <= BRACKET_REACH_CHARS && text.lastIndexOf(')', at) < open && !text.slice(open, at).includes('\n');
}

/** Sentence spans of a text; extractors read them from the Analysis (nlp/analysis.ts), split once per document. */
export function splitSentences(text: string): Span[] {
  const cuts: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '\n') { cuts.push(m.index); continue; }
    const rest = text.slice(end, end + 8);
    if (rest.length > 0 && !NEXT_START.test(rest)) continue;
    if (SINGLE_PERIOD.test(m[0]) && isAbbreviation(text, m.index)) continue;
    // "(Prohibition, Prevention, etc.) Act 2015": a period closing a bracket opened in the same sentence ends the bracket only
    if (/^\.\)$/.test(m[0]) && insideBracket(text, m.index)) continue;
    cuts.push(end);
  }
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) cuts.push(m.index + 1);
  cuts.sort((a, b) => a - b);

  const spans: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= start) continue;
    for (const piece of boundedPieces(text, start, cut)) {
      const span = trimSpan(text, piece[0], piece[1]);
      if (span.end > span.start) spans.push(span);
    }
    start = cut;
  }
  return spans;
}

/**
 * The longest sentence the extractors are given. Real sentences stay well under it (the longest in both
 * corpora is about 3,000 characters); a page without stops (a table, a list, a run of words) would otherwise
 * be one sentence that each extractor scans once per mention, which grows with its square.
 */
export const MAX_SENTENCE_CHARS = 5000;

/** [start, end) cut into pieces of at most MAX_SENTENCE_CHARS, at a semicolon, a comma or a space when one is near the limit. */
function boundedPieces(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start + MAX_SENTENCE_CHARS / 2, start + MAX_SENTENCE_CHARS);
    const at = [window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' ')].find((i) => i >= 0);
    const cut = at === undefined ? start + MAX_SENTENCE_CHARS : start + MAX_SENTENCE_CHARS / 2 + at + 1;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
  return out;
}
