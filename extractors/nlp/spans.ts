/** Span helpers: every span is a half-open UTF-16 range into document.text. */
import type { Span } from '../../src/contract';

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks a range so that it starts and ends on non-space characters. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return spanOf(text, start, end);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function bySpanStart<T extends { start: number }>(a: T, b: T): number {
  return a.start - b.start;
}
