/**
 * Penalty forms found on texts nobody tuned on: a range given to persons named a sentence later, counted
 * groups, list mates with appositions or titles, "X and two other officials", the operational period of a
 * suspended term, rulings in the infinitive, recurring payments, an unnamed subject between a name and a
 * penalty. Sentences are our own; each row states who gets what, and the negatives that nobody gets it.
 */
import { type InferredRow as Row, inferredRows as rows, runEntities as run } from './penalty-rows';

const POSITIVE: Array<[string, Row[]]> = [
  // a range for persons named in the next sentence, and a dismissal carried to them
  ['The two navy cadets at the centre of the hazing case have been jailed for between 90 days and one year and both have been dismissed from the navy. Cadet Tomas Rydell, 21, and Cadet Jonas Albrekt, 22, beat a recruit.',
    [['Tomas Rydell', 'imprisonment', null, null, null, true], ['Jonas Albrekt', 'imprisonment', null, null, null, true], ['Tomas Rydell', 'other', null, null, null, true], ['Jonas Albrekt', 'other', null, null, null, true]]],
  // a range for named persons in the same sentence
  ['Karel Novotny and Petr Hajek were sentenced to between three and five years in prison for the fraud.',
    [['Karel Novotny', 'imprisonment', null, null, null, false], ['Petr Hajek', 'imprisonment', null, null, null, false]]],
  // titles between list mates
  ['The three officers have been jailed for between six months and two years. Sgt Adam Brennan, Cpl Liam Doyle and Pte Owen Walsh assaulted the men.',
    [['Adam Brennan', 'imprisonment', null, null, null, true], ['Liam Doyle', 'imprisonment', null, null, null, true], ['Owen Walsh', 'imprisonment', null, null, null, true]]],
  // an apposition after the first list mate
  ['His cousin Farid Haddad, a former customs chief, and Samir Khoury, the former mayor of the town, were sentenced to death for the killings.',
    [['Farid Haddad', 'death_penalty', null, null, null, false], ['Samir Khoury', 'death_penalty', null, null, null, false]]],
  // an apposition before the second list mate
  ['The former police chief Farid Haddad and the former head of the customs service, Samir Khoury, were sentenced to life in prison.',
    [['Farid Haddad', 'imprisonment', null, null, null, false], ['Samir Khoury', 'imprisonment', null, null, null, false]]],
  // "alongside"
  ['Farid Haddad, alongside Samir Khoury, was sentenced to ten years in prison.',
    [['Farid Haddad', 'imprisonment', 'P10Y', null, null, false], ['Samir Khoury', 'imprisonment', 'P10Y', null, null, false]]],
  // "X and two other officials", the others named two sentences later
  ['In May, Omar Saleh and two other former ministers were convicted of embezzlement and sentenced to death. An appeals court upheld the verdict. The two other ministers are former finance chief Hadi Mansour and former Interior Minister Karim Nasser.',
    [['Omar Saleh', 'death_penalty', null, null, null, false], ['Hadi Mansour', 'death_penalty', null, null, null, true], ['Karim Nasser', 'death_penalty', null, null, null, true]]],
  // the top of several sentences, named after it
  ['Fifteen guards were convicted. The heaviest sentence was six years for Marco Bellini, the commander of the camp.',
    [['Marco Bellini', 'imprisonment', 'P6Y', null, null, false]]],
  // a count told after the phrase, and a verb with an unnamed object of its own
  ['A court has ordered ten days’ detention for two organisers of the march and fined a third. The court ruled that Aldo Ferri and Bruno Galli had blocked the road.',
    [['Aldo Ferri', 'administrative_detention', 'P10D', null, null, true], ['Bruno Galli', 'administrative_detention', 'P10D', null, null, true]]],
  // a suspended term with its operational period: one sanction
  ['On 4 March 2003 the District Court found Mr Pavol Kovac guilty and sentenced him to five months’ imprisonment, suspended for a period of two years.',
    [['Pavol Kovac', 'suspended_sentence', 'P5M', null, null, false]]],
  // days from a case the sentence before calls a misdemeanour are administrative detention
  ['On 3 May 2008 Mr Ivo Horvat was found guilty in misdemeanour proceedings of disturbing public order. He was sentenced to a ten-day period of imprisonment.',
    [['Ivo Horvat', 'administrative_detention', 'P10D', null, null, true]]],
  // "awarded" in South Asian court English, and rigorous or simple imprisonment
  ['The high court awarded the death sentence today to Vikram Lal Sharma, who was convicted of murder.', [['Vikram Lal Sharma', 'death_penalty', null, null, null, false]]],
  ['The court awarded Ramesh Kumar Gupta seven years’ rigorous imprisonment.', [['Ramesh Kumar Gupta', 'imprisonment', 'P7Y', null, null, false]]],
  ['The tribunal sentenced Abul Kalam Azad to five years of simple imprisonment.', [['Abul Kalam Azad', 'imprisonment', 'P5Y', null, null, false]]],
  // days the text says are a jail sentence stay imprisonment when no administrative case is named
  ['Judge Ana Ruiz also ordered Peter Quinlan to serve a 10-day jail sentence.', [['Peter Quinlan', 'imprisonment', 'P10D', null, null, false]]],
  // a party noun with "of": "convicted the applicant of fraud and sentenced him"
  ['The case originated in an application by Mr Dario Lenti (“the applicant”). On 3 June 1991 the Milan Court convicted the applicant of fraud and sentenced him to two years’ imprisonment.',
    [['Dario Lenti', 'imprisonment', 'P2Y', null, null, true]]],
  // older judgments name the one applicant only by nationality in the opening
  ['It originated in an application lodged with the Commission on 7 May 1992 by a British national, Mrs Ellen Hartley. The applicant lives in a caravan. On 7 January 1993 she was fined £60 and required to pay £15 costs.',
    [['Ellen Hartley', 'fine', null, 60, 'GBP', true]]],
  // a prison term in default of the fine is not imposed; a fine "in default of which" is
  ['The magistrate handed activist Chileshe Banda a fine of 9,000 kwacha, or three months’ simple imprisonment in default.', [['Chileshe Banda', 'fine', null, 9000, 'ZMW', false]]],
  // "sentenced to pay", and a term that replaces the fine only on a condition
  ['Mr Juraj Hlina (“the applicant”) is a journalist. The applicant was sentenced to pay 20,000 Slovakian korunas. This sentence was to be converted into two months’ imprisonment in the event that he avoided payment.',
    [['Juraj Hlina', 'fine', null, 20000, 'SKK', true]]],
  // a demand in the passive infinitive, then the ruling
  ['Prosecutors had asked for Conor Byrne to be jailed for 10 years; he was sentenced to six.', [['Conor Byrne', 'imprisonment', 'P6Y', null, null, true]]],
  // a second person and term after "for", with ages
  ['Conor Byrne, 45, was jailed for four years and his brother, Sean Byrne, 41, for three years.',
    [['Conor Byrne', 'imprisonment', 'P4Y', null, null, false], ['Sean Byrne', 'imprisonment', 'P3Y', null, null, true]]],
  // a community order is community service
  ['Conor Byrne was given a 12-month community order.', [['Conor Byrne', 'community_service', 'P1Y', null, null, false]]],
  // "A and B ("the applicants")" makes A the first applicant and B the second
  ['Mr Tomas Varga and Mr Imre Szabo (“the applicants”) were born in 1970. On 5 June 2007 the court sentenced the first applicant to three years and the second applicant to two years’ imprisonment.',
    [['Tomas Varga', 'imprisonment', 'P3Y', null, null, true], ['Imre Szabo', 'imprisonment', 'P2Y', null, null, true]]],
  // a sentence upheld, of the one tried before in the paragraph
  ['Mr Tomas Varga (“the applicant”) was born in 1970. The Supreme Court upheld the sentence of eight years’ imprisonment.', [['Tomas Varga', 'imprisonment', 'P8Y', null, null, true]]],
  // the court's own order in the subjunctive is a ruling
  ['The court ordered that Lena Sorensen be fined 2,000 euros for contempt.', [['Lena Sorensen', 'fine', null, 2000, 'EUR', false]]],
];

