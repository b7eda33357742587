/**
 * Penalty forms of the legal register ("fined him 2,000 Russian roubles (RUB)", "the sentence was
 * commuted") and of plain news ("jailed for life", "a 10-month jail term", "fined 1m euros ($1.3m;
 * £690,000)"), given to the person the discourse layer resolved: the name, or "him" / "the applicant"
 * (then inferred). Sentences are our own; each row states who gets what.
 */
import { type InferredRow as Row, inferredRows as rows, runEntities as run } from './penalty-rows';

const LEGAL: Array<[string, Row[]]> = [
  ['Mr Ivan Petrov was detained at the rally. The district court fined him 2,000 Russian roubles (RUB).', [['Ivan Petrov', 'fine', null, 2000, 'RUB', true]]],
  ['Mr Anton Belov (“the applicant”) is a Russian national. On 3 May 2010 the court sentenced him to twelve years and three months’ imprisonment.', [['Anton Belov', 'imprisonment', 'P12Y3M', null, null, true]]],
  ['Mr Anton Belov (“the applicant”) is a Russian national. The court imposed a fine of 5,000 euros on the applicant.', [['Anton Belov', 'fine', null, 5000, 'EUR', true]]],
  ['Mr Anton Belov (“the applicant”) lives in Perm. The applicant was sentenced to four years’ imprisonment.', [['Anton Belov', 'imprisonment', 'P4Y', null, null, true]]],
  ['Ivan Petrov was sentenced to death in 2001. The sentence was commuted to life imprisonment.', [['Ivan Petrov', 'death_penalty', null, null, null, false], ['Ivan Petrov', 'imprisonment', null, null, null, true]]],
  ['Ivan Petrov was sentenced to six years in prison. On appeal the sentence was reduced to four years.', [['Ivan Petrov', 'imprisonment', 'P6Y', null, null, false], ['Ivan Petrov', 'imprisonment', 'P4Y', null, null, true]]],
  ['The applicant was represented by Ms Vera Lind, a lawyer. Mr Oleg Sorokin (“the applicant”) was convicted and fined 3,000 roubles.', [['Oleg Sorokin', 'fine', null, 3000, 'RUB', false]]],
  ['The first applicant, Mr Olav Dahl, and the second applicant, Ms Siri Dahl, are married. On 3 May 2011 the applicants were convicted and sentenced to twelve months’ imprisonment.',
    [['Olav Dahl', 'imprisonment', 'P1Y', null, null, true], ['Siri Dahl', 'imprisonment', 'P1Y', null, null, true]]],
  ['Mr Ivo Horvat lives in Split. He was sentenced to a ten-day period of imprisonment.', [['Ivo Horvat', 'imprisonment', 'P10D', null, null, true]]],
  // a prison's disciplinary sanction is a penalty of its own kind
  ['Mr Ivo Horvat lives in Split. The prison board gave him a penalty of 30 days in a punishment cell.', [['Ivo Horvat', 'other', 'P30D', null, null, true]]],
  ['Mr Ivo Horvat lives in Split. He was sentenced to 14 days of solitary confinement.', [['Ivo Horvat', 'other', 'P14D', null, null, true]]],
  ['Mr Ivo Horvat lives in Split. The governor placed the applicant in a disciplinary cell for ten days.', [['Ivo Horvat', 'other', 'P10D', null, null, true]]],
  // custody on charges is no penalty, even with a date before the charges
  ['He kept in touch with the director Tomas Ruud, who was jailed September 28 on charges of violating probation.', []],
  // costs and fees beside a fine are no fine; a range over several people is a fine of no one amount
  ['Mr Ivo Horvat lives in Split. On 3 May 1997 the applicant was fined GBP 100 and GBP 75 costs.', [['Ivo Horvat', 'fine', null, 100, 'GBP', true]]],
  ['Mr Ivo Horvat lives in Split. He was also ordered to pay a 50 kunas’ fee.', []],
  ['The applicants, Mr Ivo Horvat and Mr Ante Horvat, live in Split. They were ordered to pay fines between 100 and 200 kunas, plus costs.',
    [['Ivo Horvat', 'fine', null, null, null, true], ['Ante Horvat', 'fine', null, null, null, true]]],
  // notice given before an eviction is no warning; an expulsion suspended beside a prison term leaves the term as it is
  ['Mr Ivo Horvat lives in Split. The judge found that he had neither been given prior warning of the eviction nor a hearing.', []],
  ['Mr Ivo Horvat lives in Split. He was sentenced to imprisonment for a term of one year and three months and suspended expulsion from Denmark.', [['Ivo Horvat', 'imprisonment', 'P1Y3M', null, null, true]]],
  ['Mr Ivo Horvat lives in Split. The applicant was given suspended sentences of three months’ imprisonment, with three years’ probation.',
    [['Ivo Horvat', 'suspended_sentence', 'P3M', null, null, true], ['Ivo Horvat', 'probation', 'P3Y', null, null, true]]],
  ['Mr Anton Belov (“the applicant”) lives in Sofia. The applicant is currently serving a 20-year sentence in Sofia Prison.', [['Anton Belov', 'imprisonment', 'P20Y', null, null, true]]],
  ['Mr Aftab Husseini was sentenced to two years’ imprisonment and five years’ expulsion from Sweden.', [['Aftab Husseini', 'imprisonment', 'P2Y', null, null, false], ['Aftab Husseini', 'other', 'P5Y', null, null, false]]],
  // a range of terms over several convictions: imprisonment for the named person, with no single term
  ['Mr Ivo Horvat lives in Split. The applicant was convicted six times and sentenced to terms of imprisonment varying from six weeks to twelve months.', [['Ivo Horvat', 'imprisonment', null, null, null, true]]],
  // a second clause that leaves out its "had been"
  ['Mr Ivo Horvat lives in Split. The knife had been seized and the applicant fined for carrying it.', [['Ivo Horvat', 'fine', null, null, null, true]]],
  // a disbarment, or a ban from practising law, is a ban
  ['Attorney Jack Thompson was disbarred by the state supreme court on Thursday.', [['Jack Thompson', 'ban', null, null, null, false]]],
  ['Jack Thompson was found guilty of misconduct and has been banned from practicing law.', [['Jack Thompson', 'ban', null, null, null, false]]],
];

