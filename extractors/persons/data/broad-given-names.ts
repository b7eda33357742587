/**
 * The broad given-name list: about 58,000 distinct given names of many origins (English-speaking
 * countries' registers, which hold Arabic, African, South and East Asian names too, plus French,
 * Spanish, Italian, German and Turkish lists) from the npm data package gender-detection-from-name
 * (MIT). Read once into one Set of lower-case names without diacritics ("şebnem" -> "sebnem").
 * Such a list also holds ordinary words ("Court", "Grace", "Will"), so a hit counts only where the
 * word is no common word of the text or of compromise's lexicon (see classify in candidates.ts).
 * Example: BROAD_GIVEN_NAMES.has('daryl') === true
 */

/** The package's per-language files; each exports a Map of lower-case given name -> gender. */
const LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

export function foldName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ə/g, 'a').replace(/đ/g, 'd').toLowerCase();
}

function load(): Set<string> {
  const names = new Set<string>();
  for (const lang of LANGUAGES) {
    // the files are plain data modules; requiring them once is cheaper than the package's per-call lookup chain
    const map = require(`gender-detection-from-name/names/${lang}`) as Map<string, string>;
    for (const name of map.keys()) if (/^[\p{L}'’-]{2,}$/u.test(name)) names.add(foldName(name));
  }
  return names;
}

export const BROAD_GIVEN_NAMES: ReadonlySet<string> = load();
