/**
 * extractPenalties on shapes found by the second held-out round: Latin American and African currency
 * words, "handed to A and his nephew B", "another 15 days" after a term, digest lines ending in "– warning",
 * gapped clauses ("A got 10 years, B 11"), lawyers as passive defendants,
 * changed sentences ending in a bare number ("from eight years to five"), partly suspended terms and "home chemistry".
 */
import { type Row, rows, run } from './penalty-rows';


const POSITIVE: Array<{ text: string; expect: Row[] }> = [
  { text: 'The judge ordered Rigoberto Choc Maquín to pay a fine of 20,000 quetzales.', expect: [['Rigoberto Choc Maquín', 'fine', null, 20000, 'GTQ']] },
  { text: 'A court in Tegucigalpa fined reporter Dunia Mejía Cruz 15,000 lempiras.', expect: [['Dunia Mejía Cruz', 'fine', null, 15000, 'HNL']] },
  { text: 'The magistrate fined Alhaji Kamara 5,000 leones for the post.', expect: [['Alhaji Kamara', 'fine', null, 5000, 'SLE']] },
  { text: 'A court in Kigali fined Jean Bosco Mugisha 500,000 Rwandan francs.', expect: [['Jean Bosco Mugisha', 'fine', null, 500000, 'RWF']] },
  {
    text: 'Sentences of 5 years 6 months were handed to Sharofiddin Rahmonzoda and his nephew Farrukh Nazarzoda by the court.',
    expect: [['Sharofiddin Rahmonzoda', 'imprisonment', 'P5Y6M', null, null], ['Farrukh Nazarzoda', 'imprisonment', 'P5Y6M', null, null]],
  },
  {
    text: 'Raman Liakhovich (Homiel) – 13 days of arrest; on 24 March, on leaving the detention centre, another 15 days',
    expect: [['Raman Liakhovich', 'administrative_detention', 'P13D', null, null], ['Raman Liakhovich', 'administrative_detention', 'P15D', null, null]],
  },
  {
    text: 'Activist Oleg Petrov was given 10 days of arrest and then a further 12 days.',
    expect: [['Oleg Petrov', 'administrative_detention', 'P10D', null, null], ['Oleg Petrov', 'administrative_detention', 'P12D', null, null]],
  },
  { text: 'Andrei Kasheuski (Minsk) – 10 days of arrest\nViktar Ryzhankou (Pinsk) – warning\n', expect: [['Andrei Kasheuski', 'administrative_detention', 'P10D', null, null], ['Viktar Ryzhankou', 'warning', null, null, null]] },
  { text: 'Ivan Sidorov (Brest) — a formal warning', expect: [['Ivan Sidorov', 'warning', null, null, null]] },
  {
    text: 'The Baku Court of Appeal reduced Elvin Isayev\'s term from eight years to five.',
    expect: [['Elvin Isayev', 'imprisonment', 'P8Y', null, null], ['Elvin Isayev', 'imprisonment', 'P5Y', null, null]],
  },
  {
    text: 'On 3 May the appeal court cut the sentence of Aleh Hrytsuk from 18 months to 12 on appeal.',
    expect: [['Aleh Hrytsuk', 'imprisonment', 'P1Y6M', null, null], ['Aleh Hrytsuk', 'imprisonment', 'P1Y', null, null]],
  },
  { text: 'On appeal, the Minsk Regional Court cut Aleh Hrytsuk\'s sentence to three years.', expect: [['Aleh Hrytsuk', 'imprisonment', 'P3Y', null, null]] },
  {
    text: 'Kamila Usmonova was sentenced to 7 years and 6 months in prison; Alisher Rahimov to 5.',
    expect: [['Kamila Usmonova', 'imprisonment', 'P7Y6M', null, null], ['Alisher Rahimov', 'imprisonment', 'P5Y', null, null]],
  },
  { text: 'Bobur Aliyev was deprived of liberty for 3 years.', expect: [['Bobur Aliyev', 'imprisonment', 'P3Y', null, null]] },
  {
    text: 'Dilshod Rakhmonov (Khujand) – 8 years\nFarhod Sattorov – 10 years\nAnvar Yusupov (Kulob, 34) — 5 years 6 months\n',
    expect: [['Dilshod Rakhmonov', 'imprisonment', 'P8Y', null, null], ['Farhod Sattorov', 'imprisonment', 'P10Y', null, null], ['Anvar Yusupov', 'imprisonment', 'P5Y6M', null, null]],
  },
  {
    // a partly suspended term is recorded once, as handed down (the convention of the batch-2 gold on real text)
    text: 'The court in Oran sentenced Karim Tabbou to one year in prison, six months of which suspended.',
    expect: [['Karim Tabbou', 'imprisonment', 'P1Y', null, null]],
  },
  { text: 'Karim Tabbou was sentenced to one year in prison, suspended.', expect: [['Karim Tabbou', 'suspended_sentence', 'P1Y', null, null]] },
  { text: 'A Minsk court gave Palina Sharenda-Panasiuk two years of \'home chemistry\'.', expect: [['Palina Sharenda-Panasiuk', 'restriction_of_freedom', 'P2Y', null, null]] },
  {
    text: 'Maksim Znak got 10 years, Maria Kalesnikava 11.',
    expect: [['Maksim Znak', 'imprisonment', 'P10Y', null, null], ['Maria Kalesnikava', 'imprisonment', 'P11Y', null, null]],
  },
  { text: 'Lawyer Tofig Yagublu was convicted and given 4 years and 6 months.', expect: [['Tofig Yagublu', 'imprisonment', 'P4Y6M', null, null]] },
  { text: 'A sentence of three years and six months was passed on Gubad Ibadoghlu.', expect: [['Gubad Ibadoghlu', 'imprisonment', 'P3Y6M', null, null]] },
  { text: 'His lawyer Elchin Sadigov said Tofig Yagublu was sentenced to 4 years.', expect: [['Tofig Yagublu', 'imprisonment', 'P4Y', null, null]] },
  {
    text: 'Sentenced: Dilshod Rakhmonov (Khujand) – 8 years; Farhod Sattorov (Dushanbe) – 10 years.',
    expect: [['Dilshod Rakhmonov', 'imprisonment', 'P8Y', null, null], ['Farhod Sattorov', 'imprisonment', 'P10Y', null, null]],
  },
];