const NEWS: Array<[string, Row[]]> = [
  // a given name that is also a word ("Earl") opens the name the pronoun points back to
  ['Earl Tuchfeld served under two presidents. In 1981, Tuchfeld pleaded guilty to tax evasion. On June 19 he was sentenced to five years in prison.', [['Earl Tuchfeld', 'imprisonment', 'P5Y', null, null, true]]],
  // a name opening a sentence with its article capitalised ("Al-Rashidi") is the one named with "al-"
  ['Prime Minister Karim al-Rashidi spoke on Sunday. Al-Rashidi was sentenced to death in 1980.', [['Karim al-Rashidi', 'death_penalty', null, null, null, false]]],
  // an execution by the state's means names each of the list
  ['Ali Haqqani, Omar Nurhadi and Karim Sadewo were executed by firing squad shortly after midnight.',
    [['Ali Haqqani', 'death_penalty', null, null, null, false], ['Omar Nurhadi', 'death_penalty', null, null, null, false], ['Karim Sadewo', 'death_penalty', null, null, null, false]]],
  // an execution for an offence, with the time told between
  ['Former governor Omar Haddad was tried. Haddad was hanged before dawn on Saturday for the same crimes.', [['Omar Haddad', 'death_penalty', null, null, null, false]]],
  ['John Smith was jailed for at least 15 years.', [['John Smith', 'imprisonment', 'P15Y', null, null, false]]],
  ['John Smith was jailed for life.', [['John Smith', 'imprisonment', null, null, null, false]]],
  ['John Smith was sent to prison for three years.', [['John Smith', 'imprisonment', 'P3Y', null, null, false]]],
  ['John Smith must serve 15 days in prison.', [['John Smith', 'imprisonment', 'P15D', null, null, false]]],
  ['John Smith was given a 10-month jail term.', [['John Smith', 'imprisonment', 'P10M', null, null, false]]],
  ['John Smith received a nine-year sentence.', [['John Smith', 'imprisonment', 'P9Y', null, null, false]]],
  ['John Smith was given a two-year detention and training order.', [['John Smith', 'imprisonment', 'P2Y', null, null, false]]],
  ['John Smith was sentenced to six years. The sentence was cut to five years on appeal.', [['John Smith', 'imprisonment', 'P6Y', null, null, false], ['John Smith', 'imprisonment', 'P5Y', null, null, true]]],
  ['John Smith was fined 1m euros ($1.3m; £690,000).', [['John Smith', 'fine', null, 1000000, 'EUR', false]]],
  ['The firm’s founder, John Smith, was fined £2.5bn by the court.', [['John Smith', 'fine', null, 2500000000, 'GBP', false]]],
  ['George Ryan is now serving a 6½-year prison term.', [['George Ryan', 'imprisonment', 'P6Y6M', null, null, false]]],
  ['A panel ruled that Mayor Ken Harlow should be suspended from office for one month.', [['Ken Harlow', 'other', 'P1M', null, null, false]]],
  ['Corporal John Smith was dismissed from the army and jailed for 18 months.', [['John Smith', 'other', null, null, null, false], ['John Smith', 'imprisonment', 'P1Y6M', null, null, false]]],
  ['A Warsaw court has sentenced a former policeman to four years in prison. Ireneusz Kowalczyk, 52, was found guilty of the beating.', [['Ireneusz Kowalczyk', 'imprisonment', 'P4Y', null, null, true]]],
  ['Viktor Lind was arrested in May. He was sentenced to two years in prison.', [['Viktor Lind', 'imprisonment', 'P2Y', null, null, true]]],
  // concurrent terms are served as the longest
  ['Garth Dalton and Myron Goldstein were sentenced on Wednesday to concurrent prison terms for fraud. Dalton received four years on one count and seven years on a second count. Goldstein got four years and six years on two counts of fraud.',
    [['Garth Dalton', 'imprisonment', 'P7Y', null, null, false], ['Myron Goldstein', 'imprisonment', 'P6Y', null, null, false]]],
  ['The court fined Mr Nikos Tsakalos 20,000 drachmas (less than 59 euros).', [['Nikos Tsakalos', 'fine', null, 20000, 'GRD', false]]],
  ['A federal court convicted Lewis Libby of perjury and sentenced him to 2 1/2 years in prison.', [['Lewis Libby', 'imprisonment', 'P2Y6M', null, null, true]]],
  // days "imprisonment" in a criminal case stay imprisonment, though the teacher had been arrested
  ['Gillian Gibbons, the teacher arrested in Sudan on Sunday, was sentenced yesterday to 15 days imprisonment.', [['Gillian Gibbons', 'imprisonment', 'P15D', null, null, false]]],
  ['Selin Arslan was convicted. The court deferred the sentence on condition that she not commit another offence during a five-year supervision period.', [['Selin Arslan', 'probation', 'P5Y', null, null, true]]],
  // a jailing told after the conviction, without its term
  ['Alan Borrell was a businessman. In 1997 he was convicted and jailed for his part in a fraud.', [['Alan Borrell', 'imprisonment', null, null, null, true]]],
  // death told in other words: condemned, to be hanged, an execution carried out, the owner's death sentence upheld
  ['Omar Haddad was condemned to death in 2004.', [['Omar Haddad', 'death_penalty', null, null, null, false]]],
  ['Omar Haddad and Karim Sadewo were sentenced to be hanged.', [['Omar Haddad', 'death_penalty', null, null, null, false], ['Karim Sadewo', 'death_penalty', null, null, null, false]]],
  ['Omar Haddad was hanged on December 30.', [['Omar Haddad', 'death_penalty', null, null, null, false]]],
  ['Omar Haddad was put to death by lethal injection on Tuesday.', [['Omar Haddad', 'death_penalty', null, null, null, false]]],
  ['Omar Haddad was tried in 2005. His death sentence was upheld on Monday.', [['Omar Haddad', 'death_penalty', null, null, null, true]]],
  ["Omar Haddad was tried in 2005. Haddad's death sentence was upheld on Monday.", [['Omar Haddad', 'death_penalty', null, null, null, false]]],
  // a title inside the list does not cut it
  ['Huda bin Abdul Rahim, Amrozi bin Yusuf and Imam Sadewo were executed by firing squad.',
    [['Huda bin Abdul Rahim', 'death_penalty', null, null, null, false], ['Amrozi bin Yusuf', 'death_penalty', null, null, null, false], ['Sadewo', 'death_penalty', null, null, null, false]]],
  // the object of "sentenced" is no prosecutor named in between
  ['Omar Haddad, a journalist, was arrested in May. Prosecutor Karim Sadewo asked for ten years. The court sentenced him to six years.', [['Omar Haddad', 'imprisonment', 'P6Y', null, null, true]]],
  // house arrest told without its term; a dismissal from the army as a noun
  ['Omar Haddad was sentenced to house arrest.', [['Omar Haddad', 'house_arrest', null, null, null, false]]],
  ["The military court sentenced Omar Haddad to 10 years' imprisonment and dismissal from the army.", [['Omar Haddad', 'imprisonment', 'P10Y', null, null, false], ['Omar Haddad', 'other', null, null, null, false]]],
  // an execution set for a day
  ['Omar Haddad is to be executed within 30 days of losing his appeal.', [['Omar Haddad', 'death_penalty', null, null, null, false]]],
  ['Omar Haddad will be hanged on Saturday.', [['Omar Haddad', 'death_penalty', null, null, null, false]]],
  // some of those penalised, listed right after the phrase
  ['Seven men were sentenced to death, including Omar Haddad and Karim Sadewo.', [['Omar Haddad', 'death_penalty', null, null, null, false], ['Karim Sadewo', 'death_penalty', null, null, null, false]]],
  ['Twelve people were jailed for five years, among them Omar Haddad.', [['Omar Haddad', 'imprisonment', 'P5Y', null, null, false]]],
  // a counted group hanged, named paragraphs later as "the three men, named as ..."
  ['Three men convicted of murder were hanged on Thursday in Basra.\n\nOfficials said more would follow. The United Nations urged restraint.\n\nThe three men, named as Ali Haqqani, Omar Nurhadi and Karim Sadewo, had killed two guards.',
    [['Ali Haqqani', 'death_penalty', null, null, null, true], ['Omar Nurhadi', 'death_penalty', null, null, null, true], ['Karim Sadewo', 'death_penalty', null, null, null, true]]],
  // an execution that looms over a named person
  ['The senate opposed the looming execution of Van Tuan Ngo in Singapore.', [['Van Tuan Ngo', 'death_penalty', null, null, null, false]]],
  // kept under house arrest after release; a term told only as a bound ("more than 30 years", not "up to")
  ['Jamal al-Rashidi has been freed from prison and will be kept under house arrest.', [['Jamal al-Rashidi', 'house_arrest', null, null, null, false]]],
  ['The killers, known as Elias Maluco and Ratinho, were later sentenced to more than 30 years in prison.',
    [['Elias Maluco', 'imprisonment', null, null, null, false], ['Ratinho', 'imprisonment', null, null, null, false]]],
  // a Philippine peso written as a bare P; a ruling after another verb of the clause
  ['Atty. Romeo Roxas accused the judge of bias. Roxas was cited for indirect contempt and fined P30,000.', [['Romeo Roxas', 'fine', null, 30000, 'PHP', false]]],
  // a judge removed or suspended by the court above is penalised all the same
  ['The High Court dismissed Associate Justice Vicente Q. Ramos, and punished Associate Justice Jose L. Sabio, Jr. with 2 months suspension.',
    [['Vicente Q. Ramos', 'other', null, null, null, false], ['Jose L. Sabio, Jr.', 'other', 'P2M', null, null, false]]],
  // the planned execution of a described person; an execution date reported in indirect speech
  ['Singapore rejected appeals over the planned execution of convicted drug smuggler Van Tuan Ngo.', [['Van Tuan Ngo', 'death_penalty', null, null, null, false]]],
  ['Officials knew that Van Tuan Ngo would be executed on Dec 2.', [['Van Tuan Ngo', 'death_penalty', null, null, null, false]]],
  // a judge dismissed, the sentence ending with the name
  ['The High Court dismissed Associate Justice Vicente Q. Ramos.', [['Vicente Q. Ramos', 'other', null, null, null, false]]],
  // a state's execution told actively, as a noun with the name after or before it, and death row
  ['Malaysia executed Van Tuan Ngo at dawn on Friday.', [['Van Tuan Ngo', 'death_penalty', null, null, null, false]]],
  ['The state hanged Omar Nurhadi, Ali Haqqani and Karim Sadewo on Monday.',
    [['Omar Nurhadi', 'death_penalty', null, null, null, false], ['Ali Haqqani', 'death_penalty', null, null, null, false], ['Karim Sadewo', 'death_penalty', null, null, null, false]]],
  ['The execution of convicted smuggler Van Tuan Ngo drew protests.', [['Van Tuan Ngo', 'death_penalty', null, null, null, false]]],
  ["Van Tuan Ngo's execution is irreversible, officials said.", [['Van Tuan Ngo', 'death_penalty', null, null, null, false]]],
  ['A jury in Ohio sentenced Dale Kessler to die by lethal injection.', [['Dale Kessler', 'death_penalty', null, null, null, false]]],
  ['Dale Kessler has been on death row since 1998.', [['Dale Kessler', 'death_penalty', null, null, null, false]]],
  // home detention is house arrest; the object of an indefinite judge's ruling is the person named before
  ['Dale Kessler received six months of home detention.', [['Dale Kessler', 'house_arrest', 'P6M', null, null, false]]],
  ['Dale Kessler pleaded guilty. A federal judge sentenced him to 30 months in prison.', [['Dale Kessler', 'imprisonment', 'P2Y6M', null, null, true]]],
  // an age with a nationality word points back to the person of that age
  ['Dale Kessler, 48, lost his appeal. The 48-year-old Canadian was sentenced to 50 weeks in jail.', [['Dale Kessler', 'imprisonment', 'P50W', null, null, true]]],
  // a range hyphenated before its noun, of which part was served
  ['Dale Kessler ran for Congress. Kessler served eight years of a 10-to-25 year prison sentence.', [['Dale Kessler', 'imprisonment', null, null, null, false]]],
  // a sentence being served, told in a clause of its own
  ['The report noted that Mr Ivan Angelov and Mr Petar Petkov had escaped while serving a prison sentence.',
    [['Ivan Angelov', 'imprisonment', null, null, null, false], ['Petar Petkov', 'imprisonment', null, null, null, false]]],
  // sent to prison without a term
  ['Dale Kessler was sent to prison after the verdict.', [['Dale Kessler', 'imprisonment', null, null, null, false]]],
];

