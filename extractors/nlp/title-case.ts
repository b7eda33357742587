/**
 * Title-case lines (headlines written "Court Jails Radio Director Over Coverage Of Protest"): every word
 * capitalised, so capitals there say nothing about names. Example: isTitleCaseLine(text, 0) -> true for such a first line.
 */

/** Small words that a title-case headline capitalises and running text does not. */
const HEADLINE_FUNCTION_WORDS = new Set(['Of', 'In', 'On', 'Over', 'For', 'Against', 'As', 'And', 'After', 'With', 'From', 'To', 'Into', 'At', 'By', 'Are', 'Is', 'His', 'Her', 'Their', 'Its', 'Be', 'Was', 'Were', 'Amid', 'Under', 'Despite']);
/** Fewest long words a line needs before it can be told to be a headline. */
const MIN_LONG_WORDS = 4;
/** Headlines are short; a longer line is running text. */
const MAX_HEADLINE_CHARS = 240;

let memo: { text: string; lines: Array<{ start: number; end: number; title: boolean }> } = { text: '', lines: [] };

function isTitleCase(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS) return false;
  const words = line.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (long.length < MIN_LONG_WORDS || long.some((w) => !/^\p{Lu}/u.test(w))) return false;
  return words.slice(1).some((w) => HEADLINE_FUNCTION_WORDS.has(w));
}

/** True when the line holding offset `at` is a title-case headline. Lines are read once per text. */
export function isTitleCaseLine(text: string, at: number): boolean {
  if (memo.text !== text) {
    const lines: Array<{ start: number; end: number; title: boolean }> = [];
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // only short lines can be headlines: skip the test (and its regexes) for paragraphs
      if (end - start <= MAX_HEADLINE_CHARS && end > start) {
        const title = isTitleCase(text.slice(start, end));
        if (title) lines.push({ start, end, title });
      }
      start = end + 1;
    }
    memo = { text, lines };
  }
  return memo.lines.some((l) => l.start <= at && at < l.end);
}
