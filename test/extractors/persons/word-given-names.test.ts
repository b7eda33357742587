/**
 * extractPersons: a given name that is also an English word ("Faith", "Precious") stays part of a
 * three-word name; ordinary words before a name are still dropped; Spanish and French given names open names.
 */
import { extractPersons } from '../../../extractors/persons';

const CASES: Array<{ text: string; persons: string[] }> = [
  { text: 'Co-accused Faith Wanjiku Kamau was released on a bond.', persons: ['Faith Wanjiku Kamau'] },
  { text: 'Police arrested Precious Tendai Moyo outside the court.', persons: ['Precious Tendai Moyo'] },
  { text: 'Justice Folasade Adeyemi-Ogunleye read the judgment.', persons: ['Folasade Adeyemi-Ogunleye'] },
  { text: 'Information Minister Dauren Abayev spoke.', persons: ['Dauren Abayev'] },
  { text: 'Hope remains that Dauren Abayev will be freed.', persons: ['Dauren Abayev'] },
  // Spanish and French given names that compromise reads as ordinary words or does not know
  { text: 'The court fined Jean Mugisha.', persons: ['Jean Mugisha'] },
  { text: 'A court in Kigali fined Jean Bosco Mugisha 500,000 Rwandan francs.', persons: ['Jean Bosco Mugisha'] },
  { text: 'The judge ordered Rigoberto Choc Maquín to pay a fine.', persons: ['Rigoberto Choc Maquín'] },
  { text: 'Police questioned Andrés Quispe Mamani about the march.', persons: ['Andrés Quispe Mamani'] },
  // a given name that is also a word opens a two-word name before a word no list knows
  { text: 'In 1981 Earl Tuchfeld pleaded guilty to tax evasion.', persons: ['Earl Tuchfeld'] },
  { text: 'Lawyer Rod Vrabelic filed the appeal.', persons: ['Rod Vrabelic'] },
  { text: 'The court heard that Bill Ostrowicz had paid the bribe.', persons: ['Bill Ostrowicz'] },
  // ... but not before a given name, nor as the opener of a thing's name
  { text: 'Supporters carried banners reading Free Dauren Abayev.', persons: ['Dauren Abayev'] },
  { text: 'Free Tulegen Zhukeyev now, the campaign said.', persons: ['Tulegen Zhukeyev'] },
  { text: 'Tourists walked along the Great Wall near Beijing.', persons: [] },
  { text: 'The Earl of Uxbridge did not attend.', persons: [] },
  // Belarusian Latin given names
  { text: 'On appeal, the court cut Aleh Hrytsuk\'s sentence to three years.', persons: ['Aleh Hrytsuk'] },
  { text: 'Relatives of Kanstantsin Zhukouski were questioned.', persons: ['Kanstantsin Zhukouski'] },
];

