/**
 * extractCourts on real-text shapes (issue 9): an indefinite article makes a court no name ("a Bishkek District
 * Court") unless the court only qualifies the noun after it ("a District Court judge"); a country's top court
 * written in lower case after "the" is named; revolutionary courts are named institutions. Sentences written here.
 */
import { extractCourts } from '../../../extractors/courts';

function expectSpansMatch(text: string): void {
  for (const c of extractCourts(text)) for (const m of c.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
}

const POSITIVE: Array<{ text: string; courts: string[] }> = [
  { text: 'He said he would take the case to the court of cassation.', courts: ['court of cassation'] },
  { text: "The country's supreme court refused to hear the appeal.", courts: ['supreme court'] },
  { text: 'He was the chief judge of the Revolutionary Court, and later a minister.', courts: ['Revolutionary Court'] },
  { text: 'A Federal Court of Appeals for the Ninth Circuit judge panel modified the sentence.', courts: ['Federal Court of Appeals for the Ninth Circuit'] },
  { text: "The panel set aside a Westfield District Court 's judgment.", courts: ['Westfield District Court'] },
  { text: 'He won a Supreme Court trial in 1988.', courts: ['Supreme Court'] },
  // (a nationality word stays: the gold on real text writes "British High Court")
  { text: 'The Cuban Supreme Court upheld the sentence.', courts: ['Cuban Supreme Court'] },
  { text: 'Retired Supreme Court Justice Ann Bellamy criticised the law.', courts: ['Supreme Court'] },
  { text: 'A Bishkek District Court fined him; the Pervomaisky District Court of Bishkek later upheld it.', courts: ['Pervomaisky District Court of Bishkek'] },
  // subjects coordinated before "Matters" stay in the name
  { text: 'The Higher Court for Labour and Social Matters dismissed the appeal.', courts: ['Higher Court for Labour and Social Matters'] },
  { text: 'The Special Court for Economic, Tax and Customs Cases heard it.', courts: ['Special Court for Economic, Tax and Customs Cases'] },
  // a generic English court with its own name in brackets is named by that name
  { text: 'By a City Court (Osloer Byrett) judgment of 4 May 2018 he was acquitted.', courts: ['Osloer Byrett'] },
  { text: 'The Regional Court (Landgericht Bremen) dismissed the claim.', courts: ['Landgericht Bremen'] },
  { text: 'The Bremen Regional Court (Landgericht Bremen) dismissed the claim.', courts: ['Bremen Regional Court'] },
];

const NEGATIVE: string[] = [
  'The party was dissolved by a Constitutional Tribunal in May.',
  'A Bishkek District Court sentenced him to two years.',
  'He was tried by an Appeals Court in the capital.',
  'She was fined by a Tbilisi city court last week.',
  'The supreme goal of the court was unclear.',
  'A supreme court of some kind would decide.',
  'The District Court (Rule 47) had no say.',
  'A Regional Court (second instance) heard it.',
];

describe('extractCourts: indefinite and top courts', () => {
  test.each(POSITIVE)('$text', ({ text, courts }) => {
    expect(extractCourts(text).map((c) => c.name)).toEqual(courts);
    expectSpansMatch(text);
  });
  test.each(NEGATIVE)('no court: %s', (text) => {
    expect(extractCourts(text)).toEqual([]);
  });
});
