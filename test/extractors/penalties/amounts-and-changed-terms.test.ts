/**
 * extractPenalties on shapes found by the held-out documents: currency symbols, cents and lakh grouping in
 * fines, "without the option of a fine", both terms of a changed sentence, and unnamed subjects.
 */
import { type Row, rows, run } from './penalty-rows';


const POSITIVE: Array<{ text: string; expect: Row[] }> = [
  { text: 'Blogger Emeka Nnamdi was fined ₦250,000.00 (about US$160).', expect: [['Emeka Nnamdi', 'fine', null, 250000, 'NGN']] },
  { text: 'The court ordered journalist Ana Reyes Santos to pay a fine of ₱75,500.50.', expect: [['Ana Reyes Santos', 'fine', null, 75500.5, 'PHP']] },
  { text: 'The tribunal fined activist Rahim Uddin Tk 2,50,000.', expect: [['Rahim Uddin', 'fine', null, 250000, 'BDT']] },
  { text: 'The judge fined reporter Luis Huamán Flores 8,400.00 soles.', expect: [['Luis Huamán Flores', 'fine', null, 8400, 'PEN']] },
  {
    text: 'The organiser, Chinedu Okeke, was jailed for two years without the option of a fine.',
    expect: [['Chinedu Okeke', 'imprisonment', 'P2Y', null, null]],
  },
  {
    text: 'The appeal court reduced the sentence of the blogger Samir Haddad, who had been held in solitary confinement for much of his first year in prison, from nine years to seven years.',
    expect: [['Samir Haddad', 'imprisonment', 'P9Y', null, null], ['Samir Haddad', 'imprisonment', 'P7Y', null, null]],
  },
  { text: "Nodira Karimova's sentence was reduced from 15 days to 10 days.", expect: [['Nodira Karimova', 'administrative_detention', 'P15D', null, null], ['Nodira Karimova', 'administrative_detention', 'P10D', null, null]] },
  {
    text: 'Organisers Grace Achieng and Peter Otieno were each fined 20,000 shillings in Kenya, and the six other protesters were given fines of 5,000 shillings each.',
    expect: [['Grace Achieng', 'fine', null, 20000, 'KES'], ['Peter Otieno', 'fine', null, 20000, 'KES']],
  },
  { text: 'In Busan, union organiser Kim Ji-hoon was ordered to pay a fine of 2,500,000 won.', expect: [['Kim Ji-hoon', 'fine', null, 2500000, 'KRW']] },
  // an age after a name does not break a list of defendants
  {
    text: 'Aliya K. Dzhaksybekova, 52, and her neighbour Serik Omarov were each given two years of restricted freedom.',
    expect: [['Aliya K. Dzhaksybekova', 'restriction_of_freedom', 'P2Y', null, null], ['Serik Omarov', 'restriction_of_freedom', 'P2Y', null, null]],
  },
  // a lawyer who is the subject of a ruling is a defendant
  { text: 'Shirin Ahmadi, a lawyer in Mashhad, was sentenced to five years.', expect: [['Shirin Ahmadi', 'imprisonment', 'P5Y', null, null]] },
  {
    text: 'Reporter Dawit Haile Mariam received a two-year prison sentence on 20 January; the sentence was later reduced on appeal to ten months.',
    expect: [['Dawit Haile Mariam', 'imprisonment', 'P2Y', null, null], ['Dawit Haile Mariam', 'imprisonment', 'P10M', null, null]],
  },
  { text: 'On 3 February a judge ordered that the priest Julio César Mendieta serve 12 years and 6 months.', expect: [['Julio César Mendieta', 'imprisonment', 'P12Y6M', null, null]] },
  { text: 'The court fined the editor Rosa Elena Chamorro the equivalent of US$5,000.', expect: [['Rosa Elena Chamorro', 'fine', null, 5000, 'USD']] },
  {
    text: 'The students Maryia Lapko (4 years), Hanna Dzeravianka (2.5 years) and Ihar Zhuk (18 months) were convicted under Article 342.',
    expect: [['Maryia Lapko', 'imprisonment', 'P4Y', null, null], ['Hanna Dzeravianka', 'imprisonment', 'P2Y6M', null, null], ['Ihar Zhuk', 'imprisonment', 'P1Y6M', null, null]],
  },
];

const NEGATIVE: string[] = [
  'The activists Maryia Lapko (4 years in the movement) and Ihar Zhuk (18 months abroad) spoke at the rally.',
  'The prosecutor told the court that Perdebay Sultanov should serve six years.',
  'Each fine handed to Ilkin Mammadli was equivalent to about 1,270 dollars.',
  'Shirin Ahmadi, a lawyer in Mashhad, said her client was sentenced to five years.',
  'Their candidate won 12,000 votes in the district.',
  'He faces between five and ten years; the hearing was set for three days to allow appeals.',
  'The maximum penalty under the law is a fine of ₦500,000 or three years, prosecutors said.',
  'The court refused bail to Chinedu Okeke; a sentence without the option of a fine is expected.',
];

describe('extractPenalties: held-out shapes', () => {
  test.each(POSITIVE)('$text', ({ text, expect: expected }) => {
    expect(rows(run(text))).toEqual(expected);
  });
  test.each(NEGATIVE)('nothing: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});
