/**
 * extractPersons on names of any origin (issue 9, point 2): initials with a surname, diacritics, given names
 * from the broad list (gender-detection-from-name), ranks and titles before names, generational suffixes,
 * and what must stay out: initials alone, places and bodies whose first word is also a given name.
 * Sentences written for this table.
 */
import { extractPersons } from '../../../extractors/persons';

function expectSpansMatch(text: string): void {
  for (const p of extractPersons(text)) for (const m of p.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
}

const POSITIVE: Array<{ text: string; persons: string[] }> = [
  // initials and abbreviated given names
  { text: 'The applicant, V.V. Petrenko, complained to the court.', persons: ['V.V. Petrenko'] },
  { text: 'He was represented by Mr P.J. Vermeulen, a lawyer practising in Utrecht.', persons: ['P.J. Vermeulen'] },
  { text: 'The complaint was examined by Judge M. Horvátová.', persons: ['M. Horvátová'] },
  { text: 'The case was brought by Yu. Sidorenko and Zh. Kaliyeva.', persons: ['Yu. Sidorenko', 'Zh. Kaliyeva'] },
  { text: 'Circuit judges Harold Benning and Joan B Whitcombe agreed.', persons: ['Harold Benning', 'Joan B Whitcombe'] },
  // diacritics, and given names that only the broad list knows
  { text: 'Mr Ján Kováčik and Mrs Mária Kováčiková were heard.', persons: ['Ján Kováčik', 'Mária Kováčiková'] },
  { text: 'The court heard Şükrü Yıldırımoğlu and Ayşegül Öztürkmen.', persons: ['Şükrü Yıldırımoğlu', 'Ayşegül Öztürkmen'] },
  { text: 'Prosecutors charged Grzegorz Wiśniewski with fraud.', persons: ['Grzegorz Wiśniewski'] },
  { text: 'Daryl Brown, a former trader, pleaded guilty.', persons: ['Daryl Brown'] },
  { text: 'The broker Biagio Castellani was fined.', persons: ['Biagio Castellani'] },
  { text: 'The governor, Hiroshi Tanabe, resigned after the ruling.', persons: ['Hiroshi Tanabe'] },
  // Japanese names in Hepburn spelling that no list knows
  { text: 'The minister, Fumio Kishimura, met Junichiro Koizaka in Osaka.', persons: ['Fumio Kishimura', 'Junichiro Koizaka'] },
  { text: 'Police detained Budi Santoso and Dewi Lestari in Surabaya.', persons: ['Budi Santoso', 'Dewi Lestari'] },
  { text: 'The verdict against Yasir Hamdan was upheld.', persons: ['Yasir Hamdan'] },
  { text: 'The court acquitted Oluwaseun Adebayo and Chipo Moyo.', persons: ['Oluwaseun Adebayo', 'Chipo Moyo'] },
  { text: 'Jan Dvořák was fined in March.', persons: ['Jan Dvořák'] },
  // a nationality word closing a name is a surname
  { text: 'Only Mrs Ioana Simona Moldovan appealed.', persons: ['Ioana Simona Moldovan'] },
  { text: 'The court fined Mahmoud Ramadan during Ramadan.', persons: ['Mahmoud Ramadan'] },
  // an honorific between a given name and a name word is part of the name
  { text: 'It was the biggest arrest since that of Khalid Sheikh Rahman , the alleged planner.', persons: ['Khalid Sheikh Rahman'] },
  // ranks and titles stay out of the name
  { text: 'L/Cpl Aaron Whitby, 25, and Cpl Daniel Harlow, 33, were jailed.', persons: ['Aaron Whitby', 'Daniel Harlow'] },
  { text: 'Prosecutor Lt. Col. Grant Mavers asked for ten years.', persons: ['Grant Mavers'] },
  { text: 'Commodore Ratu Vuniwai said nothing.', persons: ['Ratu Vuniwai'] },
  { text: 'The seat held by President-elect Julian Varga was vacant.', persons: ['Julian Varga'] },
  // a body's name before its officer's title is no person
  { text: 'Liberty Tasmania president Brendan Walsh welcomed the decision.', persons: ['Brendan Walsh'] },
  // a broad-list given name may be the surname after an ordinary word ("Kelvin" is also a unit)
  { text: 'Sergeant Kelvin Hartley, 28, is alleged to have assaulted a detainee.', persons: ['Kelvin Hartley'] },
  { text: "The newspaper's editor, Piers Lanham, resigned.", persons: ['Piers Lanham'] },
  { text: 'Counsel for the applicant, Mr D. Pannick Q.C., was heard.', persons: ['D. Pannick'] },
  // a space before the comma, as some wire texts write it, keeps the cue after the name
  { text: 'His adviser at the time, Farouk Qasemi , was convicted in 2005.', persons: ['Farouk Qasemi'] },
  // runs of spaces, as judgments print them, join a title to its name; the name is given with single spaces
  { text: 'The bar was run by the applicant Mr   Ayoubi, whose lawyer was Ms Sylvie   Bertrand.', persons: ['Ayoubi', 'Sylvie Bertrand'] },
  // a typographic hyphen, spaced, joins a double surname
  { text: 'The case was heard by Judge I. Petrova ‑ Vasileva.', persons: ['I. Petrova ‑ Vasileva'] },
  // after a given name and an initial, an ordinary word is the surname
  { text: 'The suit named the state attorney general, Edmund G. Brown, as defendant.', persons: ['Edmund G. Brown'] },
  // a closing quote before a name does not make it an outlet's
  { text: '"We will hold our own elections," Temir Asanbekov, leader of the council, said.', persons: ['Temir Asanbekov'] },
  // a name before "and <Court>" keeps its own
  { text: 'The list may include Appeals Court Judge Karen Whitfield and Michigan Supreme Court Justice Maura Corvin.', persons: ['Karen Whitfield', 'Maura Corvin'] },
  // generational suffixes belong to the name
  { text: 'Special Agent Warren Tolliver Jr. said the arrests were lawful.', persons: ['Warren Tolliver Jr.'] },
  // sisters with the same surname and initial are two persons
  { text: 'Miss Nadia Horvatova and Miss Natalia Horvatova were born in 1985 and 1991.', persons: ['Nadia Horvatova', 'Natalia Horvatova'] },
  // "Mr Markov" is not the man whose father's name was Markov, nor Mr Arkov
  { text: 'Mr Markov and Mr Arkov escaped. Mr Stefan Markov Stoyanov is a witness.', persons: ['Markov', 'Arkov', 'Stefan Markov Stoyanov'] },
];

const NEGATIVE: string[] = [
  // persons known only by initials are left out (ANNOTATION.md)
  'The applicant, A.B., was born in 1970.',
  'The witness C.M. was not heard.',
  // initials of a country or body
  'The U.S. Securities and Exchange Commission opened an inquiry.',
  // places and bodies whose first word is also a given name
  'He was held at Guantanamo Bay for five years.',
  'The ships of the Royal New Zealand Air Force stayed in port.',
  'Witnesses from Costa Rica testified.',
  'The officers of the Vratsa Military-Police Unit were questioned.',
  // Arabic names of groups and outlets open with "Al", which is also a given name
  'The footage was broadcast by Al Jazeera and claimed by Al Qaida.',
  // an ordinary word before a broad-list word makes no name by itself
  'Two Courts Martial sat in the spring.',
  'The Roman Catholic church objected.',
  'The Social Forum met in the capital.',
  'He was held at the McRae Correctional Facility near Fort Lauderdale.',
  // a name in quotes after a space is an outlet's ("“ Utrinski vesnik ”")
  'The daily newspaper “ Dnevni Glasnik ” reported the attack.',
  // a word coordinated with another before one body's head belongs to that body
  'The matter was investigated by the Brodnov and Hlinsko County Police Departments.',
  // open-syllable words that are places stay places
  'They sailed from Panama to Uganda and on to Kenya.',
  // a month abbreviation before a number is no name
  'In Jan 2020 the court met again.',
];

describe('extractPersons: names of any origin', () => {
  test.each(POSITIVE)('$text', ({ text, persons }) => {
    expect(extractPersons(text).map((p) => p.name)).toEqual(persons);
    expectSpansMatch(text);
  });
  test.each(NEGATIVE)('no person: %s', (text) => {
    expect(extractPersons(text)).toEqual([]);
  });
});
