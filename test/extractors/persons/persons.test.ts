/**
 * extractPersons: literal sentences with the persons expected (fullest name and
 * every mention), sentences that must give no person, and the seed page.
 */
import { readFileSync } from 'node:fs';
import { extractPersons } from '../../../extractors/persons';

function names(text: string): string[] {
  return extractPersons(text).map((p) => p.name);
}

function expectSpansMatch(text: string): void {
  for (const p of extractPersons(text)) {
    for (const m of p.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  }
}

const POSITIVE: Array<{ text: string; persons: string[] }> = [
  { text: 'On 13th December 2019 the court sentenced political activist Zhambyl Kobeysinov to six months.', persons: ['Zhambyl Kobeysinov'] },
  { text: 'President Kasym-Zhomart Tokayev made several statements.', persons: ['Kasym-Zhomart Tokayev'] },
  { text: 'The court found Gulmira Khalykova, Galiya Tamabayeva and Marat Musabaev guilty.', persons: ['Gulmira Khalykova', 'Galiya Tamabayeva', 'Marat Musabaev'] },
  { text: 'He argued with Dana Duisekenova, a journalist from a state outlet.', persons: ['Dana Duisekenova'] },
  { text: 'Lawyer Jahongir Shukurov said that blogger Otabek Sattoriy had been beaten.', persons: ['Jahongir Shukurov', 'Otabek Sattoriy'] },
  { text: 'Georgian journalist Mzia Amaglobeli was arrested in Batumi.', persons: ['Mzia Amaglobeli'] },
  { text: 'Armenian activists Anahit Grigoryan and Vardan Petrosyan were detained.', persons: ['Anahit Grigoryan', 'Vardan Petrosyan'] },
  { text: 'Belarusian human rights defender Ales Bialiatski was sentenced to ten years.', persons: ['Ales Bialiatski'] },
  { text: 'Ukrainian filmmaker Oleh Sentsov and Tatsiana Kruk were named.', persons: ['Oleh Sentsov', 'Tatsiana Kruk'] },
  { text: 'Tajik journalist Daler Imomali and Uzbek lawyer Dilshod Rakhimov appealed.', persons: ['Daler Imomali', 'Dilshod Rakhimov'] },
  { text: 'Kyrgyz reporter Makhabat Tazhibek kyzy was fined.', persons: ['Makhabat Tazhibek kyzy'] },
  { text: 'Iranian rapper Toomaj Salehi and teacher Narges Rahimi were tried.', persons: ['Toomaj Salehi', 'Narges Rahimi'] },
  { text: 'The lawyer Wang Qiang said the trial was closed.', persons: ['Wang Qiang'] },
  { text: 'Vietnamese blogger Pham Doan Trang received nine years.', persons: ['Pham Doan Trang'] },
  { text: 'Egyptian activist Alaa Abd El-Fattah remains in prison.', persons: ['Alaa Abd El-Fattah'] },
  { text: 'Magistrate Tendai Mahwe heard the case.', persons: ['Tendai Mahwe'] },
  { text: 'Judge Ivanova read the verdict.', persons: ['Ivanova'] },
  { text: 'Mr. Yagublu went on hunger strike.', persons: ['Yagublu'] },
  { text: 'Police officer Makhsudkhan Ablazimov gave her a medal.', persons: ['Makhsudkhan Ablazimov'] },
  { text: 'The editor A. Petrov was questioned.', persons: ['A. Petrov'] },
  { text: 'Prime Minister Nikol Pashinyan met ombudsman Anahit Manasyan.', persons: ['Nikol Pashinyan', 'Anahit Manasyan'] },
  { text: 'The court ordered his deputies Patience Akello and Brian Okot to pay.', persons: ['Patience Akello', 'Brian Okot'] },
  { text: 'Editors Kanat Ilyasov and Rufat Hamzayev were fined.', persons: ['Kanat Ilyasov', 'Rufat Hamzayev'] },
  { text: 'Free Serikbol Mambetkaliev now, the campaign said.', persons: ['Serikbol Mambetkaliev'] },
  { text: 'Lawyers for Şebnem Korur Fincancı and journalist Canan Kaftancıoğlu appealed.', persons: ['Şebnem Korur Fincancı', 'Canan Kaftancıoğlu'] },
  { text: 'Blogger Nguyễn Văn Đài and Ilham Əliyev were named.', persons: ['Nguyễn Văn Đài', 'Ilham Əliyev'] },
  { text: 'Jehovah\'s Witness Dennis Christensen was released; Crimean Tatar Server Mustafayev was not.', persons: ['Dennis Christensen', 'Server Mustafayev'] },
  { text: 'Activist Zhanbolat Mamay was detained. Afterwards Mamay was fined, and reportedly Mamay appealed.', persons: ['Zhanbolat Mamay'] },
  { text: 'Kassym-Jomart Kemeluly and Beibarys Kenzhegaliuly were named.', persons: ['Kassym-Jomart Kemeluly', 'Beibarys Kenzhegaliuly'] },
  { text: 'Two women were sentenced to 39 lashes each, and Fereshte Amiri to 20 lashes.', persons: ['Fereshte Amiri'] },
  { text: 'The court found Abdelrahman Gamal, Tohir Bakhromov and Kwabena Osei guilty.', persons: ['Abdelrahman Gamal', 'Tohir Bakhromov', 'Kwabena Osei'] },
];

const NEGATIVE: string[] = [
  'Protesters gathered in Nur-Sultan, Almaty and Shymkent on Saturday.',
  'Police blocked Republic Square and the square near the Sary-Arka Cinema and the Mahatma Gandhi Park.',
  'The Kazakhstan International Bureau for Human Rights and the Norwegian Helsinki Committee issued a statement.',
  'The Ministry of Information and Public Development prepared the draft.',
  'The independent media outlet Uralsk Week covered the hearing.',
  'Radio Azattyq reported that the Democratic Party was denied registration by the Ministry of Justice.',
  'The Interior Ministry said officers of the National Security Committee searched the offices.',
  'The European Union and the United Nations called on Tashkent to release the prisoners.',
  'Independence Day celebrations in Ashgabat were muted.',
  'The Supreme Court upheld the ruling of the Saryagash District Court.',
  'Amnesty International and Human Rights Watch condemned the ruling.',
  'He was held near the Kastrychnitskaya metro station in Minsk.',
  'The newspaper Zhayik Pulsy and the group Ak Ilbirs were named.',
  'The President and the Minister of Justice did not comment.',
  'The Moscow-based organisation said the Egyptian and Cambodian authorities had not replied.',
  'Legal Clinic "Adilet Zhol" signed the appeal.',
  'Novaya Gazeta said the editor was warned.',
  'LAHORE, Jan 9 (South Asia Desk) - A court in Lahore sentenced a man.',
  'A 41-year-old driver from Velikiye Luki, to one year of forced labour.',
  'Front Line Defenders and Reporters Without Borders followed the case.',
  'A Bishkek court extended the detention of three Temirov Live journalists.',
  'Afterwards Mamay was detained. Reportedly Mamay was beaten.',
  'The Nur Otan party and the Ak Zhol faction voted for the bill.',
  'The Guardian reported it. Window seats were taken. Missouri and Munich were named. Plateau residents left.',
  'Alleged members of Hizb ut-Tahrir and Tablighi Jamaat were convicted.',
  'In December 2019, the court case was postponed. Three of the women sued.',
];

describe('extractPersons: who is found', () => {
  test.each(POSITIVE)('$text', ({ text, persons }) => {
    expect(names(text)).toEqual(persons);
    expectSpansMatch(text);
  });
});

describe('extractPersons: places, organisations and titles are not persons', () => {
  test.each(NEGATIVE)('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('extractPersons: one person per individual', () => {
  test('surname-only mentions join the full name, with their own spans', () => {
    const text = 'Blogger Aibolat Bukenov was fined. Bukenov appealed, and Bukenov’s lawyer spoke.';
    const persons = extractPersons(text);
    expect(persons).toHaveLength(1);
    expect(persons[0].name).toBe('Aibolat Bukenov');
    expect(persons[0].mentions.map((m) => m.text)).toEqual(['Aibolat Bukenov', 'Bukenov', 'Bukenov']);
    expectSpansMatch(text);
  });

  test('a full name given after the surname still wins', () => {
    const persons = extractPersons('Tokayev spoke on Monday. President Kasym-Zhomart Tokayev later signed the law.');
    expect(persons.map((p) => p.name)).toEqual(['Kasym-Zhomart Tokayev']);
    expect(persons[0].mentions).toHaveLength(2);
  });

  test('transliteration variants are one person', () => {
    const persons = extractPersons('Galiya Tamabayeva was detained. Tamabaeva was sentenced to ten days.');
    expect(persons.map((p) => p.name)).toEqual(['Galiya Tamabayeva']);
    expect(persons[0].mentions.map((m) => m.text)).toEqual(['Galiya Tamabayeva', 'Tamabaeva']);
  });

  test('a one-letter misspelling of a long surname joins', () => {
    const persons = extractPersons('Alibek Moldin was released. In 2019 Molodin was punished three times.');
    expect(persons.map((p) => p.name)).toEqual(['Alibek Moldin']);
    expect(persons[0].mentions).toHaveLength(2);
  });

  test('relatives with one surname stay apart; a surname mention joins the nearest', () => {
    const text = 'Tatsiana Kruk and her son Raman Kruk were detained. Raman Kruk was fined. Kruk appealed.';
    const persons = extractPersons(text);
    expect(persons.map((p) => p.name)).toEqual(['Tatsiana Kruk', 'Raman Kruk']);
    expect(persons[1].mentions.map((m) => m.text)).toEqual(['Raman Kruk', 'Raman Kruk', 'Kruk']);
  });

  test('a lone word with an ending English shares (-ian, -ow, -au) needs a cue or a full name', () => {
    expect(names('Galstanian was detained.')).toEqual([]);
    expect(names('Lawyer Galstanian spoke.')).toEqual(['Galstanian']);
    expect(names('Aram Galstanian was detained. Galstanian appealed.')).toEqual(['Aram Galstanian']);
  });

  test('a wife and husband with gendered surnames are two persons', () => {
    const text = 'Lukpan Akhmedyarov and his wife Aigul Akhmedyarova were fined.';
    expect(names(text)).toEqual(['Lukpan Akhmedyarov', 'Aigul Akhmedyarova']);
  });

  test('masculine and feminine forms of a surname with one initial are two persons; exact forms join first', () => {
    const text = 'Askar Akhmedyarov and Aigul Akhmedyarova were fined. Akhmedyarova paid. Alexei Navalny and Yulia Navalnaya spoke. The Navalny case went on.';
    const persons = extractPersons(text);
    expect(persons.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Askar Akhmedyarov', 1], ['Aigul Akhmedyarova', 2], ['Alexei Navalny', 2], ['Yulia Navalnaya', 1],
    ]);
  });

  test('patronymics and initials of one person join', () => {
    const persons = extractPersons('Sergei Vladimirovich Molchanov appealed. Later S. V. Molchanov withdrew it.');
    expect(persons.map((p) => p.name)).toEqual(['Sergei Vladimirovich Molchanov']);
    expect(persons[0].mentions.map((m) => m.text)).toEqual(['Sergei Vladimirovich Molchanov', 'S. V. Molchanov']);
  });

  test('the fullest form is kept, and the spelling used most among equally full ones', () => {
    const text = 'Aigul Akberdy and her husband Ablovas Dzumaev were detained. In 2018 Ablovas Zhumaev was sentenced. Zhumaev was released.';
    expect(names(text)).toEqual(['Aigul Akberdy', 'Ablovas Zhumaev']);
  });
});

describe('extractPersons: the seed page', () => {
  const seed = readFileSync(`${__dirname}/../../../fixtures/texts/seed-kz-2019-12/source.txt`, 'utf8');
  const persons = extractPersons(seed);
  const found = persons.map((p) => p.name);

  test.each([
    'Zhambyl Kobeysinov', 'Dilbar Bezhanova', 'Amangeldy Batyrbekov', 'Aibolat Bukenov', 'Alibek Moldin',
    'Sergei Molchanov', 'Gulmira Khalykova', 'Galiya Tamabayeva', 'Marat Musabaev', 'Noyan Rakhimzhanov',
    'Asia Bakaeva', 'Kasym-Zhomart Tokayev',
  ])('defendant or official %s is found', (name) => {
    expect(found).toContain(name);
  });

  test.each(['Nur-Sultan', 'Mahatma Gandhi', 'Uralsk Week', 'Saryagash Info', 'Zangar-Medet', 'Kalpak Travel', 'Republic Square', 'President', 'Molodin', 'Tamabaeva'])(
    '%s is not a person',
    (name) => {
      expect(found).not.toContain(name);
    },
  );

  test('the seed repeated 30 times gives the same persons with 30 times the mentions', () => {
    const repeated = extractPersons(Array(30).fill(seed).join('\n\n'));
    expect(repeated.map((p) => p.name)).toEqual(found);
    expect(repeated.map((p) => p.mentions.length)).toEqual(persons.map((p) => p.mentions.length * 30));
  });

  test('each person once, every span matching the text', () => {
    expect(new Set(found).size).toBe(found.length);
    for (const p of persons) for (const m of p.mentions) expect(m.text).toBe(seed.slice(m.start, m.end));
  });
});

describe('extractPersons: odd input', () => {
  test.each(['', '   ', '\u0000\u0001binary\uFFFD', 'ALL CAPS HEADLINE ABOUT NOTHING', 'a'.repeat(1000)])('%j gives no person', (text) => {
    expect(extractPersons(text)).toEqual([]);
  });

  test('a long list of unknown capitalised pairs gives no person and does not hang (compromise is rationed)', () => {
    // (invented words: "Delta" and "Zeta" are given names in the broad list)
    const text = 'Qorvex Blimdar, Zyntra Fexol and Thuvok Grelm; '.repeat(5000);
    expect(extractPersons(text)).toEqual([]);
  });

  test('a million-character line of capitalised words gives no person and does not hang', () => {
    const text = 'Alpha Beta Gamma Delta '.repeat(45_000);
    expect(extractPersons(text)).toEqual([]);
  });
});
