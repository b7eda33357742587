/**
 * Penalties: literal sentences with who got what. Persons come from the real
 * persons extractor, dates from the real dates extractor, as in the pipeline.
 */
import type { Penalty } from '../../../src/contract';
import { extractDates } from '../../../extractors/dates';
import { extractPenalties, parseDuration } from '../../../extractors/penalties';
import { extractPersons } from '../../../extractors/persons';

type Row = [person: string, type: string, duration: string | null, amount: number | null, currency: string | null, inferred: boolean];

function run(text: string, published: string | null = null): Penalty[] {
  const persons = extractPersons(text);
  const dates = extractDates(text, { published });
  const got = extractPenalties(text, { persons, dates, courts: [] });
  for (const p of got) expect(p.mention.text).toBe(text.slice(p.mention.start, p.mention.end));
  return got;
}

const rows = (ps: Penalty[]): Row[] => ps.map((p) => [p.person ?? '', p.type, p.duration, p.amount, p.currency, p.inferred]);

const POSITIVE: Array<{ text: string; expect: Row[] }> = [
  {
    text: 'On 13th December 2019, the Munaylin District Court sentenced political activist Zhambyl Kobeysinov to six months’ imprisonment, and his wife Dilbar Bezhanova to six months of restriction of freedom.',
    expect: [
      ['Zhambyl Kobeysinov', 'imprisonment', 'P6M', null, null, false],
      ['Dilbar Bezhanova', 'restriction_of_freedom', 'P6M', null, null, false],
    ],
  },
  {
    text: 'Askhat Zheksebaev was sentenced to 15 days’ administrative detention, Noyan Rakhimzhanov to 13 days and Bakdaulet Alibekov was ordered to pay a fine of 50,000 KZT (123 EUR or 133 US Dollars).',
    expect: [
      ['Askhat Zheksebaev', 'administrative_detention', 'P15D', null, null, false],
      ['Noyan Rakhimzhanov', 'administrative_detention', 'P13D', null, null, true],
      ['Bakdaulet Alibekov', 'fine', null, 50000, 'KZT', false],
    ],
  },
  {
    text: 'Gulmira Khalykova, Galiya Tamabayeva and Marat Musabaev were each sentenced to 15 days of administrative arrest.',
    expect: [
      ['Gulmira Khalykova', 'administrative_detention', 'P15D', null, null, false],
      ['Galiya Tamabayeva', 'administrative_detention', 'P15D', null, null, false],
      ['Marat Musabaev', 'administrative_detention', 'P15D', null, null, false],
    ],
  },
  {
    text: 'The Shymkent City Court sentenced activist Nurzhan Mukhamedov to 200 hours of community service and a small fine.',
    expect: [
      ['Nurzhan Mukhamedov', 'community_service', 'PT200H', null, null, false],
      ['Nurzhan Mukhamedov', 'fine', null, null, null, false],
    ],
  },
  {
    text: 'Blogger Amangeldy Batyrbekov was sentenced to two years and ten months’ imprisonment for libel.',
    expect: [['Amangeldy Batyrbekov', 'imprisonment', 'P2Y10M', null, null, false]],
  },
  {
    text: 'The court sentenced journalist Sergei Ivanov to seven and a half years in a strict-regime penal colony.',
    expect: [['Sergei Ivanov', 'imprisonment', 'P7Y6M', null, null, false]],
  },
  {
    text: 'Marat Musabaev was given 15 day’s detention for calling for a demonstration.',
    expect: [['Marat Musabaev', 'administrative_detention', 'P15D', null, null, false]],
  },
  {
    text: 'The court fined blogger Yerlan Akhmetov 252,500 tenge (about US$600) for the post.',
    expect: [['Yerlan Akhmetov', 'fine', null, 252500, 'KZT', false]],
  },
  {
    text: 'A Minsk court fined Ales Kavaliou 1.5 million rubles, a record for Belarus.',
    expect: [['Ales Kavaliou', 'fine', null, 1500000, 'BYN', false]],
  },
  {
    text: 'In Kazakhstan, a court fined Daniyar Adilbekov 50 monthly calculation indices (MCI) (about 132,550 tenge).',
    expect: [['Daniyar Adilbekov', 'fine', null, 132550, 'KZT', false]],
  },
  {
    text: 'The Baku court sentenced Tofig Yagublu to 18 months in prison and fined Ilkin Rustamzade 2,000 manats.',
    expect: [
      ['Tofig Yagublu', 'imprisonment', 'P1Y6M', null, null, false],
      ['Ilkin Rustamzade', 'fine', null, 2000, 'AZN', false],
    ],
  },
  {
    text: 'The court banned journalist Maria Petrova from journalism for three years.',
    expect: [['Maria Petrova', 'ban', 'P3Y', null, null, false]],
  },
  {
    text: 'Judge Sergei Mikhailov gave Galina Ershova a suspended sentence of two years with a probation period of one year.',
    expect: [
      ['Galina Ershova', 'suspended_sentence', 'P2Y', null, null, false],
      ['Galina Ershova', 'probation', 'P1Y', null, null, false],
    ],
  },
  {
    text: 'On 5th December 2019, Uralsk City Administrative Court issued an official warning to Aibolat Bukenov.',
    expect: [['Aibolat Bukenov', 'warning', null, null, null, false]],
  },
  {
    text: 'The Revolutionary Court sentenced Mohammad Hosseini to death for enmity against God.',
    expect: [['Mohammad Hosseini', 'death_penalty', null, null, null, false]],
  },
  {
    text: 'Bahodur Saidov was fined 2,900 somoni, and Anvar Hakimov 1,450.',
    expect: [
      ['Bahodur Saidov', 'fine', null, 2900, 'TJS', false],
      ['Anvar Hakimov', 'fine', null, 1450, 'TJS', true],
    ],
  },
  {
    text: 'Batbayar Ganbold and Enkhbold Tsogt received suspended prison terms of 2 years and 1 year 6 months respectively.',
    expect: [
      ['Batbayar Ganbold', 'suspended_sentence', 'P2Y', null, null, false],
      ['Enkhbold Tsogt', 'suspended_sentence', 'P1Y6M', null, null, false],
    ],
  },
  {
    text: 'Judge Mikhailov sentenced Viktor Pankratov, a 41-year-old driver, to one year of forced labour.',
    expect: [['Viktor Pankratov', 'forced_labour', 'P1Y', null, null, false]],
  },
  {
    text: 'In Taraz, the court sentenced Abzal Dostiyarov, Yerkin Shaimerden and Saule Kokenova to 10, 7 and 5 days of administrative detention respectively.',
    expect: [
      ['Abzal Dostiyarov', 'administrative_detention', 'P10D', null, null, false],
      ['Yerkin Shaimerden', 'administrative_detention', 'P7D', null, null, false],
      ['Saule Kokenova', 'administrative_detention', 'P5D', null, null, false],
    ],
  },
  {
    text: 'Yerzhan Kuttybayev and Saule Amanova had been fined 252,500 and 126,250 tenge respectively.',
    expect: [
      ['Yerzhan Kuttybayev', 'fine', null, 252500, 'KZT', false],
      ['Saule Amanova', 'fine', null, 126250, 'KZT', false],
    ],
  },
  {
    text: 'Reporters Kanykei Bakirova and Aziz Toktogulov got five years’ probation each, and were banned from journalism for the same period.',
    expect: [
      ['Kanykei Bakirova', 'probation', 'P5Y', null, null, false],
      ['Aziz Toktogulov', 'probation', 'P5Y', null, null, false],
      ['Kanykei Bakirova', 'ban', 'P5Y', null, null, false],
      ['Aziz Toktogulov', 'ban', 'P5Y', null, null, false],
    ],
  },
  {
    text: 'Marzia Hashimi was sentenced to 39 lashes and six months in prison.',
    expect: [
      ['Marzia Hashimi', 'other', null, null, null, false],
      ['Marzia Hashimi', 'imprisonment', 'P6M', null, null, false],
    ],
  },
  {
    text: 'A second defendant, Chen Yu, who had helped Li Wenjun upload the videos, was sentenced to two years in prison, suspended for three years.',
    expect: [
      // the operational period of a suspended term is no penalty of its own (ANNOTATION.md: one entry per sanction)
      ['Chen Yu', 'suspended_sentence', 'P2Y', null, null, false],
    ],
  },
  {
    text: 'Ms. Aliya Zhumatova received 5 years’ imprisonment, while Mr. Kanat Utepbergenov was given 4.',
    expect: [
      ['Aliya Zhumatova', 'imprisonment', 'P5Y', null, null, false],
      ['Kanat Utepbergenov', 'imprisonment', 'P4Y', null, null, true],
    ],
  },
  {
    text: 'Nargiz Absalamova was sentenced to 8 years, Elnara Gasimova to 8 and Aziz Orujov to 7.',
    expect: [
      ['Nargiz Absalamova', 'imprisonment', 'P8Y', null, null, false],
      ['Elnara Gasimova', 'imprisonment', 'P8Y', null, null, true],
      ['Aziz Orujov', 'imprisonment', 'P7Y', null, null, true],
    ],
  },
  {
    text: 'Tapiwa Chikomo and Rudo Nyathi were each fined US$200, with the alternative of two months in prison if they fail to pay.',
    expect: [
      ['Tapiwa Chikomo', 'fine', null, 200, 'USD', false],
      ['Rudo Nyathi', 'fine', null, 200, 'USD', false],
    ],
  },
  {
    text: 'Judge Natalia Kravets sentenced Oleksandr Melnyk to three years’ imprisonment but released him on probation with a probation period of one year.',
    expect: [
      ['Oleksandr Melnyk', 'suspended_sentence', 'P3Y', null, null, false],
      ['Oleksandr Melnyk', 'probation', 'P1Y', null, null, false],
    ],
  },
  {
    text: 'The judge banned Galina Ershova from administering websites and Telegram channels for one year and six months.',
    expect: [['Galina Ershova', 'ban', 'P1Y6M', null, null, false]],
  },
  {
    text: 'Sentenced this week:\n• Ivan Ivanov – 15 days\n• Maria Petrova – 2 years',
    expect: [
      ['Ivan Ivanov', 'administrative_detention', 'P15D', null, null, false],
      ['Maria Petrova', 'imprisonment', 'P2Y', null, null, false],
    ],
  },
  {
    text: 'The appeal court cut the sentence of Bolat Ospanov to three years.',
    expect: [['Bolat Ospanov', 'imprisonment', 'P3Y', null, null, false]],
  },
  {
    text: 'Svetlana Tikhanovskaya was sentenced in absentia to 15 years in prison.',
    expect: [['Svetlana Tikhanovskaya', 'imprisonment', 'P15Y', null, null, false]],
  },
  {
    text: 'A Kampala court ordered Ivan Ssemwogerere to pay 500,000 shillings or serve three months in prison if he did not pay.',
    expect: [['Ivan Ssemwogerere', 'fine', null, 500000, 'UGX', false]],
  },
  {
    text: 'The court fined them 50,000 birr and 30,000 birr respectively, said Meskerem Tadesse and Yonas Gebremedhin.',
    expect: [],
  },
];

