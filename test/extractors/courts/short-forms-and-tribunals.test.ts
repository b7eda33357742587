/**
 * extractCourts on kinds found on unseen even-id texts: a later mention that repeats the end of a court's
 * full name is that court, not another; an international tribunal keeps "for the former <place>" in its name.
 * Sentences written for this table.
 */
import { extractCourts } from '../../../extractors/courts';

const CASES: Array<{ text: string; courts: string[] }> = [
  {
    text: 'The Tallinn City Harju District Court took the case. In 2009 the Harju District Court dismissed the claim.',
    courts: ['Tallinn City Harju District Court'],
  },
  {
    text: 'The Vilnius Guardianship Court gave an opinion. The Guardianship Court later changed it.',
    courts: ['Vilnius Guardianship Court'],
  },
  // a different court with another specific word stays apart
  {
    text: 'The Sofia City Administrative Court ruled first; the Supreme Administrative Court upheld the ruling.',
    courts: ['Sofia City Administrative Court', 'Supreme Administrative Court'],
  },
  {
    text: 'According to the International Criminal Tribunal for the former Yugoslavia, the town fell in July.',
    courts: ['International Criminal Tribunal for the former Yugoslavia'],
  },
];

describe('extractCourts: short forms and tribunals', () => {
  test.each(CASES)('$text', ({ text, courts }) => {
    expect(extractCourts(text).map((c) => c.name)).toEqual(courts);
  });

  test('the short form is a mention of the full court', () => {
    const text = 'The Vilnius Guardianship Court gave an opinion. The Guardianship Court later changed it.';
    const [court] = extractCourts(text);
    expect(court.mentions.map((m) => m.text)).toEqual(['Vilnius Guardianship Court', 'Guardianship Court']);
  });
});
