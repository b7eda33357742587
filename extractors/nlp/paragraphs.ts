/**
 * Paragraph bounds: a blank line ends a paragraph, and so does a line that
 * starts a bullet ("• ", "- ", "1. "). findParagraphStarts(text) -> [0, ...];
 * the Analysis (nlp/analysis.ts) turns them into bounds once per document.
 */
const PARAGRAPH_BREAK = /\n[ \t]*\n|\n(?=[ \t]*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s)/g;

export function findParagraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(PARAGRAPH_BREAK)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}
