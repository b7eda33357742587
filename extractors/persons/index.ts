/**
 * extractPersons(text) -> Person[]: every individual named in the text, once,
 * under the fullest form given, with every mention (surname-only and
 * transliterated ones included). Regex + gazetteers do the work; compromise
 * (with the casefile plugin) is asked only about runs of unknown capitalised words.
 * Example: extractPersons('Blogger Aibolat Bukenov was fined. Bukenov appealed.')
 *   -> [{ name: 'Aibolat Bukenov', mentions: [..2 spans] }]
 */
import type { Person, Span } from '../../src/contract';
import { compromiseLexicon, getNlp } from '../nlp/plugin';
import { splitSentences } from '../nlp/sentences';
import { findCandidates, type Candidate, type CandidateContext } from './candidates';
import { groupPersons } from './group';

export { findDescriptor } from './descriptor';
export { surnameKey } from './transliteration';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'Place', 'City', 'Country', 'Region', 'ProperNoun']);

/** Common-word test: compromise's lexicon knows it as a non-name, or the text uses it in lower case. */
function commonWordTest(text: string): CandidateContext {
  const lexicon = compromiseLexicon();
  let lowerWords: Set<string> | null = null;
  return {
    isCommonWord(word: string): boolean {
      const low = word.toLowerCase();
      const tag = lexicon[low];
      if (tag !== undefined) {
        const tags = Array.isArray(tag) ? tag : [tag];
        if (!tags.some((t) => NAME_TAGS.has(t))) return true;
      }
      if (!lowerWords) {
        lowerWords = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+/gu) ?? []);
      }
      return lowerWords.has(low);
    },
  };
}

/** Asks compromise whether a run of unknown capitalised words is a person, looking at its sentence. */
function compromiseSaysPerson(text: string, sentence: Span, candidate: Candidate): boolean {
  const doc = getNlp()(sentence.text);
  const people = doc.people().out('array') as string[];
  const want = candidate.span.text.toLowerCase();
  return people.some((p) => p.toLowerCase().replace(/[.,;:'’]+$/, '').includes(want) || want.includes(p.toLowerCase()));
}

export function extractPersons(text: string): Person[] {
  if (text.length === 0) return [];
  const ctx = commonWordTest(text);
  const full: Candidate[] = [];
  const singles: Array<{ candidate: Candidate; standalone: boolean }> = [];
  for (const sentence of splitSentences(text)) {
    for (const c of findCandidates(text, sentence, ctx)) {
      const words = c.tokens.filter((t) => /^\p{Lu}/u.test(t.text));
      if (words.length === 1) {
        singles.push({ candidate: c, standalone: !c.doubtful });
      } else if (!c.doubtful || compromiseSaysPerson(text, sentence, c)) {
        full.push(c);
      }
    }
  }
  return groupPersons(full, singles);
}
