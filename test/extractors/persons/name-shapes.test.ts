/**
 * extractPersons on name shapes found by the held-out documents: particle chains, quoted nicknames,
 * surnames that are also places, ordinary words inside unknown names, "Md." and title-case headlines.
 */
import { extractPersons } from '../../../extractors/persons';

function expectSpansMatch(text: string): void {
  for (const p of extractPersons(text)) for (const m of p.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
}

const POSITIVE: Array<{ text: string; persons: string[] }> = [
  // a former rank is still a title, not part of the name
  { text: 'Ex-captain Tomas Reyes Navarro was jailed for six years.', persons: ['Tomas Reyes Navarro'] },
  // a peer known by title and one name is named with the title; not when a full name follows
  { text: 'Two peers, Lord Patel and Baroness Hussein, flew to Khartoum.', persons: ['Lord Patel', 'Baroness Hussein'] },
  { text: 'The appeal was heard by Lord Chief Justice Martin Keane.', persons: ['Martin Keane'] },
  // a shorter form whose words stand in order in one fuller name is that person
  { text: 'The court jailed Mohamed Tarek Hassan Nour. Supporters of Tarek Nour protested.', persons: ['Mohamed Tarek Hassan Nour'] },
  { text: 'Rosa Maria Garcia Ibarra spoke first. Later Garcia Ibarra left.', persons: ['Rosa Maria Garcia Ibarra'] },
  { text: 'The court summoned Ahmad al-Masri, and Masri denied the charge.', persons: ['Ahmad al-Masri'] },
  // ... but not when two fuller names hold it, nor a different surname
  { text: 'Maria Elena Cruz and Elena Vargas were fined.', persons: ['Maria Elena Cruz', 'Elena Vargas'] },
  { text: 'Her agent, Willem van der Westhuizen, said she would appeal.', persons: ['Willem van der Westhuizen'] },
  { text: 'The defence lawyer Carmen de los Ríos Paredes spoke to reporters.', persons: ['Carmen de los Ríos Paredes'] },
  { text: 'The court jailed the student Somchai "Bank" Rattanakul for two years.', persons: ['Somchai "Bank" Rattanakul'] },
  { text: 'Singer Andrei “Dron” Malakhov was fined. Malakhov paid.', persons: ['Andrei “Dron” Malakhov'] },
  { text: 'Their lawyer, Gustavo Toledo Quispe, said the ruling was unfair.', persons: ['Gustavo Toledo Quispe'] },
  { text: 'A military court sentenced Kyaw Min Thu, a former teacher, to death.', persons: ['Kyaw Min Thu'] },
  { text: 'The tribunal convicted Md. Abdul Karim Sarkar in absentia. Sarkar lives abroad.', persons: ['Md. Abdul Karim Sarkar'] },
  { text: 'For comment contact: Kofi Mensah-Bonsu, press officer.', persons: ['Kofi Mensah-Bonsu'] },
  // royal styles name the person with title, regnal number and realm
  { text: 'Princess Amalia of Ruritania, the daughter of King Henrik IV of Ruritania, gave evidence on Monday.', persons: ['Princess Amalia of Ruritania', 'King Henrik IV of Ruritania'] },
  // a lone given name coordinated with a full name, or given with a kinship word or an age, is a person of its own
  { text: 'The plaintiffs, Helen and George Marsh, live in Dorset.', persons: ['Helen', 'George Marsh'] },
  { text: 'Their children Oliver aged 9 and Sophie aged 6 stayed with an aunt. Oliver Grant, a neighbour, helped.', persons: ['Oliver', 'Sophie', 'Oliver Grant'] },
  // a place after "in" glued to a full name is no part of it
  { text: 'The prosecutor in Wexborough Anne Dumont said no charge would follow.', persons: ['Anne Dumont'] },
  // a generational suffix after a surname that is also a word
  { text: 'The court heard Peter James Baker Jr. on Tuesday.', persons: ['Peter James Baker Jr.'] },
  // a speech verb after a name of unknown words: the name is a person's
  { text: 'His spokesman in Lampang , Worawut Chaiyakarn, called the verdict harsh.', persons: ['Worawut Chaiyakarn'] },
  // a surname doubled by a broken link; a surname spelt one letter off inside a party's name is not that person
  { text: 'Marika Lenton Lenton\'s lawyers filed the appeal.', persons: ['Marika Lenton'] },
  { text: 'Her lawyer, Somsak Pattama, spoke. The court dissolved Pattana Chart Thai and Pandin Thai.', persons: ['Somsak Pattama'] },
  // the leader of a party, then a comma: the name is the leader's, not the party's
  { text: 'The leader of the main opposition party, Aliaksei Mikhnievič , has been jailed for ten days.', persons: ['Aliaksei Mikhnievič'] },
  // a role shared with others, a rank abbreviated, a place left before a name at the start of a text
  { text: 'Co-conspirator Pieter van Wyk, who is serving a 20-year sentence, was already in the capital.', persons: ['Pieter van Wyk'] },
  { text: 'Charges were brought against Pfc. Jesse Morland and Pfc. Ryan Holt.', persons: ['Jesse Morland', 'Ryan Holt'] },
  { text: 'Equatorial Guinea Simon Blake , a former officer, told the court he was a junior member of the plot.', persons: ['Simon Blake'] },
  // a judgment header's surname in capitals after one name word; a surname after a title and initials
  { text: 'Application no. 12345/99 by Radek KOVÁŘ against the Czech Republic', persons: ['Radek KOVÁŘ'] },
  { text: 'and Mr T.L. Early , Deputy Section Registrar ,', persons: ['T.L. Early'] },
  // an occupation closing a name after a given name is the surname
  { text: 'The council leader Abel Farmer said the fine was unjust.', persons: ['Abel Farmer'] },
  // hyphenated initials of a hyphenated given name
  { text: 'For the Government: Mr K.-L. Brandt, Adviser.', persons: ['K.-L. Brandt'] },
  { text: 'His lawyer, Av. Burak Yıldırımlı, said he would appeal.', persons: ['Burak Yıldırımlı'] },
  { text: 'Thet Ko Ko Lwin, 45, remains in Insein prison.', persons: ['Thet Ko Ko Lwin'] },
  { text: 'The students Yana Arlouskaya (3 years), Kasia Budzko (2 years) and Alana Gebremariam were named.', persons: ['Yana Arlouskaya', 'Kasia Budzko', 'Alana Gebremariam'] },
  { text: 'The editor Rosa Elena Chamorro and the reporter Luis Toledo were fined.', persons: ['Rosa Elena Chamorro', 'Luis Toledo'] },
  { text: 'Mutua Kiprono Wekesa, 61, was detained.', persons: ['Mutua Kiprono Wekesa'] },
  { text: 'Court Jails Blogger Over Posts In Protest Case\n\nThe court jailed blogger Arman Serikov for a year.', persons: ['Arman Serikov'] },
];

const NEGATIVE: string[] = [
  // a title-case headline capitalises ordinary words: no person unless the text names one
  'Southeast Asia Civic Space Digest: Week Of 24 June\n\nCourts in the region were busy this week.',
  'Regional Press Freedom Roundup For The Caspian Basin\n\nNo cases were reported.',
  // a lone given name with a particle and no surname after it is no name
  'He said that van der was the wrong spelling.',
  // a place between capitalised organisation words stays a place
  'The Mendoza office of the ombudsman issued a report.',
  // an ordinary word opening a run of unknown words makes no name
  'The court heard that Free Min Htike posters were displayed.',
];

describe('extractPersons: held-out name shapes', () => {
  test.each(POSITIVE)('$text', ({ text, persons }) => {
    expect(extractPersons(text).map((p) => p.name)).toEqual(persons);
    expectSpansMatch(text);
  });
  test.each(NEGATIVE)('no person: %s', (text) => {
    expect(extractPersons(text)).toEqual([]);
  });
  test('a name in a title-case headline joins the person named in the text', () => {
    const text = 'Court Jails Serikov Over Posts In Protest Case\n\nThe court jailed blogger Arman Serikov for a year.';
    const [p] = extractPersons(text);
    expect(p.name).toBe('Arman Serikov');
    expect(p.mentions.map((m) => m.text)).toEqual(['Serikov', 'Arman Serikov']);
    expectSpansMatch(text);
  });
});
