/**
 * extractDates on years the text gives around a yearless date (ANNOTATION.md: an explicit anaphoric year counts):
 * "of 2003" after the day, "that year" / "the same year" after it, "in 2003" just before it. Without a year
 * nearby and without a published date the date stays out. Sentences written for this table.
 */
import { extractDates } from '../../../extractors/dates';

const POSITIVE: Array<{ text: string; dates: string[] }> = [
  { text: 'He was told about it on July 10 or 11 of 2003.', dates: ['2003-07-10', '2003-07-11'] },
  { text: 'The party was founded in April 2005. In elections held on 25 June that year it won seats.', dates: ['2005-04', '2005-06-25'] },
  { text: 'He was arrested in 1998 and released on October 22 of the same year.', dates: ['1998-10-22'] },
  { text: 'There were three calls in 2003 between July 10 and 12: the first was short.', dates: ['2003-07-10', '2003-07-12'] },
  { text: 'The hearing on 14 March, 2019 was adjourned.', dates: ['2019-03-14'] },
  // a year closing a list of days hands itself down the list
  { text: 'On 3 February, 12 May, 9 September and 1 December 2011, the court held hearings.', dates: ['2011-02-03', '2011-05-12', '2011-09-09', '2011-12-01'] },
  // a comma spaced off, as some wiki texts write it
  { text: 'The ruling of March 8 , 2006 was upheld.', dates: ['2006-03-08'] },
  // "that October": the year of the last dated October, else the last year written
  { text: 'He paid on October 3, 2011 and on December 9, 2012. Earlier that October he had met the mayor.', dates: ['2011-10-03', '2012-12-09', '2011-10'] },
  { text: 'The law was passed in 1998. By that March the first cases had been heard.', dates: ['1998-03'] },
];

const NEGATIVE: string[] = [
  'He left on 3 May and came back on 9 May.',
  'He was born in 1970. Much later, on 5 June, he was arrested after many years abroad and long trials.',
  'The session on May 3 12:30 was short.',
  'He hoped that May would bring rain.',
  'In that same June the court sat again.',
];

describe('extractDates: anaphoric and stated years', () => {
  test.each(POSITIVE)('$text', ({ text, dates }) => {
    const got = extractDates(text);
    expect(got.map((d) => d.date)).toEqual(dates);
    for (const d of got) expect(d.mention.text).toBe(text.slice(d.mention.start, d.mention.end));
  });
  test.each(NEGATIVE)('no date: %s', (text) => {
    expect(extractDates(text)).toEqual([]);
  });
});
