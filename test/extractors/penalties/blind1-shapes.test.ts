/**
 * extractPenalties on shapes the first blind batch showed: payments to a named party (no fine), verdict lists
 * ending in "Death", postponed executions, commentators and quoted pronouns (no recipient), a pronoun after a
 * judge's remark, fines told only by an equivalent, release on probation, a prison sentence without its term,
 * first-person quotes and unnamed wire-lead subjects. Sentences are our own.
 */
import { type Row, rows, run } from './penalty-rows';


const POSITIVE: Array<{ text: string; expect: Row[] }> = [
  // a payment to the state is still a fine
  { text: 'The court ordered Pavel Ivanov to pay 5,000 roubles to the state budget.', expect: [['Pavel Ivanov', 'fine', null, 5000, 'RUB']] },
  { text: 'The court ordered Pavel Ivanov to pay a fine of 5,000 roubles.', expect: [['Pavel Ivanov', 'fine', null, 5000, 'RUB']] },
  // verdict lists and executions
  {
    text: '==Verdicts==\n\n*Tomas Reyes - Life in prison *Daniel Ortega Cruz - Death *Luis Moreno - Death\n',
    expect: [['Tomas Reyes', 'imprisonment', null, null, null], ['Daniel Ortega Cruz', 'death_penalty', null, null, null], ['Luis Moreno', 'death_penalty', null, null, null]],
  },
  {
    text: 'The executions of Karim Haddad and Samir Nasser were postponed until after the holiday.',
    expect: [['Karim Haddad', 'death_penalty', null, null, null], ['Samir Nasser', 'death_penalty', null, null, null]],
  },
  // the subject pronoun of a ruling skips the judge who spoke in between
  {
    text: 'Peter Marsh and his wife Helen Marsh were found guilty of fraud.\n\nJudge Alan Booth described the fraud as "shameful".\n\nHe was jailed for 15 months.',
    expect: [['Peter Marsh', 'imprisonment', 'P1Y3M', null, null]],
  },
  // a fine told only by its equivalent, given to each of a group
  {
    text: 'Mr Artur Benko and Ms Olga Lisova were arrested. An official ruled on their case, imposing fines equivalent to about EUR 4.70 on each of them.',
    expect: [['Artur Benko', 'fine', null, 4.7, 'EUR'], ['Olga Lisova', 'fine', null, 4.7, 'EUR']],
  },
  { text: 'The court imposed a fine of EUR 50 on Mr Artur Benko.', expect: [['Artur Benko', 'fine', null, 50, 'EUR']] },
  // a court's own release on probation is a suspended term with its probation
  {
    text: 'Judge Anna Kovac sentenced Oleh Bondar to three years but released him on probation with a probation period of one year.',
    expect: [['Oleh Bondar', 'suspended_sentence', 'P3Y', null, null], ['Oleh Bondar', 'probation', 'P1Y', null, null]],
  },
  // a prison sentence without its term; the speaker of a first-person quote
  { text: 'A court in Osh sentenced Bakyt Asanov to imprisonment.', expect: [['Bakyt Asanov', 'imprisonment', null, null, null]] },
  { text: 'Bakyt Asanov was freed by protesters. "I was sentenced to imprisonment and must serve my time," he said.', expect: [['Bakyt Asanov', 'imprisonment', null, null, null]] },
  { text: 'Bakyt Asanov spoke on Friday. "I was sentenced to two years in 1999," Asanov said.', expect: [['Bakyt Asanov', 'imprisonment', 'P2Y', null, null]] },
  // a wire lead: the unnamed subject is named in the next sentence
  {
    text: 'A former clerk of the city water board was sentenced on Monday to one year in prison for theft. Maria Lopez from Aurora admitted taking the money.',
    expect: [['Maria Lopez', 'imprisonment', 'P1Y', null, null]],
  },
  {
    text: 'BOSTON (AP) — A former clerk of the water board was sentenced on Monday to one year in prison. Maria Lopez from Aurora admitted the theft.',
    expect: [['Maria Lopez', 'imprisonment', 'P1Y', null, null]],
  },
];

const NEGATIVE: Array<{ text: string; expect: Row[] }> = [
  // damages and restitution to a named party are no fine
  {
    text: 'Tom Hale and Rick Dunn were sentenced to nine months periodic detention and ordered to pay the City Library Trust $151,000 for the damage.',
    expect: [['Tom Hale', 'imprisonment', 'P9M', null, null], ['Rick Dunn', 'imprisonment', 'P9M', null, null]],
  },
  { text: 'The court ordered Pavel Ivanov to pay her 5,000 roubles.', expect: [] },
  { text: 'The court ordered Pavel Ivanov to pay 2,000 dollars to the victim\'s family.', expect: [] },
  { text: 'Kevin Doyle was ordered to pay a $250 donation to the Youth Club of Dayton.', expect: [] },
  // a commentator, a quoted third-person pronoun and "any of" are no recipients
  {
    text: 'Foreign Minister Paul Grant spoke today. "I wrote to the Attorney-General reminding him that we did not want to see any of the men sentenced to death," he said.',
    expect: [],
  },
  { text: 'Ivan Petrov met Anna Smith on Monday. "He was sentenced to five years," Petrov said.', expect: [] },
  // a plural relative clause after one name speaks of the unnamed many
  { text: 'Omar Saleh was also charged with the killing of 140 villagers in 1982, who were sentenced to death after a sham trial.', expect: [] },
  // release on probation after a term is no sentence
  { text: 'In 1987 the court sentenced Jan Novak to six years\' imprisonment. On 4 April 1990 he was released and placed on probation for three years.', expect: [['Jan Novak', 'imprisonment', 'P6Y', null, null]] },
  // no bare term beside a termed one; a death toll is no verdict
  { text: 'A court sentenced Bakyt Asanov to imprisonment for five years.', expect: [['Bakyt Asanov', 'imprisonment', 'P5Y', null, null]] },
  { text: 'Flood in Dhaka - Death toll rises to 40.', expect: [] },
  // a name after a preposition of place is a place, not the one fined
  { text: 'Officials fined Markland Manufacturing, a business located across the street from Kennedy Elementary, $21,000.', expect: [] },
  { text: 'The court fined Ivan Petrov from Minsk 500 roubles.', expect: [['Ivan Petrov', 'fine', null, 500, 'BYN']] },
  { text: 'A court in Denver heard on Monday that the sentence of one year in prison was fair. Maria Lopez from Aurora spoke.', expect: [] },
];

describe('extractPenalties: blind batch 1 shapes', () => {
  it.each(POSITIVE)('$text', ({ text, expect: want }) => {
    expect(rows(run(text))).toEqual(want);
  });
  it.each(NEGATIVE)('no false recipient: $text', ({ text, expect: want }) => {
    expect(rows(run(text))).toEqual(want);
  });
});