// Demands, maximums, remand, hypotheticals, sport, and penalties of nobody named.
const NEGATIVE: string[] = [
  'The prosecutor asked for seven years of imprisonment for Zhambyl Kobeysinov.',
  'Prosecutor Dzmitry Ramanau asked the court to sentence Katsiaryna Andreyeva to nine years in a general-regime colony.',
  'Under Article 174 Aigul Utepova faces up to seven years in prison.',
  'If convicted, Sanat Bukenov could be sentenced to five years.',
  'The court remanded Kanat Nurov in pre-trial detention for two months.',
  'Nurlan Serikov was placed under house arrest for two months pending trial.',
  'The disciplinary committee of the football federation banned striker Artem Kravchenko for eight matches and fined him 5,000 euros.',
  'At least six people were sentenced to between five and 15 days of administrative detention.',
  'Seven demonstrators received substantial fines.',
  'The law provides for fines of up to 2,000 somoni for Daler Rahimov and others.',
  'Askar Shaigumarov spent two years in prison before his release.',
  'The hunger strike of Marat Zhylanbayev lasted 15 days.',
  'The court ordered Daler Qurbonov to pay damages of 8,000 somoni to a former deputy minister.',
  'A court placed the blogger Behruz Nazarov under house arrest for two months while investigators look into his posts.',
  'Ogulgerek Nurmuhammedova received a written warning from the hospital management.',
  'The court upheld a seven-year prison sentence against blogger Nurbek Toktakunov’s former cameraman.',
  'Judge Sergei Mikhailov, 41, was appointed for seven years.',
  'Each fine is equivalent to about 1,270 dollars, said Karim Fawzy.',
  'The court gave Ivan Petrov three days to appeal the ruling.',
  'Facebook banned Askar Nurov from posting for 30 days.',
  'Marat Aliyev, who served 10 years in prison, was released in May 2019.',
  'Police detained Aigerim Tulegenova for three hours.',
  'The court could have sentenced Tofig Yagublu to 12 years.',
  'Ruslan Ismailov has been on hunger strike for 20 days.',
  'On hunger strike: Ruslan Ismailov – 20 days so far, his lawyer said.',
  'The court acquitted Maria Kolesnikova and ordered the state to pay her 5,000 rubles in compensation.',
];

