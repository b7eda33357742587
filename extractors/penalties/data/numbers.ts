/** Number words used in sentences ("two years and ten months"), with their values. */
export const UNITS_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** "hundred" only matters for hours of community service ("two hundred hours"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = { hundred: 100 };
/** Amount multipliers: "1.5 million rubles". */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, lakh: 1e5, crore: 1e7,
};
