/**
 * extractDates on shapes found by the held-out documents: ambiguous slashed dates read in the order the
 * document's unambiguous ones use, and future-tense cues a long clause before a yearless date.
 */
import { extractDates } from '../../../extractors/dates';

const CASES: Array<{ text: string; published: string | null; dates: string[] }> = [
  { text: 'Covered: 1/2/2024 to 15/3/2024. On 4/3/2024 the court ruled.', published: null, dates: ['2024-02-01', '2024-03-15', '2024-03-04'] },
  { text: 'Filed 3/15/2024; heard 4/3/2024.', published: null, dates: ['2024-03-15', '2024-04-03'] },
  // no unambiguous slashed date, or both orders: ambiguous ones are left out
  { text: 'On 4/3/2024 the court ruled.', published: null, dates: [] },
  { text: 'On 15/3/2024 and 3/16/2024, and on 4/3/2024.', published: null, dates: ['2024-03-15', '2024-03-16'] },
  { text: 'The court will deliver its verdict in the sedition trial of the former opposition lawmaker and editor on 9 July.', published: '2024-06-28', dates: ['2024-07-09'] },
  { text: 'The court delivered its verdict in the sedition trial of the former opposition lawmaker and editor on 9 July.', published: '2024-07-28', dates: ['2024-07-09'] },
  { text: 'Arrested on 04/03/24 in London and released on 15/03/24.', published: null, dates: ['2024-03-04', '2024-03-15'] },
  { text: 'The file was 3/4/24 in the old system.', published: null, dates: [] },
  { text: 'He was fined in March last year and again in May this year; the appeal is in January next year.', published: '2024-05-20', dates: ['2023-03', '2024-05', '2025-01'] },
];

describe('extractDates: slashed order and long future clauses', () => {
  test.each(CASES)('$text', ({ text, published, dates }) => {
    const found = extractDates(text, { published });
    expect(found.map((d) => d.date)).toEqual(dates);
    for (const d of found) expect(d.mention.text).toBe(text.slice(d.mention.start, d.mention.end));
  });
});