describe('extractPenalties: positive cases', () => {
  test.each(POSITIVE)('$text', ({ text, expect: expected }) => {
    expect(rows(run(text))).toEqual(expected);
  });
});

describe('extractPenalties: negative cases', () => {
  test.each(NEGATIVE)('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('extractPenalties: ruling date and currency by country', () => {
  test('the ruling date is the date of the sentencing sentence', () => {
    const text = 'On 13th December 2019, the court sentenced activist Zhambyl Kobeysinov to six months’ imprisonment.';
    expect(run(text)[0].date).toBe('2019-12-13');
  });
  test('a pronoun subject takes the person named just before, marked inferred', () => {
    const text = 'Amangeldy Batyrbekov edits a newspaper. In September 2019 he was sentenced to two years’ imprisonment.';
    expect(rows(run(text))).toEqual([['Amangeldy Batyrbekov', 'imprisonment', 'P2Y', null, null, true]]);
    expect(run(text)[0].date).toBe('2019-09');
  });
  test.each([
    ['A Moscow court fined Ivan Petrov 20,000 rubles.', 'RUB'],
    ['A court in Minsk, Belarus, fined Ivan Pyatrou 20,000 rubles.', 'BYN'],
    ['A court in Ashgabat, Turkmenistan, fined Merdan Atayev 400 manats.', 'TMT'],
    ['A court in Bishkek, Kyrgyzstan, fined Almaz Sydykov 3,000 som.', 'KGS'],
    ['A court in Tashkent, Uzbekistan, fined Ilkhom Nematov 9 million soums.', 'UZS'],
    ['A court in Tbilisi fined Nika Gvaramia 2,000 lari.', 'GEL'],
    ['A court in Yerevan fined Anahit Grigoryan 500,000 drams.', 'AMD'],
    ['A Kyiv court fined Oleksandr Melnyk 3,400 hryvnias.', 'UAH'],
    ['A court fined Karim Fawzy $500.', 'USD'],
    ['A court fined Selin Arslan 300 euros.', 'EUR'],
  ])('%s', (text, currency) => {
    expect(run(text).map((p) => p.currency)).toEqual([currency]);
  });
});

describe('parseDuration', () => {
  test.each([
    ['two years and ten months', 'P2Y10M'],
    ['seven and a half years', 'P7Y6M'],
    ['18 months', 'P1Y6M'],
    ['15 day’s', 'P15D'],
    ['40 hours', 'PT40H'],
    ['a year and a half', 'P1Y6M'],
    ['3 years, 1 month and 15 days', 'P3Y1M15D'],
    ['twenty-five years', 'P25Y'],
    ['two hundred hours', 'PT200H'],
  ])('%s → %s', (s, iso) => {
    expect(parseDuration(s)).toBe(iso);
  });
});

describe('extractPenalties: long and hostile input', () => {
  test('thousands of sentencing sentences give one penalty each, in order', () => {
    const text = 'On 13 December 2019 the court sentenced Ivan Petrov to 5 years. '.repeat(2000);
    const got = run(text);
    expect(got).toHaveLength(2000);
    expect(new Set(got.map((p) => p.duration))).toEqual(new Set(['P5Y']));
  });
  test.each([
    ['numbers', '1,000 '.repeat(50_000)],
    ['cues', 'fined sentenced banned '.repeat(20_000)],
    ['one long word', 'x'.repeat(500_000)],
  ])('%s: nothing found, no hang', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
