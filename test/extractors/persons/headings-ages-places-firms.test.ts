/**
 * extractPersons on failure kinds of the first blind batch, as general rules: lettered headings are no initials,
 * job words and "N-year-old" before a name are no part of it, named places, addresses, buildings and firms are
 * no persons, a quotation's speaker is a person, Hungarian "-né" married names, and a surname cut to its initial
 * ("Tadeusz L.") joins the full name. Sentences written for this table.
 */
import { extractPersons } from '../../../extractors/persons';

const POSITIVE: Array<{ text: string; persons: string[] }> = [
  // a job word before the name, capitalised, is no part of it
  { text: 'Donor Mary Keller gave money to the campaign.', persons: ['Mary Keller'] },
  { text: 'The Iraqi National Security Adviser Karim al-Jaberi announced the delay.', persons: ['Karim al-Jaberi'] },
  { text: 'Lobbyist Tom Decker had met the tribe earlier.', persons: ['Tom Decker'] },
  // an age is no part of the name; a place word opening "X Y. Surname" is a given name
  { text: 'Twenty-one-year-old Dakota R. Mills was given probation.', persons: ['Dakota R. Mills'] },
  { text: 'Fifty-year-old Nadia Brenner was freed.', persons: ['Nadia Brenner'] },
  // the speaker of a quotation
  { text: '"This is a dark day," said Aarni Kettunen, the Finnish envoy to the talks.', persons: ['Aarni Kettunen'] },
  // Hungarian married names: the husband's given name plus "-né"
  { text: 'The application was lodged by Ferencné HORVÁTH against Hungary.', persons: ['Ferencné HORVÁTH'] },
  { text: 'The applicant, Lászlóné Szabó, was fined.', persons: ['Lászlóné Szabó'] },
  // a surname cut to its initial joins the one person of that given name and letter
  { text: 'Zbigniew Kowalczyk sued the paper. The article had called deputy mayor Zbigniew K. a liar.', persons: ['Zbigniew Kowalczyk'] },
  // ... but not when two people fit it
  { text: 'Anna Nowak and Anna Nowicka testified. Anna N. was not heard again.', persons: ['Anna Nowak', 'Anna Nowicka', 'Anna N.'] },
  // an initial at the start of a paragraph that opens a name
  { text: 'The hearing ended.\n\nA. Smith was arrested in May.', persons: ['A. Smith'] },
  { text: 'He was represented by Ms   D.   Petrova, a lawyer practising in Sofia.', persons: ['D. Petrova'] },
  // page furniture: a byline in capitals, a photo credit before the agency
  { text: 'The suspect kept silent\n\nBy MARTA OLSEN And DAVID KRAUSE\n\nThe suspect appeared in court.', persons: ['MARTA OLSEN', 'DAVID KRAUSE'] },
  { text: 'Officials Charged\nBY EOIN BRADY\nDUBLIN—Police arrested two former officials.', persons: ['EOIN BRADY'] },
  { text: 'Police searched his flat in 1993. Photograph: Ann Court/AFP/Getty Images', persons: ['Ann Court'] },
  // parties of a case cited the way news cites American cases, a generational numeral, a country before a name
  { text: "The court held in Rasul v. Bush '' (2004) that detainees may sue.", persons: ['Rasul', 'Bush'] },
  { text: "The court held in ''Hamdan v. Rumsfeld'' (2006) that the law did not apply.", persons: ['Hamdan', 'Rumsfeld'] },
  { text: 'Legal adviser John B. Bellinger III said so.', persons: ['John B. Bellinger III'] },
  { text: 'Officer-in-Charge Gertrude Kachinga said so.', persons: ['Gertrude Kachinga'] },
  // surnames listed after a plural role in lower case
  { text: 'At the station officers Tsikrikas, Avgeris and Kaminatos were present.', persons: ['Tsikrikas', 'Avgeris', 'Kaminatos'] },
  { text: "China's ambassador to Britain Liu Xiaming has said so.", persons: ['Liu Xiaming'] },
  // a hyphenated given name that opens with a known one
  { text: 'Especially young Christina-Marie Dale, whose ideas deserved better.', persons: ['Christina-Marie Dale'] },
  // surnames in capitals, as Strasbourg lists its members and signs its decisions, and titles its applications
  { text: 'Sitting on 3 March 1997, the following members being present: Mr. A. KOVÁCS, President MM. P. DUVAL R. MÄKINEN J.-P. ROSSEL Mrs. L. ORTEGA G.H. BRANDT Mr. K. BAUER, Secretary to the Commission', persons: ['A. KOVÁCS', 'P. DUVAL', 'R. MÄKINEN', 'J.-P. ROSSEL', 'L. ORTEGA', 'G.H. BRANDT', 'K. BAUER'] },
  { text: 'For these reasons, the Commission DECLARES THE APPLICATION INADMISSIBLE. K. BAUER I. SOARES PINTO Secretary President', persons: ['K. BAUER', 'I. SOARES PINTO'] },
  { text: 'The Court declares the application inadmissible. Tomasz WERNER Boštjan K. HRIBAR Registrar President', persons: ['Tomasz WERNER', 'Boštjan K. HRIBAR'] },
  { text: 'Application no. 31233/96 by Milan DOBROVSKÝ against Slovakia. The applicant was fined.', persons: ['Milan DOBROVSKÝ'] },
  { text: 'The applicant, Mr Radu GHEORGHIȚĂ, is a Romanian national. Mr Gheorghiță was fined.', persons: ['Radu GHEORGHIȚĂ'] },
  // a place that is also a given name, after an honorific and before a name word
  { text: 'The applicant, Mr Milan Horak, is a Slovak national. Ms Florence Dubois represented him.', persons: ['Milan Horak', 'Florence Dubois'] },
  // Law Lords listed after "Lords", with a peer's territorial designation; an abbreviated governor is a title
  { text: 'The majority (Lords Kerr of Tonaghmore, Whitlow and Rodger) held otherwise; Lords Grey and Fenwick dissented.', persons: ['Kerr', 'Whitlow', 'Rodger', 'Grey', 'Fenwick'] },
  { text: 'Aides obtained Lt. Gov. Harlan Pruitt\'s credit report.', persons: ['Harlan Pruitt'] },
  // a compass word closing a name after a given name; a list whose commas the scrape spaced
  { text: 'John North, president of the Law Council, objected.', persons: ['John North'] },
  { text: 'Three men remain in detention: Shaker Adeeb , Ahmed Beltar and Farhi Saeed bin Omar .', persons: ['Shaker Adeeb', 'Ahmed Beltar', 'Farhi Saeed bin Omar'] },
  // a nationality word after an honorific is a surname; a legislator in lower case before a name is a cue
  { text: 'The court awarded damages to Mrs Moldovan. The Moldovan government objected.', persons: ['Moldovan'] },
  { text: 'He criticised the senators, especially senator Hutchens, for bias.', persons: ['Hutchens'] },
  // English judges by surname and office; a court's head in apposition
  { text: 'However, Hale LJ dissented. Collins J said the order stood.', persons: ['Hale', 'Collins'] },
  { text: 'The party nominated the former Supreme Court chief justice, Rafiuddin Qureshi , for president.', persons: ['Rafiuddin Qureshi'] },
  // a thing's head word inside a name ("Day"), an age and a relative clause, "then" before an office
  { text: 'The nominee would succeed Justice Sandra Day O\'Connor, who retired.', persons: ["Sandra Day O'Connor"] },
  { text: 'They are not charged. Tariq Bhatti, 37, who was released in 2005, told reporters.', persons: ['Tariq Bhatti'] },
  { text: 'He was accused of the killing of Avram Zeleni, then Minister of Tourism.', persons: ['Avram Zeleni'] },
  // ... not inside a byline in capitals, which names the whole
  { text: 'The column ended.\n\nBy JANE E. WHITMORE\n\nThe court met.', persons: ['JANE E. WHITMORE'] },
];

