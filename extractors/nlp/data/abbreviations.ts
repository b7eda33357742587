/**
 * Words that end with a period without ending a sentence ("Mr. Tokayev",
 * "Art. 174", "No. 5"). Compared case-insensitively, without the final period.
 */
export const ABBREVIATIONS: readonly string[] = [
  // titles and ranks
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'hon', 'sr', 'jr', 'st', 'sen', 'rep', 'gov',
  'gen', 'col', 'lt', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'insp', 'supt', 'pres', 'amb', 'atty', 'esq',
  'adv', 'av', 'md', 'mohd', 'muhd',
  // legal and reference
  'art', 'arts', 'no', 'nos', 'nr', 'para', 'paras', 'p', 'pp', 'ch', 'chap', 'sec', 'secs', 'pt', 'pts', 'vol', 'vols',
  'cl', 'subpara', 'fig', 'ed', 'eds', 'op', 'cit', 'ibid', 'cf', 'vs', 'v', 'viz', 'approx', 'ca', 'incl', 'ref',
  // organisations
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'govt',
  // months and places written short
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mt', 'ft', 'ave', 'blvd', 'rd', 'obl', 'reg', 'dist', 'str',
  // Russian-style abbreviations in transliterated text
  'ul', 'g', 'd', 'kv', 'im',
];

/** Abbreviations that only count before a number ("No. 5", "Art. 174"), since "no." also ends sentences. */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['no', 'nos', 'nr', 'art', 'arts', 'p', 'pp', 'para', 'paras', 'pt', 'pts', 'vol', 'vols', 'sec', 'secs', 'ch', 'cl'];