describe('extractPersons: word-like given names', () => {
  it.each(CASES)('$text', ({ text, persons }) => {
    const found = extractPersons(text);
    expect(found.map((p) => p.name)).toEqual(persons);
    for (const p of found) for (const m of p.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

// A surname alone, never joined to a full name, repeated with a person's mark, names a person of its own.
const REPEATED: Array<{ text: string; persons: string[] }> = [
  { text: 'Vardakis himself stayed calm. The judge found that Vardakis might flee. Vardakis\'s lawyers will appeal.', persons: ['Vardakis'] },
  // ... with the full name, when the text gives one that the finder doubted
  { text: 'Ormund Vardakis was refused bail. Vardakis himself stayed calm. The judge found that Vardakis might flee.', persons: ['Ormund Vardakis'] },
  // fewer than three uses need a mark where no capitalised word stands before the name
  { text: 'Vardakis himself stayed calm. The judge found that Vardakis might flee.', persons: ['Vardakis'] },
  { text: 'The court heard that Northern Vardakis said it would appeal. Northern Vardakis has two mayors.', persons: [] },
  // no person's mark: a word repeated is no name
  { text: 'Vardakis is calm. Vardakis is far. Vardakis is near.', persons: [] },
  // a town's name: "mayor of", "the ... District Court"
  { text: 'The mayor of Vardakis testified. Vardakis\'s home was searched. Vardakis said nothing. The Vardakis District Court sat.', persons: [] },
  // what only a person does or undergoes: died, was released from prison, leaves behind, "had ... for his"
  { text: 'Vardakis was moved to intensive care. The family said Vardakis died on Tuesday. Vardakis leaves behind two sons.', persons: ['Vardakis'] },
  { text: 'Vardakis was convicted in 1997. Vardakis was released in 2000. Vardakis moved abroad.', persons: ['Vardakis'] },
  { text: 'The panel said Vardakis had shown no remorse for his actions. Vardakis must pay costs. Vardakis ran for office.', persons: ['Vardakis'] },
  // a surname that the broad given-name list also holds
  { text: 'The judge noted that Thompson had shown no remorse for his conduct. Thompson must pay costs. Thompson ran for office.', persons: ['Thompson'] },
  // a word no list knows, named once and marked as a speaker or a witness ("Tantawi has testified"), is a person;
  // a place before which another capitalised word stands is not ("Northern Ostrava says")
  { text: 'The hearing was closed. Tantawi has testified that no order was given. Northern Ostrava says it will appeal.', persons: ['Tantawi'] },
  // a given name that names a man alone ("Saddam"), possessives after "of" included
  { text: 'The crimes for which Saddam has been sentenced pale beside the violence. Saddam would have been defiant. The crimes of Saddam\'s regime were many.', persons: ['Saddam'] },
  // one "of X" among six person's uses does not make X a place
  { text: 'Lawyers want a fair trial for Vardakis. They spoke of the rights of Vardakis. Vardakis\'s progress was slow. News has yet to reach Vardakis. Vardakis\'s Australian lawyer spoke.', persons: ['Vardakis'] },
  // a passive clause is no mark: a country's double name is rejected, not a person
  { text: 'The candidacy in Bosnia and Vardakis was rejected because of his origin. Vardakis has two entities. Vardakis is a state.', persons: [] },
];

// Names listed after a plural title are persons, each of them.
const PLURAL_TITLES: Array<{ text: string; persons: string[] }> = [
  { text: 'The court ruled 5-3, with Justices Marrow, Quillby, Tesh and Onwall in the majority.', persons: ['Marrow', 'Quillby', 'Tesh', 'Onwall'] },
  { text: 'Judges Halvorsk and Pritchley dissented.', persons: ['Halvorsk', 'Pritchley'] },
  // a party label before a name, and a firm's national arm after one, are no parts of a name
  { text: 'One vote was cast for Libertarian Ruth Bennelly.', persons: ['Ruth Bennelly'] },
  { text: 'The petitioners were Altria Group and Philip Morris USA.', persons: [] },
  // a head of government or of a force named in apposition
  { text: "The court issued a warrant for the deposed premier, Thaksin Shinawatra.", persons: ['Thaksin Shinawatra'] },
  { text: '"We could not hold them," Manit Wongsomboon, commander of the district police, was quoted as saying.', persons: ['Manit Wongsomboon'] },
  // names given to persons with "known as"
  { text: 'The killers, known as Elias Maluco and Ratinho, were arrested.', persons: ['Elias Maluco', 'Ratinho'] },
  { text: 'A group known as Hamas and Fatah met.', persons: [] },
  // without the title the same words stay unknown
  { text: 'The court ruled 5-3, with Marrow, Quillby, Tesh and Onwall in the majority.', persons: [] },
];

describe('extractPersons: names listed after a plural title', () => {
  it.each(PLURAL_TITLES)('$text', ({ text, persons }) => {
    expect(extractPersons(text).map((p) => p.name)).toEqual(persons);
  });
});

describe('extractPersons: a repeated surname alone', () => {
  it.each(REPEATED)('$text', ({ text, persons }) => {
    expect(extractPersons(text).map((p) => p.name)).toEqual(persons);
  });
});

