/**
 * extractPenalties on shapes the third blind batch and the even-id texts showed: a sentence told as a state being
 * served ("is serving a prison sentence", "imprisoned under a semi-custodial regime"), a suspended or death sentence
 * told without its term, a suspension from office, a court's sentence naming no one, ECtHR parties by their ordinals,
 * removal in asylum cases. Sentences are our own.
 */
import type { Penalty } from '../../../src/contract';
import { runEntities } from './penalty-rows';

type Row = [person: string, type: string, duration: string | null, amount: number | null];

const rows = (ps: Penalty[]): Row[] => ps.map((p) => [p.person ?? '', p.type, p.duration, p.amount]);

const POSITIVE: Array<{ text: string; expect: Row[] }> = [
  // an execution for an offence says there was a death sentence; a new unnamed subject after it takes the next term
  {
    text: 'Last year the former police chief of Linhai, Zhou Baoming, was executed for taking bribes, and in 2009 a provincial official was jailed for 12 years.',
    expect: [['Zhou Baoming', 'death_penalty', null, null]],
  },
  { text: 'The journalist Tariq Hamdi was executed by the militants who held him.', expect: [] },
  { text: 'Wang Lifan was executed for murder in 2011.', expect: [['Wang Lifan', 'death_penalty', null, null]] },
  { text: 'Nizam Rahman is disqualified from public office.', expect: [['Nizam Rahman', 'ban', null, null]] },
  // the fourth batch: a coordination hands the verb back to the subject; a body paid the fine; a bare jailing;
  // a ban from office without its term; the applicants named in the application's header
  {
    text: 'Corporal Dan Reeve pleaded guilty to attacking a woman before killing her and her brother and was sentenced to life in prison.',
    expect: [['Dan Reeve', 'imprisonment', null, null]],
  },
  { text: 'Tom Hale and Ray Kent were charged after a plea deal in which the airline paid a US$20 million fine.', expect: [] },
  { text: 'Other opposition leaders Pavel Sedov and Oleg Marin were also jailed on the same day.', expect: [['Pavel Sedov', 'imprisonment', null, null], ['Oleg Marin', 'imprisonment', null, null]] },
  { text: 'Ivan Dolgov was jailed pending trial.', expect: [] },
  { text: 'Nizam Rahman was freed in 2004. He is barred from seeking public office until 2008.', expect: [['Nizam Rahman', 'ban', null, null]] },
  {
    text: 'Having regard to the application introduced on 2 May 1995 by Peter and Anne Lowry against the United Kingdom. The applicants were prosecuted. They were fined GBP 80.',
    expect: [['Peter', 'fine', null, 80], ['Anne Lowry', 'fine', null, 80]],
  },
  // a sentence told as a state being served, without its term
  { text: 'Mr Oskar Lindqvist was born in 1961 and is serving a sentence of imprisonment in Kalmar.', expect: [['Oskar Lindqvist', 'imprisonment', null, null]] },
  { text: 'Mr Oskar Lindqvist has been serving a semi-custodial sentence at Tegel Prison since May 2004.', expect: [['Oskar Lindqvist', 'imprisonment', null, null]] },
  {
    text: 'After their conviction, Mr Oskar Lindqvist and Mr Pavel Moravec were imprisoned under an open regime and later released.',
    expect: [['Oskar Lindqvist', 'imprisonment', null, null], ['Pavel Moravec', 'imprisonment', null, null]],
  },
  // the state restates a sentence the text tells with its term: the term stands alone
  {
    text: 'Mr Oskar Lindqvist was sentenced to nine years’ imprisonment. He is currently serving a prison sentence in Kalmar.',
    expect: [['Oskar Lindqvist', 'imprisonment', 'P9Y', null]],
  },
  // a state with its term is the term
  { text: 'After a retrial Omar Saleh is now serving a fifteen-year term for the murder.', expect: [['Omar Saleh', 'imprisonment', 'P15Y', null]] },
  // a term told as begun or being served restates the sentence told with its term
  {
    text: 'Lobbyist Tom Hale begins six-year prison sentence\n\nOn 29 March Tom Hale was sentenced to five years and 10 months in prison. On Wednesday he began serving a nearly six-year prison sentence.',
    expect: [['Tom Hale', 'imprisonment', 'P5Y10M', null]],
  },
  { text: 'Mr Tom Hale is serving a 20-year sentence in Sofia Prison. He is currently serving a prison term there.', expect: [['Tom Hale', 'imprisonment', 'P20Y', null]] },
  // a suspended sentence told without its term
  { text: 'On 3 March 2011 Mr Oskar Lindqvist was convicted as charged and given a suspended sentence.', expect: [['Oskar Lindqvist', 'suspended_sentence', null, null]] },
  // a suspension from office of a named official, told with the official's place and office
  { text: 'The three-week suspension of Leeds Mayor Harriet Cole was put on hold by a judge pending her appeal.', expect: [['Harriet Cole', 'other', 'P3W', null]] },
  { text: 'The council punished Councillor Dev Anand with 2 months suspension.', expect: [['Dev Anand', 'other', 'P2M', null]] },
  // a court's sentence with no one named in its sentence goes to the one defendant named before
  {
    text: 'A military jury found Karim Al-Jabri guilty of conspiracy on Monday.\n\nToday, the jury handed down a sentence of 30 months, with credit for time served. Prosecutors had sought ten years.',
    expect: [['Karim Al-Jabri', 'imprisonment', 'P2Y6M', null]],
  },
  // ECtHR parties by their ordinals: "the first and third applicants", aliases given "respectively", a plural apposition
  {
    text: '1. The case originated in an application by Mr Ivo Danev (“the first applicant”), Mr Petar Kolev (“the second applicant”) and Mr Emil Radev (“the third applicant”).\n\n9. The District Court found the first and third applicants guilty of assault and sentenced them to four and six months’ imprisonment respectively.',
    expect: [['Ivo Danev', 'imprisonment', 'P4M', null], ['Emil Radev', 'imprisonment', 'P6M', null]],
  },
  {
    text: '1. The application was lodged by Mr Arthur Penrose and Mrs Edith Penrose (“the first applicant” and “the second applicant” respectively).\n\n7. On 2 May 1991 a fine of GBP 300 was imposed on each applicant. In 1993 the second applicant was fined GBP 150.',
    expect: [['Arthur Penrose', 'fine', null, 300], ['Edith Penrose', 'fine', null, 300], ['Edith Penrose', 'fine', null, 150]],
  },
  {
    text: 'The applicants, Edith Penrose and Arthur Penrose, are British nationals. On 10 June 1994 the applicants pleaded guilty. The first applicant was fined 2,000 pounds sterling (GBP).',
    expect: [['Edith Penrose', 'fine', null, 2000]],
  },
  // durations coordinated before one kind, given "respectively", each suspended: no separate probation
  {
    text: 'In May 2001 the applicants, Mr Lazar Bekov and Mr Elias Kotrov, were sentenced to thirty days’ and twenty days’ imprisonment respectively, in each case suspended for three years.',
    expect: [['Lazar Bekov', 'suspended_sentence', 'P30D', null], ['Elias Kotrov', 'suspended_sentence', 'P20D', null]],
  },
  // a changed sentence told by a possessive pronoun goes to the one defendant
  {
    text: 'The Regional Court found Mr Angel Dobrev guilty and sentenced him to six years’ imprisonment. The applicant’s statement was: “I am afraid of leaving prison.” On 9 March 2000 the Appellate Court dismissed the applicant’s appeal but reduced his sentence to four years’ imprisonment.',
    expect: [['Angel Dobrev', 'imprisonment', 'P6Y', null], ['Angel Dobrev', 'imprisonment', 'P4Y', null]],
  },
  // day-fines suspended, then a fine: an equivalent after a currency code and a dash is no fine, nor the period
  {
    text: 'The Police Court found Mr Dario Keller guilty and ordered him to pay ninety day-fines of 100 Swiss francs (CHF – approximately 85 euros (EUR)), suspended for two years, a fine of CHF 3,000 (approximately EUR 2,500), and the sum of CHF 1,000 (approximately EUR 850) in compensation to the association.',
    expect: [['Dario Keller', 'fine', null, 100], ['Dario Keller', 'fine', null, 3000]],
  },
  // of a couple fined together, the one the text names
  {
    text: '1. The application was lodged by a British citizen, Mrs Ada Farrow (“the applicant”).\n\n9. The Council served summonses on the applicant and her husband. On 18 August 1989 they were both fined 100 pounds sterling (GBP).',
    expect: [['Ada Farrow', 'fine', null, 100]],
  },
  // a couple both named: the group decides, not the relative
  { text: 'Mr Tom Reed and his wife Ann Reed live in Kent. In May they were both fined GBP 80.', expect: [['Tom Reed', 'fine', null, 80], ['Ann Reed', 'fine', null, 80]] },
  // a ban named by what it bans, a term changed right after it is told, life without parole
  { text: 'Carl Mertens received an 18-month driving ban.', expect: [['Carl Mertens', 'ban', 'P1Y6M', null]] },
  { text: 'Carl Mertens was sentenced to 15 years, reduced on appeal to 10.', expect: [['Carl Mertens', 'imprisonment', 'P15Y', null], ['Carl Mertens', 'imprisonment', 'P10Y', null]] },
  { text: 'Carl Mertens received a sentence of life without parole.', expect: [['Carl Mertens', 'imprisonment', null, null]] },
  { text: 'Carl Mertens was jailed for four years and his brother was fined $500.', expect: [['Carl Mertens', 'imprisonment', 'P4Y', null]] },
  { text: 'Carl Mertens, whose case was heard separately, was sentenced to three years.', expect: [['Carl Mertens', 'imprisonment', 'P3Y', null]] },
  { text: 'Carl Mertens said he had been given a three-year sentence for theft.', expect: [['Carl Mertens', 'imprisonment', 'P3Y', null]] },
  // a sentence reduced from a bare number to a term
  { text: 'The Court of Appeal upheld the conviction of Mr Carl Mertens but reduced his sentence from six to four years.', expect: [['Carl Mertens', 'imprisonment', 'P4Y', null]] },
  // news register: an official ordered to spend a term in prison, supervised release, restitution is no fine
  { text: 'Former governor Dale Rourke has been ordered to spend 14 months in prison.', expect: [['Dale Rourke', 'imprisonment', 'P1Y2M', null]] },
  { text: 'Dale Rourke was sentenced to three years of supervised release.', expect: [['Dale Rourke', 'probation', 'P3Y', null]] },
  { text: 'Dale Rourke was ordered to pay $5,000 in restitution and serve three years’ probation.', expect: [['Dale Rourke', 'probation', 'P3Y', null]] },
  // terms listed with a half, given respectively; "the former" and "the latter"
  {
    text: 'Mr Karl Weber, Mr Otto Brandt and Mr Hans Vogel were sentenced to seven and a half, six and five years’ imprisonment respectively.',
    expect: [['Karl Weber', 'imprisonment', 'P7Y6M', null], ['Otto Brandt', 'imprisonment', 'P6Y', null], ['Hans Vogel', 'imprisonment', 'P5Y', null]],
  },
  { text: 'Karl Weber and Otto Brandt were tried together. The former was sentenced to six years and the latter to four.', expect: [['Karl Weber', 'imprisonment', 'P6Y', null], ['Otto Brandt', 'imprisonment', 'P4Y', null]] },
  // a death sentence with its owner named after it
  { text: 'The case developed from the death sentence of Raymond Ortiz Jr., who was convicted of murder.', expect: [['Raymond Ortiz Jr.', 'death_penalty', null, null]] },
  // the sentence handed down after a prosecutor's demand; a lawyer the text says was disbarred; an apposition between
  {
    text: 'Prosecutor Tom Bell, who sought a ten-year term, said he was satisfied with the eight-year sentence handed to Peter Marsh.',
    expect: [['Peter Marsh', 'imprisonment', 'P8Y', null]],
  },
  { text: 'Jane Roe, the lawyer of Peter Marsh, was disbarred for three years.', expect: [['Jane Roe', 'ban', 'P3Y', null]] },
  { text: 'Ivan Kulik, the brother of Oleg Kulik, was sentenced to two years.', expect: [['Ivan Kulik', 'imprisonment', 'P2Y', null]] },
  // a death sentence held
  { text: 'The former deputy minister, Chen Guolin, has a suspended death sentence.', expect: [['Chen Guolin', 'death_penalty', null, null]] },
];

