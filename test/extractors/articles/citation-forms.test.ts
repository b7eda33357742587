/**
 * Citation forms of judgments and statutes (ANNOTATION.md, "Provisions cited by number"): "§ 2" after an
 * article is its part, "133/1" and "261 bis" are one number, sections and rules of acts are provisions,
 * procedure and sentence-execution codes and the Convention are `other`. Sentences written for this table.
 */
import { extractArticles } from '../../../extractors/articles';

type Ref = [article: string, part: string | null, code: string];

const POSITIVE: Array<{ text: string; expect: Ref[] }> = [
  { text: 'He was convicted under Article 162 § 2 of the Criminal Code.', expect: [['162', '2', 'criminal']] },
  // French codes letter their articles: written without the space, however the judgment spaces them
  { text: 'The offences are punishable under Article D.   311 \u2011 4 and Article D. 311 \u2011 5, paragraph 2, of the Code of Criminal Procedure.', expect: [['D.311-4', null, 'other'], ['D.311-5', '2', 'other']] },
  { text: 'They applied under Article L. 761-1 of the Administrative Courts Code.', expect: [['L.761-1', null, 'other']] },
  // two plain numbers after a plural word are a range, each end cited; after a singular word one number
  { text: 'The allowance was governed by sections 52-53 of Law no. 312 of 1990.', expect: [['52', null, 'other'], ['53', null, 'other']] },
  { text: 'He was convicted under Article 287-2 of the Criminal Code.', expect: [['287-2', null, 'criminal']] },
  // a subsection numbered in words is the part; the coordinated one shares the act
  { text: 'The court examined the first subsection of section 12 and the third subsection of section 40 of the Residence Act.', expect: [['12', '1', 'other'], ['40', '3', 'other']] },
  // a Strasbourg judgment, which cites cases by application number, and an EU directive: bare articles are theirs
  { text: 'In Kerr v. the United Kingdom, no. 40451/98, § 31, the Court found that Article 8 was engaged.', expect: [['8', null, 'other']] },
  { text: 'Council Directive 2001/55/EC, in so far as relevant, reads as follows: Article 15', expect: [['15', null, 'other']] },
  { text: 'Article 3 of Annex B [of the Succession Agreement] governs the pensions.', expect: [['3', null, 'other']] },
  // a paragraph of an act named right after it is a provision; a paragraph of a judgment is not
  { text: 'He committed harassment under paragraph 1(1) of the 2003 Act (see paragraph 22 above).', expect: [['1', '1', 'other']] },
  { text: 'It relied on paragraph 4 of the Transitional Provisions of the Aliens Act.', expect: [['4', null, 'other']] },
  { text: 'As stated in paragraph 3 of the judgment, the facts were not disputed.', expect: [] },
  // an act quoted section by section: its sections share its code, the last act named before them
  { text: 'Government Decree no. 142/2004 on Certain Administrative Offences provides as follows: Section 22/B – Disobeying an order.', expect: [['22/B', null, 'administrative']] },
  { text: 'Decree no. 142/2004 on Certain Administrative Offences was cited. The Assembly Act provides: Section 2 “Everyone may assemble.”', expect: [['2', null, 'other']] },
  { text: 'The applicant relied on Article 6 § 1 of the Convention.', expect: [['6', '1', 'other']] },
  { text: 'She was found guilty under Article 133/1 of the Penal Code.', expect: [['133/1', null, 'criminal']] },
  { text: 'He was charged under Article 422, paragraph 1, point 5 of the Criminal Code.', expect: [['422', '1', 'criminal']] },
  { text: 'The permit was refused under section 7(1)(13) of the Foreign Nationals Act.', expect: [['7', '1', 'other']] },
  { text: 'The President granted leave under Rule 54 § 3 of the Rules of Court.', expect: [['54', '3', 'other']] },
  { text: 'The President granted leave to represent him (Rule 36 § 4 (a) in fine).', expect: [['36', '4', 'other']] },
  { text: 'They were charged under Articles 174 and 405 of the Criminal Code.', expect: [['174', null, 'criminal'], ['405', null, 'criminal']] },
  { text: 'He asked for leave to appeal under Article 175 of the Code of Criminal Procedure.', expect: [['175', null, 'other']] },
  { text: 'The detention was extended under Article 109 of the Criminal Procedure Code.', expect: [['109', null, 'other']] },
  { text: 'He complained under Article 12 of the Code of Execution of Criminal Sentences.', expect: [['12', null, 'other']] },
  { text: 'He could have sued under Articles 244 et seq. of the Code of Civil Procedure.', expect: [['244', null, 'other']] },
  { text: 'The offence fell under Article 83 of the Minor Offences Code.', expect: [['83', null, 'administrative']] },
  { text: 'He was fined pursuant to Articles 4 and 26 of the General Ordinance on the Town Police.', expect: [['4', null, 'other'], ['26', null, 'other']] },
  { text: 'He was found guilty within the meaning of Article 261 bis § 4 of the Penal Code.', expect: [['261 bis', '4', 'criminal']] },
  { text: 'She was fined under Article 234.1-1 of the Code of Administrative Offences.', expect: [['234.1-1', null, 'administrative']] },
  { text: 'He was charged under Article 287-2 of the Criminal Code.', expect: [['287-2', null, 'criminal']] },
  // Dutch section numbers with a letter after the colon; a lettered sub-item or a range of them is no part
  { text: 'The court could act under section 8:51a(1) of the General Administrative Law Act. It would rule under section 8:80a of the same Act.', expect: [['8:51a', '1', 'other'], ['8:80a', null, 'other']] },
  { text: 'He was held under Section 67 (a)-(c) of the Code of Criminal Procedure.', expect: [['67', null, 'other']] },
  { text: 'The service applied for an order under section 4-12(a) of the Child Welfare Act.', expect: [['4-12', null, 'other']] },
  // an act whose title holds a code's word is a statute ("Courts Constitution Act"), not the code
  { text: 'The remedy lay under section 198 of the Courts Constitution Act.', expect: [['198', null, 'other']] },
  // "the Article 8 complaint": a complaint's article with no code named is the Convention's
  { text: 'The board considered the Article 8 complaint to be irrelevant.', expect: [['8', null, 'other']] },
  // "and" closes a list of parts: the next number is an article of its own
  { text: 'He alleged violations of Articles 8 §§ 1 and 5, 36 § 1 and 40 §§ 2 and 4 of the Criminal Code.',
    expect: [['8', '1', 'criminal'], ['8', '5', 'criminal'], ['36', '1', 'criminal'], ['40', '2', 'criminal'], ['40', '4', 'criminal']] },
  // an executive order cited by number is an act; subsections are sections
  { text: 'The fine was set under section 38 and 39 of Executive Order no. 474.', expect: [['38', null, 'other'], ['39', null, 'other']] },
  { text: 'He relied on subsections 12(1) and (5) of the Aliens and Immigration Law.', expect: [['12', '1', 'other'], ['12', '5', 'other']] },
  // coordinated parts in brackets give one entry each
  { text: 'She was indicted under Section 118(1) and (3) of the Criminal Code.', expect: [['118', '1', 'criminal'], ['118', '3', 'criminal']] },
  { text: 'The charge fell under Article 12(1), (2) and (4) of the Penal Code.', expect: [['12', '1', 'criminal'], ['12', '2', 'criminal'], ['12', '4', 'criminal']] },
  { text: 'He was accused under Section 7(2) and Section 250(1) or (2) of the Criminal Code.', expect: [['7', '2', 'criminal'], ['250', '1', 'criminal'], ['250', '2', 'criminal']] },
  // "S." for Section, a letter after the slash, and an act on petty offences
  { text: 'The fine was imposed under S. 42/A (2) of Act No. III of 1979 on "Petty" Offences.', expect: [['42/A', '2', 'administrative']] },
  { text: 'She was fined under Article 15 of the Act on Minor Offences.', expect: [['15', null, 'administrative']] },
];

