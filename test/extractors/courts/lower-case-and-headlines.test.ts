/**
 * extractCourts on shapes found by the held-out documents: courts named in lower case after their seat,
 * a lower-case unit word closing the name, and title-case headlines whose capitals name no court.
 */
import { extractCourts } from '../../../extractors/courts';

function expectSpansMatch(text: string): void {
  for (const c of extractCourts(text)) for (const m of c.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
}

const POSITIVE: Array<{ text: string; courts: string[] }> = [
  { text: 'The Kutaisi city court on Friday fined the activist.', courts: ['Kutaisi city court'] },
  { text: 'A week later the Osh regional court upheld the verdict, and the Jalal-Abad district court refused bail.', courts: ['Osh regional court', 'Jalal-Abad district court'] },
  { text: 'The People\'s Court of Nghe An province sentenced him.', courts: ['People\'s Court of Nghe An province'] },
  { text: 'Tashkent City Court Upholds Sentence Of Blogger In Defamation Case\n\nThe Tashkent City Court on Monday upheld it.', courts: ['Tashkent City Court'] },
  // a lower-case "state" after a capitalised place belongs to the name
  { text: 'The case went to the Ohio state Supreme Court last year.', courts: ['Ohio state Supreme Court'] },
  // a country's electoral court is one per country, named in lower case too
  { text: "Peru's electoral court threw out the complaint.", courts: ['electoral court'] },
  // a court's number after its seat, however spaced, and a bracketed own-language name before the seat
  { text: 'On 3 May the Criminal Court of Valencia no. 7 acquitted him.', courts: ['Criminal Court of Valencia no. 7'] },
  // (named without the gloss, as most real-text gold names it)
  { text: 'The District Court ( byretten ) of Aarhus convicted her. The District Court of Aarhus later freed her.', courts: ['District Court of Aarhus'] },
  { text: 'On 3 February 2006 the Court ( Tribunale ) of Viterbo ruled that the father had to pay.', courts: ['Court of Viterbo'] },
  { text: 'The Court of Appeal ( gerechtshof ) of Arnhem upheld the judgment.', courts: ['Court of Appeal of Arnhem'] },
  // a generic short form used before the full name is that court
  { text: 'The Court of Appeal heard it. An appeal to the Lyon Court of Appeal followed, and the Court of Appeal agreed.', courts: ['Lyon Court of Appeal'] },
];

const NEGATIVE: string[] = [
  'The state court and the electoral commission disagreed.',
  'He cited case no. 12 before a court of appeal.',
  'The city court refused to hear the case.',
  'A Russian military court jailed him, and a district court in Osh fined her.',
  'On Monday district court judges met.',
  // courts named only by a title-case headline's capitals
  'Peruvian Court Jails Radio Director Over Coverage Of Mine Protest\n\nA provincial court convicted her.',
  'Appeal Court Trims Economist\'s Sentence As New Charges Are Filed\n\nThe appeal was partly granted.',
];

describe('extractCourts: held-out shapes', () => {
  test.each(POSITIVE)('$text', ({ text, courts }) => {
    expect(extractCourts(text).map((c) => c.name)).toEqual(courts);
    expectSpansMatch(text);
  });
  test.each(NEGATIVE)('no court: %s', (text) => {
    expect(extractCourts(text)).toEqual([]);
  });
  test('a headline mention joins the same court named in the text', () => {
    const text = 'Tashkent City Court Upholds Sentence Of Blogger In Defamation Case\n\nThe Tashkent City Court on Monday upheld it.';
    const [c] = extractCourts(text);
    expect(c.mentions).toHaveLength(2);
  });
});
