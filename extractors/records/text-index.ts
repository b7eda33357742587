/** Where things are in a text: the sentence at an offset, the paragraph around it, the nearest named court. */
import { type Analysis, indexHolding } from '../nlp/analysis';
import type { Entities, Span } from '../../src/contract';

export function sentenceIndexAt(sentences: readonly Span[], at: number): number {
  return indexHolding(sentences, at);
}

/** The nearest named court: in the sentence first, else the closest before it in the paragraph. */
const courtMentionCache = new WeakMap<Entities, Array<{ name: string; m: Span }>>();

export function courtNear(a: Analysis, entities: Entities, sentence: Span): string | null {
  let mentions = courtMentionCache.get(entities);
  if (!mentions) {
    mentions = entities.courts.flatMap((c) => c.mentions.map((m) => ({ name: c.name, m })));
    courtMentionCache.set(entities, mentions);
  }
  const inSent = mentions.filter((x) => x.m.start >= sentence.start && x.m.end <= sentence.end);
  if (inSent.length > 0) return inSent[0].name;
  const para = a.paragraphAt(sentence.start);
  const before = mentions.filter((x) => x.m.start >= para.start && x.m.end <= sentence.start).sort((a, b) => b.m.start - a.m.start);
  return before[0]?.name ?? null;
}