const NEGATIVE: Array<[string, string]> = [
  ['a firm of solicitors is no applicant', 'The applicant is a British citizen. He is represented before the Commission by Messrs Colin Drake & Co. solicitors. The applicant is a gypsy. In 1978 he was convicted and was fined.'],
  ['a ruling in the infinitive, asked about', 'During a hearing, Yusuf Rahimi asked: "Are you saying that if we plead guilty we will not be able to be sentenced to death?"'],
  ['a request that someone be ordered to pay upkeep', 'In her appeal Dana Petrova requested that the father of Pavel Petrov be ordered to pay EUR 500 per month in child support.'],
  ['a recurring charge', 'Under the scheme, Jan Kowalski was ordered to pay 300 zloty a month to the housing fund.'],
  ['an unnamed subject after a named person', 'This year the city prosecutor, Liu Dong, was executed for bribery, and in 2009 a powerful party boss was jailed for 18 years for fraud.'],
  ['a range for an unnamed group', 'A judge handed down jail terms between five months and five years to the fifteen guards.'],
  ['the parties a count names are no persons', 'The court found Aron Weiss and Bela Kun guilty. It also dissolved the two smaller parties and banned their leaders from politics for five years.'],
];

describe('penalties: groups, ranges and list forms', () => {
  it.each(POSITIVE)('%s', (text, expected) => {
    expect(rows(run(text))).toEqual(expect.arrayContaining(expected));
    expect(run(text)).toHaveLength(expected.length);
  });
  it.each(NEGATIVE)('no penalty: %s', (_why, text) => {
    expect(rows(run(text))).toEqual([]);
  });
});
