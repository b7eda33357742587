/**
 * extractCourts: literal sentences with the named courts expected, generic
 * mentions that must give nothing, and the seed page.
 */
import { readFileSync } from 'node:fs';
import { extractCourts } from '../../../extractors/courts';

const POSITIVE: Array<{ text: string; courts: string[] }> = [
  // courts named in their own language, and a French first-instance kind after its seat
  { text: 'The applicant then appealed to the Consiglio di Stato, which dismissed the appeal.', courts: ['Consiglio di Stato'] },
  { text: 'On 4 May 2001 the Lyon tribunal de grande instance ordered the sale.', courts: ['Lyon tribunal de grande instance'] },
  { text: "The Conseil d'Etat quashed the decree and the Bundesverfassungsgericht was not seized.", courts: ["Conseil d'Etat", 'Bundesverfassungsgericht'] },
  { text: 'The Conseil d’État dismissed the appeal on 24 June 2014.', courts: ['Conseil d’État'] },
  // words joined by a dash, or by a non-breaking hyphen set in spaces as judgments print it
  { text: 'The Three–Member Criminal Court of Larissa acquitted him.', courts: ['Three–Member Criminal Court of Larissa'] },
  { text: 'She applied to the judge of the Saint \u2011 Malo Administrative Court.', courts: ['Saint \u2011 Malo Administrative Court'] },
  // the House of Lords as the final court of appeal, not as a chamber of Parliament
  { text: 'On 2 May 1997 the House of Lords dismissed his petition for leave to appeal.', courts: ['House of Lords'] },
  { text: 'The Bill fell when the House of Lords voted against it.', courts: [] },
  { text: 'Discussing the decision of the House of Lords in Qazi, he added that primary legislation may be incompatible.', courts: ['House of Lords'] },
  // ... but not as a gloss in brackets after the English name
  { text: 'The Supreme Court (Högsta domstolen) refused leave to appeal.', courts: ['Supreme Court'] },
  { text: 'On 11th December 2019, at the Saryagash District Court in the Turkestan Region a hearing began.', courts: ['Saryagash District Court'] },
  { text: 'On the night of 10th December 2019, the Special Interdistrict Administrative Court found them guilty.', courts: ['Special Interdistrict Administrative Court'] },
  { text: 'The Specialised Inter-District Administrative Court of Almaty fined him.', courts: ['Specialised Inter-District Administrative Court of Almaty'] },
  { text: 'Bukenov was found guilty by the Administrative Court of Uralsk for “intentional infliction of harm”.', courts: ['Administrative Court of Uralsk'] },
  { text: 'A case began at the Second Pavlodar City Court on 18th December 2019.', courts: ['Second Pavlodar City Court'] },
  { text: 'He applied to the European Court of Human Rights in Strasbourg.', courts: ['European Court of Human Rights'] },
  { text: 'The Supreme Court upheld the sentence.', courts: ['Supreme Court'] },
  { text: 'The Baku Court of Appeal rejected the appeal on Monday.', courts: ['Baku Court of Appeal'] },
  { text: 'His appeal went to the Court of Appeal and then to the Court of Cassation.', courts: ['Court of Appeal', 'Court of Cassation'] },
  { text: 'The Supreme Court of the Republic of Buryatia heard the case.', courts: ['Supreme Court of the Republic of Buryatia'] },
  { text: 'The Shirak Regional Court of General Jurisdiction acquitted her.', courts: ['Shirak Regional Court of General Jurisdiction'] },
  { text: 'The Ankara 34th Criminal Court of First Instance sentenced him.', courts: ['Ankara 34th Criminal Court of First Instance'] },
  { text: 'The Shenzhen Intermediate People’s Court and the High People\'s Court ruled.', courts: ['Shenzhen Intermediate People’s Court', 'High People\'s Court'] },
  { text: 'On Monday Tverskoy District Court of Moscow fined her.', courts: ['Tverskoy District Court of Moscow'] },
  { text: 'Kazakhstan’s Supreme Court refused.', courts: ['Supreme Court'] },
  { text: 'The Isfahan Revolutionary Court passed a death sentence.', courts: ['Isfahan Revolutionary Court'] },
  { text: 'The Southern District Military Court in Rostov-on-Don sentenced her.', courts: ['Southern District Military Court'] },
  { text: 'The Court of Arbitration for Sport upheld the ban.', courts: ['Court of Arbitration for Sport'] },
  { text: 'The International Criminal Court issued a warrant.', courts: ['International Criminal Court'] },
  { text: 'The Appeal Court upheld the verdict.', courts: ['Appeal Court'] },
  { text: 'The Criminal Court in Bangkok sentenced her.', courts: ['Criminal Court'] },
  { text: 'They will appeal to the High Court Division of the Supreme Court of Bangladesh.', courts: ['High Court Division of the Supreme Court of Bangladesh'] },
  { text: 'A U.S. District Court in Ohio had thrown the suit out.', courts: [] },
  { text: 'The U.S. District Court ordered the two clerks to testify.', courts: ['U.S. District Court'] },
  { text: 'The Fifth U.S. Circuit Court of Appeals heard the case in May.', courts: ['Fifth U.S. Circuit Court of Appeals'] },
  { text: 'Lawyers attacked the 2nd U.S. Circuit Court of Appeal\'s ruling. In March the 2nd US Circuit Court of Appeals had sided with the city.', courts: ['2nd US Circuit Court of Appeals'] },
  { text: 'On Friday the supreme court of Ruritania ruled that the vote must be held again.', courts: ['supreme court of Ruritania'] },
  { text: 'The association appealed to the Federal Court, which dismissed the appeal.', courts: ['Federal Court'] },
  { text: 'The case then went to the Turin court of appeal, which upheld the fine.', courts: ['Turin court of appeal'] },
  { text: 'A New Castle district court froze the accounts.', courts: [] },
  { text: 'The Madras high court granted bail.', courts: ['Madras high court'] },
  { text: 'The Supreme Court of Trinidad and Tobago heard the appeal.', courts: ['Supreme Court of Trinidad and Tobago'] },
  { text: 'Seven retired judges wrote to the D.C Circuit Court of Appeals in March.', courts: ['D.C Circuit Court of Appeals'] },
  { text: 'Baku Court of Appeal Judge Rashad Mammadov presided.', courts: ['Baku Court of Appeal'] },
  // a nationality word before a top court is part of its name, as the gold on real text writes it
  { text: 'The Kazakh Supreme Court and the Turkish Constitutional Court were cited.', courts: ['Kazakh Supreme Court', 'Turkish Constitutional Court'] },
  // courts known by a name with no court word in it
  { text: 'He was tried at the Old Bailey; his brother appeared before the Sandiganbayan.', courts: ['Old Bailey', 'Sandiganbayan'] },
  // a justice of the peace with its seat, once, under its fullest form; a deputy judge's office is no part of the court
  { text: 'Decisions of the Agrigento Justice of the Peace. The migrants went before the Justice of the Peace for Agrigento.', courts: ['Justice of the Peace for Agrigento'] },
  { text: 'The application was dismissed by a Deputy High Court judge.', courts: ['High Court'] },
  { text: 'The Military Court of the Central Military District agreed.', courts: ['Military Court of the Central Military District'] },
  { text: 'The Pavlodar City Court No. 2 convicted him; Court No 3 was closed.', courts: ['Pavlodar City Court No. 2', 'Court No 3'] },
  // the one seat with "of" inside it; a circuit written with a dotted abbreviation
  { text: 'A judge of the District of Columbia Superior Court ruled.', courts: ['District of Columbia Superior Court'] },
  { text: 'He appealed to the U.S. Court of Appeals for the D.C. Circuit on Monday.', courts: ['U.S. Court of Appeals for the D.C. Circuit'] },
  { text: 'The High Court of Cassation and Justice dismissed the appeal.', courts: ['High Court of Cassation and Justice'] },
  // a federal district named as a judge's court; a people's court in lower case after its seat
  { text: 'Judge Ann Crane of the Western District of Ohio threw out the suit.', courts: ['Western District of Ohio'] },
  { text: 'The Hefei intermediate people’s court said she would not appeal.', courts: ['Hefei intermediate people’s court'] },
];

