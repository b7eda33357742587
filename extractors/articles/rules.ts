/**
 * Article-citation patterns (eyecite-style: find the citation, then resolve
 * its code from what follows or precedes it). Named groups, example above each.
 */
import { alternation } from '../nlp/alternation';
import { CODE_NAMES, CODE_QUALIFIER } from './data/codes';

/**
 * an article number: "130", "20.2", "127.2.2", "205-1", "124A" (South Asian codes letter their sections),
 * "120-B" and "477-a" (a hyphenated letter is part of the number), "10 ‑ 4" (judgments space a typographic hyphen), "6:5" (Dutch acts), "133/1" and "96/B" (one number, ANNOTATION.md), "261 bis" (Latin ordinals add articles between two numbers)
 */
export const NUM = '(?:[LRD]\\.\\s{0,3}(?=\\d))?\\d{1,4}(?:[A-Z](?![A-Za-z\\d])|[a-z](?![A-Za-z\\d]))?(?:(?:[.:-]|\\s?[\u2010\u2011]\\s?)\\d{1,3}(?:[a-z](?![A-Za-z\\d]))?)*(?:-[A-Za-z](?![A-Za-z\\d]))?(?:\\/(?:\\d{1,3}|[A-Z](?![A-Za-z])))?(?![\\d])(?:\\s+(?:bis|ter|quater|quinquies|sexies|septies|octies)(?![A-Za-z]))?';
const PART_WORD = '(?:[Pp]arts?|[Pp]aragraphs?|[Pp]aras?\\.?|[Pp]\\.|[Cc]lauses?|[Ss]ections?|§§?)';
/** several parts after a plural part word: "§§ 1 and 3", "paragraphs 4, 5 and 6" ("part 2 and 405" stays two articles;
 * the "and" closes the list: "Articles 8 §§ 1, 2 and 5, 36 § 1" goes on with article 36) */
const PART_NUMS = '(?:(?:§§|[Pp]arts|[Pp]aragraphs|[Pp]aras\\.?)\\s*\\d{1,3}(?:\\s*,\\s*\\d{1,3}(?![\\d.]))*(?:\\s*,?\\s+and\\s+\\d{1,3}(?![\\d.]))|(?:§§|[Pp]arts|[Pp]aragraphs|[Pp]aras\\.?)\\s*\\d{1,3}(?:\\s*,\\s*\\d{1,3}(?![\\d.]))+|(?:[Pp]arts?|[Pp]aragraphs?|[Pp]aras?\\.?|[Pp]\\.|[Cc]lauses?|[Ss]ections?|§§?)\\s*\\d{1,3})';
// "Rule 54" cites the Rules of Court; capitalised only, so "a rule 3 times" stays out
// "S. 96/B (1)": older judgments abbreviate Section (kept only with a code named, like sections)
// "Schedule 7 to the Terrorism Act": a schedule of an act counts like a section (with its act named)
const ART_WORD = '(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\\.|[Ss]ub-?sections?|[Ss]ections?|Schedules?|Rules?|§§?|S\\.(?=\\s*\\d))';
/** lettered or numbered sub-items after a part, skipped: "7(1)(13)", "36 § 4 (a)" */
const SUB_ITEMS = '(?:\\s*\\([a-z0-9]{1,3}\\))*(?:\\s*[-–]\\s*\\([a-z0-9]{1,3}\\))?';
/** several parts in brackets: "(1) and (2)", "(1), (2) and (4)": one entry each */
const BRACKET_PARTS = '\\(\\d{1,3}\\)(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)\\(\\d{1,3}\\))+';
/** a part after the number: "(2)", ", part 1", " part 2", ", paragraph 3" */
const PART_AFTER = `(?:\\s*${BRACKET_PARTS}${SUB_ITEMS}|\\s*\\((?:${PART_WORD}\\s*)?(?:\\d{1,3}|[a-z])\\)${SUB_ITEMS}|,?\\s+${PART_NUMS}${SUB_ITEMS})`;
/** one item of a list: "174 part 2", "405(1)" */
const ITEM = `${NUM}(?:${PART_AFTER})?`;
/** joins items: "174 and 405", "174, 179 or 405", "130 and Article 131" */
const JOIN = `(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)(?:${ART_WORD}\\s*)?`;

