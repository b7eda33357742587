/** Articles: literal sentences with the expected (article, part, code) per mention, positive and negative. */
import { extractArticleMatches, extractArticles } from '../../../extractors/articles';

type Ref = [article: string, part: string | null, code: string];

const POSITIVE: Array<{ text: string; expect: Ref[] }> = [
  { text: 'He was convicted under Article 130 of the Criminal Code.', expect: [['130', null, 'criminal']] },
  { text: 'They were charged under Articles 174 and 405 of the Criminal Code.', expect: [['174', null, 'criminal'], ['405', null, 'criminal']] },
  { text: 'The charge was brought under Art. 174 part 2 of the Criminal Code.', expect: [['174', '2', 'criminal']] },
  { text: 'She was charged under Part 2 of Article 342 of the Criminal Code.', expect: [['342', '2', 'criminal']] },
  { text: 'He was charged under Article 174, part 1 of the Criminal Code.', expect: [['174', '1', 'criminal']] },
  { text: 'He was fined under article 20.2 of the Code of Administrative Offences.', expect: [['20.2', null, 'administrative']] },
  { text: 'The case was opened under Article 127.2.2 of the Code of Administrative Offences.', expect: [['127.2.2', null, 'administrative']] },
  { text: 'This violates Article 10 of the European Convention on Human Rights.', expect: [['10', null, 'other']] },
  { text: 'Article 32 of the Constitution guarantees free assembly.', expect: [['32', null, 'constitution']] },
  { text: "Kyrgyzstan's Constitution guarantees freedom of expression in Article 32.", expect: [['32', null, 'constitution']] },
  // "314/2" is one article number (ANNOTATION.md), not article 314 part 2
  { text: 'He was sentenced under Article 314/2 of the Turkish Penal Code.', expect: [['314/2', null, 'criminal']] },
  // (a lettered sub-item is no part, as ANNOTATION.md and all real-text gold read it)
  { text: 'He was jailed under Article 80(d) of the Penal Code.', expect: [['80', null, 'criminal']] },
  { text: 'Vietnam is a party to the International Covenant on Civil and Political Rights, whose Article 19 guarantees free speech.', expect: [['19', null, 'other']] },
  { text: 'They were convicted under Article 185 (calls to overthrow the order) and Article 187 (organising a group) of the Criminal Code.', expect: [['185', null, 'criminal'], ['187', null, 'criminal']] },
  { text: 'He was sentenced under Article 207.3 part 2, point "e" of the Criminal Code.', expect: [['207.3', '2', 'criminal']] },
  { text: 'They were found guilty under section 37 of the Criminal Law (Codification and Reform) Act.', expect: [['37', null, 'criminal']] },
  // carried over: the same sentence, then the previous mention in the paragraph
  { text: 'He was charged under Article 179 of the Criminal Code. Later Article 293 was added.', expect: [['179', null, 'criminal'], ['293', null, 'criminal']] },
  // hyphenated letters are part of the number; a section list inherits the code named earlier in the sentence
  { text: 'The pair face charges of fraud (Section 409 of IPC), conspiracy (Section 120-B) and forgery (Section 471-c).', expect: [['409', null, 'criminal'], ['120-B', null, 'criminal'], ['471-c', null, 'criminal']] },
  { text: 'He could face ten years under section 98 of the Crimes Act 1900.', expect: [['98', null, 'criminal']] },
  { text: 'The party invoked the 27th article of the Constitution to demand a new vote.', expect: [['27', null, 'constitution']] },
  // a section with no code in a new sentence after a coded one stays out
  { text: 'He was charged under Section 302 of IPC. Section 4 of the police report lists the evidence.', expect: [['302', null, 'criminal']] },
  // nothing says which code
  { text: 'The government wants to amend Article 12.\n\nNothing else is said about Article 12.', expect: [['12', null, 'unknown'], ['12', null, 'unknown']] },
];

const NEGATIVE: string[] = [
  'He spent 15 days in detention and paid 50,000 tenge.',
  'See section 3 of the annual report for details.',
  'The article was published on 13 December 2019.',
  'Articles about the trial appeared in 2019.',
  'Part 2 of the documentary aired in 2020.',
  'He wrote 130 articles on the Criminal Code.',
  // an ordinal article with no code stays out
  'She wrote the 3rd article of the series on courts.',
];

describe('extractArticles: positive cases', () => {
  test.each(POSITIVE)('$text', ({ text, expect: expected }) => {
    const got = extractArticles(text);
    expect(got.map((a) => [a.article, a.part, a.code])).toEqual(expected);
    for (const a of got) expect(a.mention.text).toBe(text.slice(a.mention.start, a.mention.end));
  });
});

describe('extractArticles: negative cases', () => {
  test.each(NEGATIVE)('%s', (text) => {
    expect(extractArticles(text)).toEqual([]);
  });
});

describe('extractArticleMatches: offence labels for charges', () => {
  test.each([
    ['improvements to Article 174 (incitement to hatred) are planned', '174', 'incitement to hatred'],
    ['charged with violating Article 131 of the Criminal Code – defamation using mass media.', '131', 'defamation using mass media'],
    ['found them guilty of slander on mass media (Article 130 of the Criminal Code).', '130', 'slander on mass media'],
    ['He was charged with hooliganism under Article 293 of the Criminal Code.', '293', 'hooliganism'],
  ])('%s', (text, article, label) => {
    const got = extractArticleMatches(text).find((a) => a.article === article);
    expect(got?.label).toBe(label);
  });
  test('no label when the text gives none', () => {
    expect(extractArticleMatches('He was charged under Article 405 of the Criminal Code.')[0].label).toBeNull();
  });
});