const NEGATIVE: string[] = [
  'The court sentenced him to six months.',
  'A court in Samarkand fined her.',
  'The judge left the court room after the hearing.',
  'Moldin was released by the court on 9th January 2020.',
  'He will appeal to a higher court.',
  'Court hearings were closed to the public.',
  'The Court ruled against him.',
  'The District Court refused.',
  'The District Court in December sentenced him.',
  'The Shenzhen court and an Egyptian misdemeanour court were mentioned.',
  'The Ministry of Justice and the Higher Judicial Council met.',
  'They met at the courthouse and the courtroom was full.',
  'The European Convention on Human Rights applies.',
  // a federal district that is only a place
  'He lived in the Eastern District of Texas for years.',
  // a photographer's name in a credit
  'Police searched his flat in 1993. Photograph: Ann Court/AFP/Getty Images',
];

function expectSpansMatch(text: string): void {
  for (const c of extractCourts(text)) for (const m of c.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
}

describe('extractCourts: named courts', () => {
  test.each(POSITIVE)('$text', ({ text, courts }) => {
    expect(extractCourts(text).map((c) => c.name)).toEqual(courts);
    expectSpansMatch(text);
  });
});

describe('extractCourts: generic mentions are not names', () => {
  test.each(NEGATIVE)('%s', (text) => {
    expect(extractCourts(text)).toEqual([]);
  });
});

describe('extractCourts: one entry per court', () => {
  test('repeated mentions gather under one court', () => {
    const text = 'The Munaylin District Court sentenced him. The Munaylin District Court later refused a review.';
    const courts = extractCourts(text);
    expect(courts).toHaveLength(1);
    expect(courts[0].mentions.map((m) => m.text)).toEqual(['Munaylin District Court', 'Munaylin District Court']);
    expectSpansMatch(text);
  });

  test('a short generic form joins the court it shortens', () => {
    const text = 'The Lida District Court fined him. The District Court did not hear witnesses.';
    const courts = extractCourts(text);
    expect(courts.map((c) => c.name)).toEqual(['Lida District Court']);
    expect(courts[0].mentions.map((m) => m.text)).toEqual(['Lida District Court', 'District Court']);
  });

  test('different courts of one city stay apart', () => {
    const text = 'The Uralsk City Administrative Court warned him; the Administrative Court of Uralsk jailed him.';
    expect(extractCourts(text).map((c) => c.name)).toEqual(['Uralsk City Administrative Court', 'Administrative Court of Uralsk']);
  });
});

describe('extractCourts: the seed page', () => {
  const seed = readFileSync(`${__dirname}/../../../fixtures/texts/seed-kz-2019-12/source.txt`, 'utf8');
  const courts = extractCourts(seed);
  const names = courts.map((c) => c.name);

  test.each([
    'Uralsk City Administrative Court', 'Administrative Court of Uralsk', 'Saryagash District Court',
    'Munaylin District Court', 'Second Pavlodar City Court', 'Special Interdistrict Administrative Court',
  ])('%s is found', (name) => {
    expect(names).toContain(name);
  });

  test('no name starts with "the" or is a generic court; spans match', () => {
    for (const n of names) expect(n).not.toMatch(/^(the|a|an) /i);
    expect(names.map((n) => n.toLowerCase())).not.toContain('court');
    expect(new Set(names).size).toBe(names.length);
    for (const c of courts) for (const m of c.mentions) expect(m.text).toBe(seed.slice(m.start, m.end));
  });
});

describe('extractCourts: odd input', () => {
  test.each(['', 'Court', 'Court '.repeat(100_000), 'The '.repeat(10) + 'Court'])('%# gives nothing and does not hang', (text) => {
    expect(extractCourts(text)).toEqual([]);
  });

  test('a court name repeated into one million-character line returns one entry (its "of" tail was once read word by word to the end)', () => {
    const text = 'District Court of Almaty '.repeat(40_000);
    const courts = extractCourts(text);
    expect(courts).toHaveLength(1);
    expect(courts[0].name.startsWith('District Court of Almaty')).toBe(true);
  });
});
