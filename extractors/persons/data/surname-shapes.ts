/**
 * Surname endings by naming tradition. STRONG endings alone mark a surname
 * ("Bukenov", "Tkachenko", "Beridze"); WEAK ones ("-in", "-li") also end
 * ordinary words and places, so they count only beside a given name or a cue.
 */
export const STRONG_SURNAME_ENDINGS: readonly string[] = [
  // Russian, Central Asian russified: Bukenov, Tamabayeva, Zhovtis-less -ev/-yev
  'ov', 'ova', 'ev', 'eva', 'yev', 'yeva', 'iev', 'ieva', 'ovich', 'evich', 'ovna', 'evna', 'ovs', 'ovskaya',
  // Kazakh, Kyrgyz, Uzbek, Turkmen, Azerbaijani patronymic-style: Tokayuly, Kasymkyzy, Bakirov uulu, Aliyev oglu
  'uly', 'ulu', 'kyzy', 'qizi', 'uulu', 'ogly', 'oglu', 'bekov', 'bekova', 'bayev', 'bayeva', 'baev', 'baeva',
  // Ukrainian, Belarusian: Tkachenko, Kavalenka, Zhukouski, Tsikhanau, Hanchar-less -uk/-iuk
  'enko', 'enka', 'ouski', 'ouskaya', 'ski', 'sky', 'skyi', 'skiy', 'skaya', 'ska', 'tskyi', 'chuk', 'iuk', 'yuk',
  'ich', 'ovich', 'evich', 'ovych', 'au', 'ou',
  // Tajik, Persian: Rahmonzoda, Rasulzade, Ahmadi
  'zoda', 'zade', 'zadeh', 'pour', 'nejad',
  // Armenian, Georgian: Sargsyan, Petrosian, Gelashvili, Beridze, Chikovani, Tsiklauri
  'yan', 'ian', 'shvili', 'dze', 'iani', 'ava', 'uri', 'eli',
  // Turkmen, Kyrgyz: -ow/-owa
  'ow', 'owa', 'ev', 'eva', 'yeva',
];

export const WEAK_SURNAME_ENDINGS: readonly string[] = [
  'in', 'ina', 'yn', 'yna', 'li', 'lu', 'ly', 'i', 'y', 'ko', 'ka', 'uk', 'ak', 'ets', 'ar', 'ets', 'ich', 'ik',
];

/**
 * STRONG endings that also end English words ("Guardian", "Window", "Plateau"): a word with one of
 * these is a surname beside a given name, but alone it is only a mention of someone named in full.
 */
export const SHARED_SURNAME_ENDINGS: readonly string[] = ['ian', 'ow', 'owa', 'au', 'ou', 'ava', 'uri', 'eli', 'iani'];