const NEGATIVE: string[] = [
  'The decree was issued under Law no. 647 of 2011.',
  'Law No. 372/1990 Coll. was amended twice.',
  'As a rule 3 witnesses are heard.',
  'The rules of the game were set in 2019.',
  'See section 4 of the annual report.',
  'S. 5 Smith signed the minutes.',
  'Page 12 (1) and (2) of the file were missing.',
];

describe('citation forms: positive cases', () => {
  test.each(POSITIVE)('$text', ({ text, expect: expected }) => {
    const got = extractArticles(text);
    expect(got.map((a) => [a.article, a.part, a.code])).toEqual(expected);
    for (const a of got) expect(a.mention.text).toBe(text.slice(a.mention.start, a.mention.end));
  });
});

describe('citation forms: negative cases', () => {
  test.each(NEGATIVE)('%s', (text) => {
    expect(extractArticles(text)).toEqual([]);
  });
});

describe('citation forms: several parts, lettered numbers', () => {
  test.each([
    ['He was convicted under Article 327 §§ 1 and 3 of the Criminal Code.', [['327', '1', 'criminal'], ['327', '3', 'criminal']]],
    ['The President acted under Article 26 §§ 4 and 5 of the Convention.', [['26', '4', 'other'], ['26', '5', 'other']]],
    ['The police may use force under Article 12a of the Criminal Code.', [['12a', null, 'criminal']]],
  ] as Array<[string, Ref[]]>)('%s', (text, expected) => {
    expect(extractArticles(text).map((a) => [a.article, a.part, a.code])).toEqual(expected);
  });
});

