/** The articles a proceeding charges, with their offence labels, from the sentences that tell it. */
import type { Charge, Entities, Span } from '../../src/contract';
import type { extractArticleMatches } from '../articles';
import type { Proceeding } from './proceedings';
import { sentenceIndexAt } from './text-index';
import type { Analysis } from '../nlp/analysis';

/** a sentence about a different proceeding of the same person */
const OTHER_CASE = /\b(?:another|separate|second|new|earlier|previous)\s+(?:criminal\s+)?(?:case|trial|proceedings?|charges?)\b/i;

/** the person right before it is the one convicted or charged: "X, 52, was convicted of ... under Article 369" */
const CONVICTION_CUE = /^(?:,[^;]{0,60}?,)?\s*(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|also\s+)?(?:convicted|charged|found\s+guilty|sentenced|prosecuted|indicted)\b/i;

export function chargesFor(a: Analysis, g: Proceeding, sentences: readonly Span[], articles: ReturnType<typeof extractArticleMatches>, entities: Entities, onlyProceeding: boolean): Charge[] {
  const text = a.text;
  const inSentences = (a: { mention: Span }): boolean => [...g.sentences].some((i) => a.mention.start >= sentences[i].start && a.mention.end <= sentences[i].end);
  if (articles.length === 0) return [];
  let picked = articles.filter(inSentences);
  if (picked.length === 0) {
    // sentences of the same paragraph that name the person
    const para = a.paragraphAt(g.anchor);
    const own = entities.persons.find((p) => p.name === g.person)?.mentions ?? [];
    const sentIdx = new Set(own.filter((m) => m.start >= para.start && m.end <= para.end).map((m) => sentenceIndexAt(sentences, m.start)));
    const anchorSent = sentenceIndexAt(sentences, g.anchor);
    picked = articles.filter((a) => {
      const si = sentenceIndexAt(sentences, a.mention.start);
      if (a.mention.start < para.start || a.mention.end > para.end || !sentIdx.has(si) || si > anchorSent) return false;
      // "another criminal case against him, under Article 174": a different proceeding
      return !OTHER_CASE.test(text.slice(sentences[si].start, sentences[si].end));
    });
    for (const a of picked) g.sentences.add(sentenceIndexAt(sentences, a.mention.start));
  }
  if (picked.length === 0 && onlyProceeding) {
    // the person's one proceeding: "X was convicted under Articles 369 and 130" told elsewhere in the text
    const own = entities.persons.find((p) => p.name === g.person)?.mentions ?? [];
    for (const m of own) {
      const si = sentenceIndexAt(sentences, m.start);
      if (si < 0) continue;
      const s = sentences[si];
      const body = text.slice(s.start, s.end);
      if (OTHER_CASE.test(body) || !CONVICTION_CUE.test(text.slice(m.end, Math.min(s.end, m.end + 120)))) continue;
      const here = articles.filter((a) => a.mention.start >= s.start && a.mention.end <= s.end);
      if (here.length === 0) continue;
      picked = here;
      g.sentences.add(si);
      break;
    }
  }
  const seen = new Set<string>();
  const out: Charge[] = [];
  for (const a of picked) {
    const k = `${a.article}|${a.part}|${a.code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ article: a.article, part: a.part, code: a.code, label: a.label });
  }
  return out;
}