// "Articles 174 and 405", "Art. 174 part 2", "Article 174, part 1", "article 20.2", "Article 174(2)"
export const ARTICLE_LIST = new RegExp(`(?<![\\w.])${ART_WORD}\\s*(?<list>${ITEM}(?:${JOIN}${ITEM}){0,12})`, 'g');

// "Part 2 of Article 342", "paragraph 1 of article 20.2"
export const PART_OF_ARTICLE = new RegExp(`(?<![\\w.])${PART_WORD}\\s*(?<part>\\d{1,3})(?:\\s*\\([a-z0-9]\\))?\\s+of\\s+${ART_WORD}\\s*(?<num>${NUM})`, 'g');

// "the first subsection of section 16": a subsection numbered in words, the part "section 16(1)" would give
// (not "the second paragraph of section 4-6": the gold on real text gives no part for a paragraph told in words)
const PART_ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
export const ORDINAL_PART_OF = new RegExp(`(?<![\\w-])(?<ord>${PART_ORDINALS})\\s+sub-?section\\s+of\\s+${ART_WORD}\\s*(?<num>${NUM})`, 'g');
export const PART_ORDINAL_WORDS: readonly string[] = PART_ORDINALS.split('|');

// "paragraph 1(1) of the 2003 Act", "paragraph 1 of the Additional Provisions of the FACA"
export const PARAGRAPH_OF_ACT = /(?<![\w.])[Pp]aragraph\s*(?<num>\d{1,3})(?![\d.])(?:\s*\((?<part>\d{1,3})\))?(?=\s+of\s)/g;

/** one item inside a matched list, with its part: "174 part 2" → num 174, part 2 */
export const LIST_ITEM = new RegExp(`(?<num>${NUM})(?:\\s*(?<pbs>${BRACKET_PARTS})${SUB_ITEMS}|\\s*\\((?:${PART_WORD}\\s*)?(?<pb>\\d{1,3}|[a-z])\\)${SUB_ITEMS}|,?\\s+(?<pw>${PART_NUMS})${SUB_ITEMS})?`, 'g');

const ALL_CODE_NAMES = Object.values(CODE_NAMES).flat();
// judgments space words with runs of (no-break) spaces: "Criminal   Code"
const CODE_ALT = alternation(ALL_CODE_NAMES).replace(/ /g, '\\s+');

