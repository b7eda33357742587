/** Dates: literal sentences with the expected ISO values and mention texts (chrono-style tables). */
import { extractDates } from '../../../extractors/dates';

interface Case {
  text: string;
  published?: string | null;
  expect: Array<[date: string, mention: string]>;
}

const POSITIVE: Case[] = [
  { text: 'On 13th December 2019, the court ruled.', expect: [['2019-12-13', '13th December 2019']] },
  { text: 'The hearing took place on December 13, 2019 in Aktau.', expect: [['2019-12-13', 'December 13, 2019']] },
  { text: 'He was detained on 13 Dec. 2019.', expect: [['2019-12-13', '13 Dec. 2019']] },
  { text: 'Filed 2019-12-13 with the registry.', expect: [['2019-12-13', '2019-12-13']] },
  { text: 'Filed 2019/12/13 with the registry.', expect: [['2019-12-13', '2019/12/13']] },
  { text: 'On Dec. 13th, 2019 and the 13th of December, 2019.', expect: [['2019-12-13', 'Dec. 13th, 2019'], ['2019-12-13', '13th of December, 2019']] },
  { text: 'Detained since 13.12.2019 without charge.', expect: [['2019-12-13', '13.12.2019']] },
  { text: 'A gathering between 26th and 27th November 2019 near the embassy.', expect: [['2019-11-26', '26th'], ['2019-11-27', '27th November 2019']] },
  { text: 'On the night of 10th December 2019, police came.', expect: [['2019-12-10', '10th December 2019']] },
  { text: 'In September 2019 he was sentenced.', expect: [['2019-09', 'September 2019']] },
  { text: 'He escaped from prison in February of 2006.', expect: [['2006-02', 'February of 2006']] },
  // paragraph numbers before a judgment's date are no days
  { text: 'As described in X and Y v. Ruritania (no. 173/17, §§ 28 and 29, 5 November 2020).', expect: [['2020-11-05', '5 November 2020']] },
  { text: 'Protests on 5 and 6 March 2020 were dispersed.', expect: [['2020-03-05', '5'], ['2020-03-06', '6 March 2020']] },
  { text: 'On 3 January the court fined him.', published: '2020-01-15', expect: [['2020-01-03', '3 January']] },
  { text: 'On 20 December the court fined him.', published: '2020-01-15', expect: [['2019-12-20', '20 December']] },
  { text: 'ALMATY, Dec 20 (Reuters) - A court jailed an activist.', published: '2019-12-21', expect: [['2019-12-20', 'Dec 20']] },
  { text: 'The appeal will be heard on 19 April.', published: '2023-04-12', expect: [['2023-04-19', '19 April']] },
  { text: 'This update covers September and October 2019.', expect: [['2019-09', 'September'], ['2019-10', 'October 2019']] },
  { text: 'Pickets on Dec. 1 and Dec. 8, 2019 ended in arrests.', expect: [['2019-12-01', 'Dec. 1'], ['2019-12-08', 'Dec. 8, 2019']] },
  // a schedule listed with semicolons hands the year down too; a new clause after the semicolon does not take it
  { text: 'Hearings were set for 3 March; 7 April; and 12 May 2014.', expect: [['2014-03-03', '3 March'], ['2014-04-07', '7 April'], ['2014-05-12', '12 May 2014']] },
  { text: 'He was arrested on 5 May; on 3 June 2012 he was freed.', expect: [['2012-06-03', '3 June 2012']] },
  { text: 'She was arrested on 1st May 2019 and released on the 3rd of June 2019.', expect: [['2019-05-01', '1st May 2019'], ['2019-06-03', '3rd of June 2019']] },
  { text: 'In December the authorities fined seven people.', published: '2020-01-10', expect: [['2019-12', 'December']] },
  { text: 'On 21/03/2022 the judge ruled.', expect: [['2022-03-21', '21/03/2022']] },
  { text: 'Filed on 03/21/2022 in Texas.', expect: [['2022-03-21', '03/21/2022']] },
  { text: 'Raids between the 3rd and the 5th of May 2021 followed.', expect: [['2021-05-03', '3rd'], ['2021-05-05', '5th of May 2021']] },
  { text: 'On 13 December 2019 and again on 16th December 2019.', expect: [['2019-12-13', '13 December 2019'], ['2019-12-16', '16th December 2019']] },
  // a page's own timestamp at its head anchors yearless dates, a few days ahead of it included
  { text: 'By: Ann Lee | November 12th, 2012 at 04:00 PM\nIn a November 9 column he wrote. The deadline is Nov. 16, she said.',
    expect: [['2012-11-12', 'November 12th, 2012'], ['2012-11-09', 'November 9'], ['2012-11-16', 'Nov. 16']] },
  { text: 'Nov 5, 2012 - 1:48PM PT\nAhead of the Nov. 6 election, all eyes are on jobs.', expect: [['2012-11-05', 'Nov 5, 2012'], ['2012-11-06', 'Nov. 6']] },
  // a date opening the page is its timestamp too; a day up to 60 days ahead is this year's, a month alone ahead last year's
  { text: 'November 05, 2012 Settlement Approved. A trial is to begin on November 27. Walton ruled on August 14.',
    expect: [['2012-11-05', 'November 05, 2012'], ['2012-11-27', 'November 27'], ['2012-08-14', 'August 14']] },
  { text: 'By ANN LEE | Thursday August 9, 2012 @ 12:56pm EDT\nThe firms approach the September 18 trial date.', expect: [['2012-08-09', 'August 9, 2012'], ['2012-09-18', 'September 18']] },
  { text: 'He had been punished for a similar offence in March.', published: '2024-01-13', expect: [['2023-03', 'March']] },
];

// A year alone, numbers that are not dates, and yearless dates with nothing safe to anchor them.
const NEGATIVE: Array<{ text: string; published?: string | null }> = [
  { text: 'He was imprisoned in 2017 and sentenced in 2018.' },
  { text: 'Sentenced to 15 days of administrative detention.' },
  { text: 'Under Article 13 May he faces a fine.' },
  { text: 'The law may change; they may appeal.' },
  { text: 'On 3 January the court fined him.', published: null },
  { text: 'On 29 February the court fined him.', published: '2019-06-01' },
  { text: 'The score was 13.12 and the ratio 2019.' },
  { text: 'Fines of 50,000 KZT (123 EUR or 133 US Dollars) were imposed.' },
  { text: 'Room 12-13 of the 2019 building.' },
  { text: 'The order dated 03/04/2022 is ambiguous.' },
  { text: 'Junior staff joined; Marching bands played.' },
];

describe('extractDates: positive cases', () => {
  test.each(POSITIVE)('$text', ({ text, published, expect: expected }) => {
    const got = extractDates(text, { published: published ?? null });
    expect(got.map((d) => [d.date, d.mention.text])).toEqual(expected);
    for (const d of got) expect(d.mention.text).toBe(text.slice(d.mention.start, d.mention.end));
  });
});

describe('extractDates: negative cases', () => {
  test.each(NEGATIVE)('$text', ({ text, published }) => {
    expect(extractDates(text, { published: published ?? null })).toEqual([]);
  });
});

describe('extractDates: invalid calendar days and hostile input', () => {
  test('31 February is not a date', () => {
    expect(extractDates('On 31 February 2020 nothing happened.')).toEqual([]);
  });
  test('a long run of numbers without a month finds nothing (and does not backtrack for ever)', () => {
    expect(extractDates('1 and '.repeat(50_000))).toEqual([]);
  });
});
