/**
 * analyse(doc) -> Analysis: the one analysed document every extractor reads,
 * built once per call of extractEntities (chrono's ParsingContext, eyecite's
 * Document). It holds the text, its sentences, paragraphs and words, and the
 * lookups "which sentence / paragraph holds offset N" by binary search.
 * Example: analyse({ text: 'He left. She stayed.' }).sentenceAt(10)?.text === 'She stayed.'
 */
import type { Span } from '../../src/contract';
import { splitSentences } from './sentences';
import { findParagraphStarts } from './paragraphs';
import { titleCaseLines } from './title-case';

export interface Bounds { start: number; end: number }

/** A word with its offsets: letters, digits, inner hyphens and apostrophes ("Kasym-Zhomart", "O'Brien"). */
export interface Token extends Bounds { text: string }

export interface Analysis {
  readonly text: string;
  readonly published: string | null;
  readonly sentences: readonly Span[];
  /** paragraph bounds, in order: a blank line or a bullet starts a new one */
  readonly paragraphs: readonly Bounds[];
  /** the words of the text, computed on first use */
  readonly tokens: readonly Token[];
  /** index of the sentence holding offset `at`, or -1 (between sentences) */
  sentenceIndexAt(at: number): number;
  sentenceAt(at: number): Span | null;
  paragraphAt(at: number): Bounds;
  /** true when the line holding `at` is a title-case headline ("Court Jails Editor Over Post") */
  isHeadline(at: number): boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** First index in `items` (sorted by start) whose start is >= `at`. */
export function lowerBound(items: readonly Bounds[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items (sorted by start) lying wholly inside [start, end): the one range query every extractor needs. */
export function within<T extends Bounds>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i].start < end; i++) if (items[i].end <= end) out.push(items[i]);
  return out;
}

/** Index of the span (sorted, not overlapping) holding offset `at`, or -1. */
export function indexHolding(spans: readonly Bounds[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function analyse(doc: { text: string; published?: string | null }): Analysis {
  const text = doc.text;
  const sentences = splitSentences(text);
  const starts = findParagraphStarts(text);
  const paragraphs: Bounds[] = starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] - 1 : text.length }));
  let tokens: Token[] | null = null;
  let headlines: Bounds[] | null = null;
  return {
    text,
    published: doc.published ?? null,
    sentences,
    paragraphs,
    get tokens(): readonly Token[] {
      if (!tokens) tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
      return tokens;
    },
    sentenceIndexAt: (at) => indexHolding(sentences, at),
    sentenceAt: (at) => sentences[indexHolding(sentences, at)] ?? null,
    paragraphAt(at) {
      // the last paragraph starting at or before `at`
      const i = Math.max(0, lowerBound(paragraphs, at + 1) - 1);
      return paragraphs[i] ?? { start: 0, end: text.length };
    },
    isHeadline(at) {
      headlines ??= titleCaseLines(text);
      const i = lowerBound(headlines, at + 1) - 1;
      return i >= 0 && headlines[i].start <= at && at < headlines[i].end;
    },
  };
}

/** Extractors take an Analysis; a bare string (tests, old callers) is analysed on the spot. */
export function asAnalysis(input: string | Analysis): Analysis {
  return typeof input === 'string' ? analyse({ text: input }) : input;
}