const NEGATIVE: Array<{ text: string; expect: Row[] }> = [
  // serving others' sentences, a life term told elsewhere, and a law's text
  { text: 'A person serving a sentence may ask for early release after half of it.', expect: [] },
  { text: 'Mr Oskar Lindqvist visited prisoners serving a sentence in Kalmar.', expect: [] },
  // a payment to a charity when proceedings are discontinued is no fine
  { text: 'The proceedings against Mr Jan Nowicki were conditionally discontinued and he was ordered to pay 1,000 zlotys to a charity.', expect: [] },
  // a removal order in an asylum case is no sanction
  { text: 'The Migration Board refused the asylum request of Mr Besnik Hoxha and upheld the deportation order against him.', expect: [] },
  // someone's superior named after a wire lead's unnamed defendant
  {
    text: 'A British soldier has been jailed for ten years for spying. The 45-year-old had been an interpreter for the head of the NATO force, General Sir Alan Marsh.',
    expect: [],
  },
  // the state of an unnamed group in a relative clause
  { text: 'Mrs Vera Ilieva said that the two soldiers had escaped from a barracks where they had been serving a prison sentence.', expect: [] },
  // a person after the agent of a ruling, and a name inside a firm's name
  { text: 'Nouri Haddad saw Saddam Rahim as his enemy. Haddad-Ali was sentenced to death in 1980 by the government of Saddam Rahim for his activism.', expect: [] },
  { text: 'Donald Markland runs a plant. In 2002 the Sanitation Department fined Markland Manufacturing, a business across the street from the school, $21,000 for dumping.', expect: [] },
  // someone of the person's is the subject of the ruling, or the person speaks of another's sentence
  { text: 'Carl Mertens was acquitted; his co-defendant was jailed for four years.', expect: [] },
  { text: 'Carl Mertens, whose brother was jailed for ten years, spoke to reporters.', expect: [] },
  { text: 'Carl Mertens, who defended the activist, said the three-year sentence was unjust.', expect: [] },
  { text: 'Amnesty opposed the death sentence of the former minister.', expect: [] },
  // the person is the victim told by an object pronoun, or complains of others' sentences
  { text: 'Mrs Anna Kovac (“the applicant”) lives in Split. The police officer who beat her was fined EUR 200.', expect: [] },
  { text: 'Mr Ivo Kovac (“the applicant”) complained that the officers, who had been sentenced to suspended sentences of six months, were never punished.', expect: [] },
  { text: 'The prosecutor asked for a ten-year term, and said that a sentence of eight years would be too lenient for Peter Marsh.', expect: [] },
  // a country's death penalty is no one's sentence
  { text: 'Mr Oskar Lindqvist said the country has a death penalty for drug smuggling.', expect: [] },
];

describe('extractPenalties: blind batch 3 and even-id shapes', () => {
  it.each(POSITIVE)('$text', ({ text, expect: want }) => {
    expect(rows(runEntities(text))).toEqual(want);
  });
  it.each(NEGATIVE)('no penalty: $text', ({ text, expect: want }) => {
    expect(rows(runEntities(text))).toEqual(want);
  });
});
