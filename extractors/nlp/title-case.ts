/**
 * Title-case lines (headlines written "Court Jails Radio Director Over Coverage Of Protest"): every word
 * capitalised, so capitals there say nothing about names. Example: titleCaseLines(text) -> [{ start: 0, end: 70 }] for such a first line.
 */

/** Small words that a title-case headline capitalises and running text does not. */
const HEADLINE_FUNCTION_WORDS = new Set(['Of', 'In', 'On', 'Over', 'For', 'Against', 'As', 'And', 'After', 'With', 'From', 'To', 'Into', 'At', 'By', 'Are', 'Is', 'His', 'Her', 'Their', 'Its', 'Be', 'Was', 'Were', 'Amid', 'Under', 'Despite']);
/** A wiki section heading line: "== Title ==". */
const WIKI_HEADING = /^\s*=={1,4}[^=].*[^=]=={1,4}\s*$/;
/** Fewest long words a line needs before it can be told to be a headline. */
const MIN_LONG_WORDS = 4;
/** Headlines are short; a longer line is running text. */
const MAX_HEADLINE_CHARS = 240;

function isTitleCase(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS) return false;
  const words = line.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (long.length < MIN_LONG_WORDS || long.some((w) => !/^\p{Lu}/u.test(w))) return false;
  // a wiki section heading ("== Premiers Back The Plan ==") is a headline even with its small words in lower case
  return WIKI_HEADING.test(line) || words.slice(1).some((w) => HEADLINE_FUNCTION_WORDS.has(w));
}

/** The title-case headline lines of a text, in order; the Analysis asks once per document. */
export function titleCaseLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // only short lines can be headlines: skip the test (and its regexes) for paragraphs
    if (end - start <= MAX_HEADLINE_CHARS && end > start && isTitleCase(text.slice(start, end))) lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}
