/**
 * extractCourts: a court "of <seat>" directly followed by a judge's name keeps only the seat
 * ("Frunzienski District Court of Minsk Aliaksandr Pyliuha" -> "... of Minsk"); multi-word seats stay whole.
 */
import { extractCourts } from '../../../extractors/courts';

const CASES: Array<{ text: string; courts: string[] }> = [
  { text: 'On 2 October, judge of the Frunzienski District Court of Minsk Aliaksandr Pyliuha sentenced him.', courts: ['Frunzienski District Court of Minsk'] },
  { text: 'A judge of the Leninsky District Court of Viciebsk Natallia Dziadkova fined her.', courts: ['Leninsky District Court of Viciebsk'] },
  { text: 'The People’s Court of Ho Chi Minh City sentenced the blogger.', courts: ['People’s Court of Ho Chi Minh City'] },
  { text: 'The Court of Justice of Sao Paulo State heard the appeal.', courts: ['Court of Justice of Sao Paulo State'] },
  { text: 'The Criminal Sentencing Court of Alta Verapaz convicted him.', courts: ['Criminal Sentencing Court of Alta Verapaz'] },
  { text: 'The Supreme Court of Victoria dismissed the appeal.', courts: ['Supreme Court of Victoria'] },
];

describe('extractCourts: seat followed by a name', () => {
  it.each(CASES)('$text', ({ text, courts }) => {
    const found = extractCourts(text);
    expect(found.map((c) => c.name)).toEqual(courts);
    for (const c of found) for (const m of c.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});
