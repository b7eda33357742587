/** splitSentences: literal texts with the sentences expected, each span checked against the text. */
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../extractors/nlp/sentences';
import { alternation, escapeRegex } from '../../../extractors/nlp/alternation';

const CASES: Array<{ text: string; sentences: string[] }> = [
  { text: 'He left. She stayed.', sentences: ['He left.', 'She stayed.'] },
  { text: 'Mr. Tokayev spoke. Ms. Ivanova did not.', sentences: ['Mr. Tokayev spoke.', 'Ms. Ivanova did not.'] },
  { text: 'Under Art. 174 of the Code, see No. 5 of the list.', sentences: ['Under Art. 174 of the Code, see No. 5 of the list.'] },
  { text: 'He lives on St. Mark Street. It is quiet.', sentences: ['He lives on St. Mark Street.', 'It is quiet.'] },
  { text: 'A. Ivanov and Zh. Kobeysinov were fined. They appealed.', sentences: ['A. Ivanov and Zh. Kobeysinov were fined.', 'They appealed.'] },
  { text: 'The U.S. Embassy said so. Nobody else did.', sentences: ['The U.S. Embassy said so.', 'Nobody else did.'] },
  { text: 'Was he fined? Yes! He paid.', sentences: ['Was he fined?', 'Yes!', 'He paid.'] },
  { text: 'She said “I will appeal.” The court refused.', sentences: ['She said “I will appeal.”', 'The court refused.'] },
  { text: 'He was detained on 5 Dec. 2019 in Almaty.', sentences: ['He was detained on 5 Dec. 2019 in Almaty.'] },
  { text: 'He said no. Then he left.', sentences: ['He said no.', 'Then he left.'] },
  { text: 'Heading without a stop\n\nFirst paragraph. Second sentence.', sentences: ['Heading without a stop', 'First paragraph.', 'Second sentence.'] },
  { text: 'demanding better payments.According to a friend, he left.', sentences: ['demanding better payments.', 'According to a friend, he left.'] },
  { text: 'The fine was 2.5 million tenge. He paid.', sentences: ['The fine was 2.5 million tenge.', 'He paid.'] },
  { text: 'e.g. the courts of first instance. It was so.', sentences: ['e.g. the courts of first instance.', 'It was so.'] },
  { text: 'Under the Cybercrimes (Prohibition, Prevention, etc.) Act 2015 he was convicted. He appealed.', sentences: ['Under the Cybercrimes (Prohibition, Prevention, etc.) Act 2015 he was convicted.', 'He appealed.'] },
  { text: '', sentences: [] },
  { text: '   \n\n  ', sentences: [] },
];

describe('splitSentences', () => {
  test.each(CASES)('$text', ({ text, sentences }) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(sentences);
    for (const s of spans) expect(s.text).toBe(text.slice(s.start, s.end));
  });

  test('sentences are in order and do not overlap', () => {
    const text = 'One. Two? Three!\nFour “five.” Six.';
    const spans = splitSentences(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });

  test('a million-character line without stops is cut into pieces no longer than MAX_SENTENCE_CHARS that cover it', () => {
    const text = 'word '.repeat(200_000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThanOrEqual(Math.ceil(text.length / MAX_SENTENCE_CHARS));
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text).toBe(text.slice(s.start, s.end));
    }
    expect(spans.map((s) => s.text).join(' ')).toBe(text.trim());
  });

  test('an overlong sentence is cut after a semicolon or comma near the limit, a real long one is not cut', () => {
    const clause = 'the applicant complained that the hearing had been held in his absence';
    const text = `${Array(120).fill(clause).join('; ')}.`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans.slice(0, -1)) expect(s.text.endsWith(';')).toBe(true);
    const real = `${Array(40).fill(clause).join(', ')}.`;
    expect(real.length).toBeLessThan(MAX_SENTENCE_CHARS);
    expect(splitSentences(real)).toHaveLength(1);
  });
});

describe('alternation', () => {
  test('longest first and escaped', () => {
    expect(alternation(['Mr.', 'Mrs.', 'Mr.'])).toBe('Mrs\\.|Mr\\.');
    expect(escapeRegex('a+b(c)')).toBe('a\\+b\\(c\\)');
    expect(new RegExp(`^(?:${alternation(['Court', 'Supreme Court'])})`).exec('Supreme Court ruled')?.[0]).toBe('Supreme Court');
  });
});