const NEGATIVE: string[] = [
  'Opposition leader Ivan Sidorov – warning of a crackdown – spoke to reporters.',
  'The lawyer of Oleg Petrov said another 15 days of hearings were planned.',
  'Elvin Isayev was sentenced to eight years. He went to five hearings.',
  'Sentences of five years were handed to Sharofiddin Rahmonzoda and his lawyer Daler Imomalizoda was disbarred.',
  'Dilshod Rakhmonov (Khujand) – 8 years ago he moved to Moscow.',
  'Ivan Petrov was jailed for 5 years, his son Oleg Sidorov 6 months later left the country.',
];

describe('extractPenalties: held-out round 2 shapes', () => {
  it.each(POSITIVE)('$text', ({ text, expect: want }) => {
    expect(rows(run(text))).toEqual(want);
  });
  it('gives nothing where no penalty is handed down (or no second recipient)', () => {
    expect(rows(run(NEGATIVE[0]))).toEqual([]);
    expect(rows(run(NEGATIVE[1]))).toEqual([]);
    expect(rows(run(NEGATIVE[2]))).toEqual([['Elvin Isayev', 'imprisonment', 'P8Y', null, null]]);
    // (the lawyer's own disbarment is his, a ban; the five years stay with the one they were handed to)
    expect(rows(run(NEGATIVE[3]))).toEqual([['Sharofiddin Rahmonzoda', 'imprisonment', 'P5Y', null, null], ['Daler Imomalizoda', 'ban', null, null, null]]);
    expect(rows(run(NEGATIVE[4]))).toEqual([]);
    expect(rows(run(NEGATIVE[5])).map((r) => r[0])).toEqual(['Ivan Petrov']);
  });
});
