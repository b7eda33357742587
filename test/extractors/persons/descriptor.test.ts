/** findDescriptor and surnameKey: literal sentences with the descriptor expected for the named person. */
import { extractPersons, findDescriptor, surnameKey } from '../../../extractors/persons';

function descriptorOf(text: string, name: string): string | null {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in text`);
  const mention = { start, end: start + name.length, text: name };
  expect(mention.text).toBe(text.slice(mention.start, mention.end));
  return findDescriptor(text, mention);
}

const CASES: Array<{ text: string; name: string; descriptor: string | null }> = [
  { text: 'The court sentenced political activist Zhambyl Kobeysinov to six months.', name: 'Zhambyl Kobeysinov', descriptor: 'political activist' },
  { text: 'He argued with Dana Duisekenova, a journalist from “Pulse”.', name: 'Dana Duisekenova', descriptor: 'journalist' },
  { text: 'The trial of political activist and blogger Alibek Moldin began.', name: 'Alibek Moldin', descriptor: 'political activist and blogger' },
  { text: 'Bukenov, a blogger, was fined.', name: 'Bukenov', descriptor: 'blogger' },
  { text: 'President Kasym-Zhomart Tokayev spoke.', name: 'Kasym-Zhomart Tokayev', descriptor: 'president' },
  { text: 'They complained to the Minister of Information Dauren Abayev that the law was harsh.', name: 'Dauren Abayev', descriptor: 'Minister of Information' },
  { text: 'A complaint by Leyla Darkhanbayeva, chairperson of “Zangar-Medet”, started it.', name: 'Leyla Darkhanbayeva', descriptor: 'chairperson' },
  { text: 'The complaint came from local police chief, Rashid Kuandykov.', name: 'Rashid Kuandykov', descriptor: 'local police chief' },
  // ", his wife X" describes X, not the person before it.
  { text: 'She sued Amangeldy Batyrbekov, his wife Gulzada Baimuratova and others.', name: 'Amangeldy Batyrbekov', descriptor: null },
  { text: 'She sued Amangeldy Batyrbekov, his wife Gulzada Baimuratova and others.', name: 'Gulzada Baimuratova', descriptor: 'wife' },
  { text: 'Marat Musabaev was given 15 days.', name: 'Marat Musabaev', descriptor: null },
  { text: 'Dzmitry Kazlou, 34, a programmer from Minsk, was jailed.', name: 'Dzmitry Kazlou', descriptor: 'programmer' },
  { text: 'Dzmitry Kazlou (34), an activist, was jailed.', name: 'Dzmitry Kazlou', descriptor: 'activist' },
  // The descriptor stays inside the sentence.
  { text: 'He met a journalist. Marat Musabaev was given 15 days.', name: 'Marat Musabaev', descriptor: null },
];

describe('findDescriptor', () => {
  test.each(CASES)('$name in: $text', ({ text, name, descriptor }) => {
    expect(descriptorOf(text, name)).toBe(descriptor);
  });

  test('works on the mentions extractPersons returns', () => {
    const text = 'Blogger Aibolat Bukenov was fined. Bukenov, an activist, appealed.';
    const [person] = extractPersons(text);
    expect(person.mentions.map((m) => findDescriptor(text, m))).toEqual(['blogger', 'activist']);
  });

  test('a span outside the text gives null, not an error', () => {
    expect(findDescriptor('short', { start: 3, end: 99, text: 'x' })).toBeNull();
  });
});

describe('surnameKey', () => {
  test.each([
    ['Tamabayeva', 'Tamabaeva'],
    ['Dzhumaev', 'Zhumaev'],
    ['Yevgeniy', 'Evgenii'],
    ['Artyomova', 'Artemova'],
    ['Khalykova', 'Halykova'],
    ['Mukhamedov', 'Muhammedov'],
  ])('%s and %s meet', (a, b) => {
    expect(surnameKey(a)).toBe(surnameKey(b));
  });

  test.each([
    ['Kobeysinov', 'Bezhanova'],
    ['Akhmedyarov', 'Akhmedyarova'],
  ])('%s and %s stay apart', (a, b) => {
    expect(surnameKey(a)).not.toBe(surnameKey(b));
  });
});
