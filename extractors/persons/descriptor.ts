/**
 * findDescriptor(text, mention): the role words the text attaches to a person,
 * right before the name or in an apposition right after it.
 * Example: "political activist Zhambyl Kobeysinov" -> "political activist";
 * "Dana Duisekenova, a journalist from ..." -> "journalist"; "President Tokayev" -> "president";
 * "Minister of Information Dauren Abayev" -> "Minister of Information".
 */
import type { Span } from '../../src/contract';
import { OFFICE_BEFORE, ROLE_BEFORE, roleAfter } from './rules';

/** How far from the name a descriptor may start, in characters. */
const WINDOW_CHARS = 80;

export function findDescriptor(text: string, mention: Span): string | null {
  if (mention.start < 0 || mention.end > text.length || mention.start >= mention.end) return null;
  // Stay inside the sentence: stop at the last sentence end or line break before the name.
  let from = Math.max(0, mention.start - WINDOW_CHARS);
  const head = text.slice(from, mention.start);
  const cut = Math.max(head.lastIndexOf('\n'), head.search(/[.!?;:][^.!?;:]*$/));
  if (cut >= 0) from += cut + 1;
  const window = text.slice(from, mention.start);
  const office = OFFICE_BEFORE.exec(window);
  if (office && /\bof\b|\bfor\b/.test(office[1])) return tidy(office[1]);
  // Role words are common nouns: "Journalist Daniyar Inzhigliev" at a sentence start gives "journalist".
  const before = ROLE_BEFORE.exec(window);
  if (before) return tidy(before[1]).toLowerCase();
  const after = roleAfter(text.slice(mention.end, Math.min(text.length, mention.end + WINDOW_CHARS)));
  if (after) return tidy(after).toLowerCase();
  return null;
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/,$/, '').trim();
}