// " of the Criminal Code", " of Kazakhstan's Code of Administrative Offences", " of the Constitution", " of the same Code"
const SKIP_AFTER = `(?:\\s+et\\s+seq\\.?|\\s+in\\s+fine)?(?:\\s*\\([^()\\n]{1,90}\\))?(?:,?\\s*(?:point|subparagraph|sub-paragraph|item|letter|clause|paragraph|part)\\s+["“]?[\\w.]{1,4}["”]?)*`;
export const CODE_AFTER = new RegExp(`^${SKIP_AFTER}\\s*(?:(?:,\\s*)?(?:of|under|in|to)\\s+\\[?(?:the\\s+)?${CODE_QUALIFIER}(?<code>${CODE_ALT}|[Cc]ode)|,?\\s*(?:the\\s+)?(?<bare>${CODE_ALT}))(?![\\w])(?!\\s+(?:Act|Law)\\b)`, 'i');
// "Criminal Code Article 130", "the Criminal Code's article 130", "Criminal Code, Article 130"
export const CODE_BEFORE = new RegExp(`(?<![\\w])(?<code>${CODE_ALT})(?:'s|’s)?\\s*,?\\s*(?:(?:whose|in|under|by|its)\\s+)?$`, 'i');
// "Kyrgyzstan's Constitution guarantees freedom of expression in " (a code named earlier in the same sentence)
export const CODE_EARLIER = new RegExp(`(?<![\\w])(?<code>${CODE_ALT})(?![\\w])(?!\\s+(?:[Aa]rticle|Art\\.))[^.;:!?]{0,100}$`, 'i');
// every code name, for the document-wide fallback
export const CODE_ANYWHERE = new RegExp(`(?<![\\w])(?:${CODE_ALT})(?![\\w])`, 'gi');
// " (incitement to hatred)", " (“hooliganism”)"
export const LABEL_BRACKET = /^\s*\(\s*["“'‘]?(?<label>[a-z][^()\n]{2,80}?)["”'’]?\s*\)/;
// " – defamation using mass media", " - which covers participation in an extremist organisation"
export const LABEL_DASH = /^\s*[–—-]\s*(?:which\s+(?:covers|punishes|concerns)\s+|on\s+)?["“]?(?<label>[a-z][^.;()\n–—]{2,80}?)["”]?(?=\s*[.;,(–—]|\s*$)/;
// "guilty of slander on mass media (", "charged with “hooliganism” under "
export const LABEL_BEFORE = /(?:guilty\s+of|charged\s+with|charges?\s+of|accused\s+of|convicted\s+of|for)\s+["“]?(?<label>[a-z][a-z\s-]{2,70}?)["”]?\s*(?:\(|under\s+|in\s+(?:line|accordance)\s+with\s+|according\s+to\s+)$/;

// A statute or set of rules named in lower case or with a long title: " of the 2015 anti-terrorism law",
// " of the federation's anti-doping rules", " of the Cybercrimes (Prohibition, Prevention, etc.) Act 2015".
// (also "of Executive Order no. 474", "of legislative decree no. 368", "Schedule 7 to the Terrorism Act", "the 1985 Foreign ‑ Currency Operations Act")
// (a judgment's own insertion in brackets: "section 10(2) of [the 2005 Political Parties Act]")
export const STATUTE_AFTER = /^\s*,?\s*\[?(?:of|under|in|to)\s+\[?(?:the\s+|a\s+|its\s+|this\s+)?(?<words>(?:[\p{L}\d'’\u2010\u2011-]+\s+){0,5}(?:\([^()\n]{1,60}\)\s+)?)(?:law|act|statute|rules|regulations|decree|ordinance|Act|Law|Rules|Regulations|Statute|Decree|Ordinance|Provisions|Order(?=\s+[Nn]o\.?\s*\d))(?![\p{L}-])/u;
/** A treaty or convention that a document is about: its bare article numbers are that treaty's. */
// (an EU directive or regulation too: "Directive 93/16/EEC ... reads as follows: Article 24")
export const TREATY_WORDS = /\b(?:treaty|convention|covenant|protocol|framework\s+agreement|[Dd]irective\s+(?:\d|[Nn]o))/i;

/** A complaint brought "under Article N" with no code named cites the Convention: judgments write "The applicant
 * complained under Article 10", "relying on Article 8", "invoked Articles 6 and 13". */
export const COMPLAINT_BEFORE = /\b(?:complain(?:ed|s|ing)?|relied|relying|relies|rely|invok(?:ed|ing|es))\b(?:\s+(?!(?:convicted|charged|sentenced|prosecuted|fined|punished|guilty|detained|arrested)\b)[\p{L}\p{N}’'-]+){0,4}?\s+(?:under|on)\s+$/iu;

// "the 39th article of the Mexican Constitution": an ordinal before "article" numbers it
export const ORDINAL_ARTICLE = /(?<![\w.])(?<num>\d{1,3})(?:st|nd|rd|th)\s+[Aa]rticle(?=\s+of\s)/g;

/** Ordinal words up to the twenty-seventh, for amendments named in words. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27,
};
// "the 14th Amendment", "the 14th amendment": a constitution's amendment cited by its number
// ("the First Amendment", in words, names the amendment rather than citing it by number: the gold on real text leaves it out)
export const ORDINAL_AMENDMENT = /(?<![\w-])(?<ord>\d{1,2}(?:st|nd|rd|th))\s+[Aa]mendment(?![\w-])/g;

// "Article II § 2 of the Constitution", "Article II, Section 2 of the United States Constitution": constitutions that
// number their articles in Roman numerals (taken only with a code named after them)
export const ROMAN_ARTICLE = /(?<![\w.])Article\s+(?<num>[IVX]{1,5})(?![\p{L}\d])(?:\s*(?:,\s*)?(?:§|[Ss]ection)\s*(?<part>\d{1,3}))?/gu;

// "18 U.S.C. 1334(b)", "18 U.S.C. § 1030": a section of the United States Code, cited by its title number first
export const US_CODE_SECTION = /(?<![\w.])\d{1,2}\s+U\.\s?S\.\s?C\.(?:\s?A\.)?\s*(?:§§?\s*)?(?<num>\d{1,5}[a-z]?(?:-\d{1,3})?)(?![\d])(?:\s*\((?<part>[a-z0-9]{1,3})\))?/g;
