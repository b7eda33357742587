/** Where things are in a text: the sentence at an offset, the paragraph around it, the nearest named court. */
import type { Entities, Span } from '../../src/contract';

export function sentenceIndexAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Where a new paragraph starts: after a blank line, or at a bulleted line. */
const PARAGRAPH_BREAK = /\n[ \t]*\n|\n(?=[ \t]*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s)/g;

/** Paragraph starts of a text (a blank line ends a paragraph), memoised for the text being built. */
let paragraphMemo: { text: string; starts: number[] } = { text: '', starts: [0] };
export function paragraphOf(text: string, at: number): { start: number; end: number } {
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
  const next = lo + 1 < st.length ? st[lo + 1] - 1 : text.length;
  return { start: st[lo], end: next };
}

/** The nearest named court: in the sentence first, else the closest before it in the paragraph. */
const courtMentionCache = new WeakMap<Entities, Array<{ name: string; m: Span }>>();

export function courtNear(text: string, entities: Entities, sentence: Span): string | null {
  let mentions = courtMentionCache.get(entities);
  if (!mentions) {
    mentions = entities.courts.flatMap((c) => c.mentions.map((m) => ({ name: c.name, m })));
    courtMentionCache.set(entities, mentions);
  }
  const inSent = mentions.filter((x) => x.m.start >= sentence.start && x.m.end <= sentence.end);
  if (inSent.length > 0) return inSent[0].name;
  const para = paragraphOf(text, sentence.start);
  const before = mentions.filter((x) => x.m.start >= para.start && x.m.end <= sentence.start).sort((a, b) => b.m.start - a.m.start);
  return before[0]?.name ?? null;
}