/** Who must get nothing: the lawyer, the judge, the prosecutor, the prison, a person no reference points at. */
const NEGATIVE: Array<[string, Row[]]> = [
  // the lawyer is named last; the penalty is the applicant's
  ['Mr Anton Belov (“the applicant”) was represented by Ms Vera Lind, a lawyer practising in Perm. The district court fined him 2,000 roubles.', [['Anton Belov', 'fine', null, 2000, 'RUB', true]]],
  // the judge is the subject; "him" is someone else
  ['Oskar Dahl was detained at the border. Judge Erik Holm sentenced him to a year in prison.', [['Oskar Dahl', 'imprisonment', 'P1Y', null, null, true]]],
  // "him" has no antecedent: the penalty is left out (ANNOTATION.md)
  ['The district court fined him 2,000 roubles. Ivan Petrov had been detained the day before.', []],
  // the applicant is never named: left out
  ['The applicant was sentenced to five years’ imprisonment. Judge Erik Holm presided.', []],
  // a prosecutor's wish to seek a penalty is no penalty
  ['Judge Susan Crane refused to let prosecutors seek the death penalty against Ahmed Salem.', []],
  // a counted group after a named person takes its own term
  ['Former minister Ivan Petrov was sentenced to life in prison, three other officials received 15 years in prison.', [['Ivan Petrov', 'imprisonment', null, null, null, false]]],
  // an unnamed aide in between: the penalty goes to nobody rather than to the president named before
  ['Richard Nixon resigned in 1974. In 1981, the aide pleaded guilty to tax evasion. On June 19 he was sentenced to five years in prison.', []],
  // the pronoun's antecedent is the man named once who pleaded guilty, not the president named before
  ['Richard Nixon resigned in 1974. In 1981, Butz pleaded guilty to tax evasion. On June 19 he was sentenced to five years in prison.', [['Butz', 'imprisonment', 'P5Y', null, null, true]]],
  // a killing by others is no execution of a sentence
  ['Rebels executed Mayor Juan Ortega by firing squad.', []],
  ['Militants hanged Juan Ortega in the square.', []],
  // a possessive execution names its own person only: the minister named before gets nothing
  ["Prime Minister Carl Hendry said Ngo's execution was wrong.", []],
  // a demand for an execution is no sentence; nor is remand in prison
  ['Protesters called for the execution of Juan Ortega.', []],
  ['Juan Ortega was sent to jail pending trial.', []],
  ['Opposition leader Juan Ortega was jailed on charges of corruption in 1998.', []],
  ['John Ortega was executed by rebels.', []],
  // a suspension with no term before it is an employer's, not a suspended term's period
  ['Dana Kirwood, a cashier, was accused of theft. Kirwood was suspended for two weeks after managers saw the footage.', []],
  // the reporter named right after a wire lead is not the unnamed blogger
  ['A court in Tehran jailed a blogger for three years, Reuters correspondent Parisa Hafezi reported. The blogger, Hossein Ronaghi, had criticised the government.',
    [['Hossein Ronaghi', 'imprisonment', 'P3Y', null, null, true]]],
  // the prison's name and the wife who speaks get nothing
  ['Ivan Petrov will serve his five-year term in Evin Prison, his wife Maria Petrova said.', [['Ivan Petrov', 'imprisonment', 'P5Y', null, null, false]]],
  // money paid for a loss is no fine
  ['Ivan Petrov was ordered to pay 4,300 rubles to the traffic police for a damaged patrol car.', []],
  // the applicant is the victim; the one convicted is known by initials only (ANNOTATION.md: left out)
  ['Mr Ivo Horvat lives in Split. A.T. was convicted of inflicting harm on the applicant, and sentenced to a fine of EUR 2,000.', []],
  // a kidnapper's cellar is no prison
  ['Mr Ivo Horvat said that in 2003 he had been kidnapped and locked up in a cellar for one day.', []],
  // "the defendants" are not the applicants: the applicants were the victims
  ['The first applicant, Mr Olav Dahl, and the second applicant, Ms Siri Dahl, were beaten by police. In 2012 the defendants were found guilty and given suspended sentences of three months’ imprisonment.', []],
  // opposing or abolishing the death penalty hands none down
  ['President Jalal Omari, who personally opposes the death penalty, has not signed the order.', []],
  // a sports body's ban in a story about a wrestler
  ['The federation banned wrestler Jean Mbeki for four years; he was also fined 15,000 Swiss francs.', []],
  // someone else again: the one named after is in the offence, not the one jailed
  ['Sergeant Wahid Tamir was found guilty of manslaughter. Another soldier was also jailed for lying to protect Tamir.', []],
  ['Ivan Petrov was questioned. A local man was fined for insulting Petrov.', []],
  // a killing by captors or militants is no execution of a sentence; a death in a cell is none either
  ['The hostage Omar Haddad was executed on Monday by his captors.', []],
  ['Omar Haddad was executed on Monday by Islamic State militants.', []],
  ['Omar Haddad was found hanged in his cell on Monday.', []],
  // an execution that depends on a condition
  ['Omar Haddad could be executed if convicted.', []],
  ['If convicted, Omar Haddad will be executed.', []],
  ['Omar Haddad will be executed if the appeal fails.', []],
  // a name that qualifies a noun is not the one the sentence is about
  ['That means the former Omar Haddad government minister will be hanged within 30 days.', []],
  // the ones listed after the offence are its victims
  ['He was sentenced to death for killing 148 people, including Omar Haddad.', []],
  // house arrest pending a trial is no penalty; a maximum is none either
  ['Omar Haddad was placed under house arrest pending his trial.', []],
  ['Omar Haddad faces up to 30 years in prison.', []],
  // a counted group named far later without saying it is the group stays unnamed
  ['Three men convicted of murder were hanged on Thursday.\n\nOfficials said more would follow. The United Nations urged restraint.\n\nAli Haqqani and Omar Nurhadi spoke for the families.', []],
  // a judge whose appeal was dismissed is not dismissed from office
  ['The court dismissed the appeal of Judge Ali Kareem.', []],
  // jailed until a sentence still to come is custody
  ['Financier Bernard Mayhew has been jailed after pleading guilty to fraud. He will await sentencing in a holding cell.', []],
  ['Van Tuan Ngo would be executed if the appeal failed.', []],
  // a wish about a sentence not passed
  ['Omar Haddad said that if he was found guilty and condemned to die, he would prefer to be shot rather than hanged.', []],
];

describe('penalties: the legal register', () => {
  test.each(LEGAL)('%s', (text, want) => expect(rows(run(text))).toEqual(want));
});

describe('penalties: the plain news register', () => {
  test.each(NEWS)('%s', (text, want) => expect(rows(run(text))).toEqual(want));
});

describe('penalties: who must not get them', () => {
  test.each(NEGATIVE)('%s', (text, want) => expect(rows(run(text))).toEqual(want));
});