test('a part word in the singular takes one number: "part 2 and 405" is two articles', () => {
  const got = extractArticles('They were charged under Articles 174 part 2 and 405 of the Criminal Code.');
  expect(got.map((a) => [a.article, a.part, a.code])).toEqual([['174', '2', 'criminal'], ['405', null, 'criminal']]);
});

describe('citation forms: other acts named by subject, year or abbreviation', () => {
  test.each([
    ['He was fined under Article 379 § 1 of the Securities Code.', [['379', '1', 'other']]],
    ['Equality is guaranteed by Article 6 § 2 of the 1991 Constitution.', [['6', '2', 'constitution']]],
    ['The time-limit is set by Article 5 § 2 of Protocol No. 11 to the Convention.', [['5', '2', 'other']]],
    ['The fine was imposed under Article 19 of the RGCO.', [['19', null, 'other']]],
    ['He was fined under Article 12 of the same Code.', [['12', null, 'unknown']]],
  ] as Array<[string, Ref[]]>)('%s', (text, expected) => {
    expect(extractArticles(text).map((a) => [a.article, a.part, a.code])).toEqual(expected);
  });
});

test('a bare "§ 70" after a case name is a paragraph of a judgment, not a provision', () => {
  expect(extractArticles('See Ursu v. Romania (dec.), no. 58670/00, § 70, 3 February 2005; and Topciov v. Romania, §§ 79-85.')).toEqual([]);
});

test('code names spaced with runs of spaces, as judgments print them', () => {
  const got = extractArticles('They were convicted under Articles 192 § 2 and 217 § 4 of the Criminal   Code.');
  expect(got.map((a) => [a.article, a.part, a.code])).toEqual([['192', '2', 'criminal'], ['217', '4', 'criminal']]);
});

describe('citation forms: a complaint "under Article N" with no code names the Convention', () => {
  test.each([
    ['Section 12 of the Civil Code governs injunctions. The applicant company complained under Article 10 of the injunction.', [['12', null, 'civil'], ['10', null, 'other']]],
    ['The Criminal Code was amended in 2010. Relying on Article 8, the applicant complained of the refusal.', [['8', null, 'other']]],
    ['Article 5 of the Penal Code was applied. She complained under Articles 6 and 13 of the length of the case.', [['5', null, 'criminal'], ['6', null, 'other'], ['13', null, 'other']]],
    // a conviction under a bare article in a text about one code keeps that code
    ['The Criminal Code punishes insult. He complained that he was convicted under Article 319.', [['319', null, 'criminal']]],
  ] as Array<[string, Ref[]]>)('%s', (text, expected) => {
    expect(extractArticles(text).map((a) => [a.article, a.part, a.code])).toEqual(expected);
  });
});
