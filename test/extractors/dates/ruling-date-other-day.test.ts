/**
 * rulingDateNear: a day named without a date between a date and a penalty ("on Friday", "a day later")
 * cuts the date off, so a penalty told after it is not dated by the earlier ruling.
 */
import { extractDates, rulingDateNear } from '../../../extractors/dates';
import { splitSentences } from '../../../extractors/nlp/sentences';

const CASES: Array<{ text: string; phrase: string; date: string | null }> = [
  { text: 'Nana Beridze was fined on 15 May, and on Friday a second judge sentenced Levan Kapanadze to eight days.', phrase: 'eight days', date: null },
  { text: 'Nana Beridze was fined on 15 May, and a week later the court sentenced Levan Kapanadze to eight days.', phrase: 'eight days', date: null },
  { text: 'On 15 May the court sentenced Levan Kapanadze to eight days.', phrase: 'eight days', date: '2024-05-15' },
  { text: 'On Friday, 17 May, the court sentenced Levan Kapanadze to eight days.', phrase: 'eight days', date: '2024-05-17' },
  { text: 'The court sentenced Levan Kapanadze to eight days on 17 May, and on Monday he appealed.', phrase: 'eight days', date: '2024-05-17' },
];

describe('rulingDateNear: another day in between', () => {
  test.each(CASES)('$text', ({ text, phrase, date }) => {
    const dates = extractDates(text, { published: '2024-05-20' });
    const start = text.indexOf(phrase);
    const got = rulingDateNear(text, dates, { start, end: start + phrase.length }, splitSentences(text));
    expect(got?.date ?? null).toBe(date);
    if (got) expect(got.mention.text).toBe(text.slice(got.mention.start, got.mention.end));
  });
});
