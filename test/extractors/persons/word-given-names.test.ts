/**
 * extractPersons: a given name that is also an English word ("Faith", "Precious") stays part of a
 * three-word name; ordinary words before a name are still dropped.
 */
import { extractPersons } from '../../../extractors/persons';

const CASES: Array<{ text: string; persons: string[] }> = [
  { text: 'Co-accused Faith Wanjiku Kamau was released on a bond.', persons: ['Faith Wanjiku Kamau'] },
  { text: 'Police arrested Precious Tendai Moyo outside the court.', persons: ['Precious Tendai Moyo'] },
  { text: 'Justice Folasade Adeyemi-Ogunleye read the judgment.', persons: ['Folasade Adeyemi-Ogunleye'] },
  { text: 'Information Minister Dauren Abayev spoke.', persons: ['Dauren Abayev'] },
  { text: 'Hope remains that Dauren Abayev will be freed.', persons: ['Dauren Abayev'] },
];

describe('extractPersons: word-like given names', () => {
  it.each(CASES)('$text', ({ text, persons }) => {
    const found = extractPersons(text);
    expect(found.map((p) => p.name)).toEqual(persons);
    for (const p of found) for (const m of p.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});
