/**
 * Guesses the language of a text when the page does not say: script first
 * (Cyrillic, Arabic, CJK...), then the most frequent function words among Latin-script languages.
 * Example: detectLanguage("The court said that the activist was ...") → "en".
 */

/** Function words frequent in running text of each language. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'was', 'is', 'for', 'with', 'on', 'by', 'he', 'it'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'dans', 'que', 'une', 'pour', 'du', 'sur', 'pas', 'au'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'auf', 'sich', 'dem'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'una', 'con', 'para', 'se', 'su'],
  it: ['il', 'di', 'che', 'la', 'per', 'del', 'della', 'non', 'un', 'una', 'sono', 'con', 'gli', 'le'],
  pt: ['o', 'a', 'os', 'que', 'de', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por'],
  nl: ['de', 'het', 'een', 'van', 'en', 'dat', 'is', 'niet', 'op', 'zijn', 'voor', 'met', 'ook', 'te'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'że', 'do', 'jest', 'to', 'z', 'jak', 'po', 'przez', 'od'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'da', 'de', 'olarak', 'olan', 'gibi', 'daha', 'çok', 'ama', 'ne'],
  uz: ['va', 'bilan', 'uchun', 'bu', 'ham', 'edi', 'esa', 'deb', 'qilib', 'haqida'],
  az: ['və', 'bu', 'ilə', 'üçün', 'bir', 'olan', 'da', 'də', 'isə', 'görə'],
};

const CYRILLIC_HINTS: Array<[RegExp, string]> = [
  [/[ўЎ]/g, 'be'],
  [/[іїєґІЇЄҐ]/g, 'uk'],
  [/[әғқңөұүһӘҒҚҢӨҰҮҺ]/g, 'kk'],
];

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const cyr = count(/\p{Script=Cyrillic}/gu);
  if (cyr > letters / 2) {
    let best = 'ru';
    let bestN = 2;
    for (const [re, code] of CYRILLIC_HINTS) {
      const n = count(re);
      if (n > bestN) {
        best = code;
        bestN = n;
      }
    }
    // Belarusian has і too; ў decides between be and uk.
    if (best === 'uk' && count(/[ўЎ]/g) > 2) best = 'be';
    return best;
  }
  if (count(/\p{Script=Arabic}/gu) > letters / 2) return count(/[پچژگ]/g) > 3 ? 'fa' : 'ar';
  if (count(/\p{Script=Han}/gu) > letters / 3) return count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 5 ? 'ja' : 'zh';
  if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > letters / 3) return 'ja';
  if (count(/\p{Script=Hangul}/gu) > letters / 2) return 'ko';
  if (count(/\p{Script=Georgian}/gu) > letters / 2) return 'ka';
  if (count(/\p{Script=Armenian}/gu) > letters / 2) return 'hy';
  if (count(/\p{Script=Greek}/gu) > letters / 2) return 'el';
  if (count(/\p{Script=Hebrew}/gu) > letters / 2) return 'he';
  if (count(/\p{Script=Devanagari}/gu) > letters / 2) return 'hi';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const freq = new Map<string, number>();
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [code, list] of Object.entries(STOPWORDS)) {
    let score = 0;
    for (const w of list) score += freq.get(w) ?? 0;
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return bestScore >= Math.max(3, words.length * 0.05) ? best : null;
}