const NEGATIVE: Array<{ text: string; not: string }> = [
  // lettered headings of judgments
  { text: 'The facts may be summarised as follows.   A.   Particular circumstances of the case     In 1990 he was arrested.', not: 'A. Particular' },
  { text: 'The law is set out below.\nB. Relevant domestic law\nSection 5 provides for fines.', not: 'B. Relevant' },
  // buildings, named pieces of land and addresses
  { text: 'Two men painted slogans on the Sydney Opera House in 2003.', not: 'Sydney Opera' },
  { text: 'In 1986 they bought a piece of land, known as Harrow Mill Farm, near the town.', not: 'Harrow Mill' },
  { text: 'They lived at the site, Silverdale Moss, Carnforth in Lancashire, for years.', not: 'Silverdale Moss' },
  // firms whose name joins partners with an ampersand
  { text: 'He had led the group Preston Gates & Ellis for a decade.', not: 'Preston Gates' },
  { text: 'The bank hired Morgan Lewis & Bockius to defend it.', not: 'Morgan Lewis' },
  // job words alone are no persons
  { text: 'The Registrar informed the Government of the application.', not: 'Registrar' },
  { text: 'By THE ASSOCIATED PRESS\nThe court met.', not: 'ASSOCIATED PRESS' },
  // a settlement after its noun and "of", even named after a saint; prisons and a university named like persons
  { text: 'The third applicant now lives in the village of Sfântu Gheorghe, Covasna County.', not: 'Sfântu Gheorghe' },
  { text: 'The prisoners held at Abu Ghraib were abused, a doctor from Johns Hopkins said.', not: 'Abu Ghraib' },
  { text: 'The prisoners held at Abu Ghraib were abused, a doctor from Johns Hopkins said.', not: 'Johns Hopkins' },
  { text: 'Maria Day Spa opened on Monday.', not: 'Day Spa' },
  // headings and acronyms in capitals after a letter or a name
  { text: 'The facts are as follows. A. THE CIRCUMSTANCES OF THE CASE The applicant was born in 1950.', not: 'A. THE' },
  { text: 'II. RELEVANT DOMESTIC LAW Section 4 provides for fines.', not: 'II. RELEVANT' },
  { text: 'Donors to the Webster PAC gave money in 2010.', not: 'Webster PAC' },
  // a case of the Strasbourg court or of a law report names its parties only as mentions
  { text: 'See Kuppinger v. Germany (no. 62198/11, § 86, 15 January 2015).', not: 'Kuppinger' },
  { text: 'Planning Law 785; John Davies v. Secretary of State [1982] JPL 785.', not: 'John Davies' },
  { text: "Pringles' owner Procter & Gamble had claimed so.", not: 'Gamble' },
  // a demonym before a name, a law report after a case
  { text: 'They were charged with poisoning Briton Neil Heywood.', not: 'Briton Neil' },
  { text: 'See Smith v. Jones, 123 F. Supp. 2d 45 (2001).', not: 'F. Supp' },
  { text: 'Police searched his flat in 1993. Photograph: Ann Court/AFP/Getty Images', not: 'Getty Images' },
];

describe('extractPersons: headings, ages, places and firms', () => {
  test.each(POSITIVE)('finds the persons in: $text', ({ text, persons }) => {
    expect(extractPersons(text).map((p) => p.name)).toEqual(persons);
  });

  test.each(NEGATIVE)('no person "$not" in: $text', ({ text, not }) => {
    const names = extractPersons(text).map((p) => p.name);
    for (const n of names) expect(n.includes(not) || not.includes(n)).toBe(false);
  });
});
