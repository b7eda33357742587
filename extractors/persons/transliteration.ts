/**
 * A loose key under which transliteration variants of one name meet:
 * surnameKey('Tamabayeva') === surnameKey('Tamabaeva'),
 * surnameKey('Dzhumaev') === surnameKey('Zhumaev').
 */
const FOLDS: Array<[RegExp, string]> = [
  [/dzh|dz|dj|zh|j/g, 'z'],
  [/kh|x/g, 'h'],
  [/ch|tch/g, 'c'],
  [/sch|shch|sh/g, 's'],
  [/ts|tz/g, 'c'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/q/g, 'k'],
  // Cyrillic yo after a consonant is often written e: Artyomova/Artemova, Fyodor/Fedor, Pyotr/Petr.
  [/(?<=[^aeiouy])yo/g, 'e'],
  // Vowel-glide spellings: Yevgeniy/Evgenii, Tamabayeva/Tamabaeva, Yuriy/Iurii.
  [/(^|[aeiouy])y(?=[aeiou])/g, '$1'],
  [/^y(?=[aeiou])/g, ''],
  [/iy$|ii$|yi$/g, 'i'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

export function surnameKey(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  return s;
}
