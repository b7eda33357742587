/**
 * Paragraph bounds: a blank line ends a paragraph, and so does a line that
 * starts a bullet ("• ", "- ", "1. "). paragraphOf(text, at) -> { start, end }.
 */
const PARAGRAPH_BREAK = /\n[ \t]*\n|\n(?=[ \t]*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s)/g;

// The starts are found once per text: every extractor asks about the same document.
let paragraphMemo: { text: string; starts: number[] } = { text: '', starts: [0] };
export function paragraphOf(text: string, at: number): { start: number; end: number } {
  if (paragraphMemo.text !== text) {
    const starts = [0];
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
  const next = lo + 1 < st.length ? st[lo + 1] - 1 : text.length;
  return { start: st[lo], end: next };
}
