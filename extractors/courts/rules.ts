/**
 * Court-name patterns, built once from the word lists.
 */
import { alternation } from '../nlp/alternation';
import { COURT_HEADS, NATIVE_COURT_NAMES, NATIVE_SEATED_KINDS } from './data/court-words';

// A capitalised word that may stand before "Court": "Saryagash", "Inter-District", "Magistrates'", "No. 2"-free.
// ("U.S. District Court", "D.C Circuit": a dotted abbreviation is a word of the name too, its last dot dropped or not)
// ("Three–Member", "Châlons ‑ en ‑ Champagne": judgments join words with dashes and with non-breaking hyphens set in spaces)
const MOD = String.raw`(?:(?!(?:${alternation(COURT_HEADS)})(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*(?:(?:[-'’–\u2011]| \u2011 )\p{L}[\p{L}\p{M}]*)*['’]?|(?:\p{Lu}\.){1,3}\p{Lu}(?![\p{L}\p{M}])\.?|(?:\p{Lu}\.){2,3}|\d{1,3}(?:st|nd|rd|th))`;
// The court's own-language name in brackets between head and seat: "District Court (tingsrätten) of Tierp".
// ... capitalised too, as Italian and Dutch names are: "the Court (Tribunale) of Civitavecchia"
const GLOSS = String.raw`(?: \( ?\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*){0,2} ?\)(?= of \p{Lu}))?`;

// After the head: "of Uralsk", "of the Republic of Buryatia", "of General Jurisdiction", "for Sport".
// ("for the D.C. Circuit": a dotted abbreviation too)
const TAIL_WORD = String.raw`(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*)`;
// A lower-case unit word may close the tail: "People's Court of Thai Binh province", "Court of Almaty region".
// ("for the former Yugoslavia": the one lower-case word a tribunal's name carries)
// "for Civil and Criminal Matters": subjects coordinated before a closing subject noun stay in the name
// (only with "and": "Federal Court of Justice, Criminal Cases" cites a law report)
const SUBJECTS = String.raw`(?:${TAIL_WORD}(?:, | )){0,3}${TAIL_WORD},? (?:and|&) ${TAIL_WORD} (?:Matters|Cases|Disputes|Affairs|Offences|Offenses|Crimes)(?![\p{L}\p{M}])`;
// ("of Bosnia and Herzegovina", "of Trinidad and Tobago": a country named with "and")
// ("High Court of Cassation and Justice": the one subject a top court's name joins with "and")
const AND_COUNTRY = String.raw`(?: and (?:Herzegovina|Tobago|Barbuda|Nevis|Montenegro|Príncipe|Principe|Caicos|Futuna|Justice)(?![\p{L}\p{M}]))?`;
// ("Court of Appeal (gerechtshof) of The Hague": a gloss may follow a part of the tail too)
const TAIL = String.raw`(?: (?:of|for) (?:the )?(?:former )?(?:${SUBJECTS}|${TAIL_WORD}(?: ${TAIL_WORD})*${AND_COUNTRY}(?: (?:province|region|oblast|prefecture)(?![\p{L}\p{M}]))?)${GLOSS})*`;

// A division inside a court: "High Court Division of the Supreme Court of Bangladesh".
const DIVISION = String.raw`(?: (?:Division|Chamber|Bench|Collegium|Panel))?`;

// A numbered court: "Pavlodar City Court No. 2", "Court No 3".
// ... also in lower case and after the seat: "Investigating Court of Madrid no. 14" (judgments space it widely)
const NUMBER = String.raw`(?: [Nn]o\.?\s{0,3}\d{1,3}(?![\d/]))?`;


// "New York state Supreme Court": a lower-case "state" after a capitalised place is part of the name.
// ("District of Columbia Superior Court": the one seat with "of" inside it; "Carl Court/AFP" is a photo credit)
// Example: "the Specialised Inter-District Administrative Court of Almaty" -> pre "Specialised Inter-District
// Administrative", head "Court", tail " of Almaty".
export const COURT_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(?<pre>(?:District of Columbia )?(?:${MOD} |(?<=\p{Lu}[\p{L}\p{M}]* )state ){0,7})(?<head>${alternation(COURT_HEADS)})(?![\p{L}\p{M}])(?!\/)(?<tail>${GLOSS}${NUMBER}${DIVISION}${TAIL}${NUMBER})(?<seat> in ${TAIL_WORD})?`,
  'gu',
);

// A court named in lower case after its seat: "the Tbilisi city court", "the Osh regional court". The kind is
// found first (it is rare and cheap to find); SEAT_BEFORE then reads the capitalised seat just before it.
// Example: "the Batumi city court fined nine protesters" -> seat "Batumi", kind " city court".
// ("the Rome court of appeal": an appeal court after its seat, too)
export const LOWER_CASE_KIND = / (?:(?:city|district|regional|provincial|municipal|town|oblast|county|military|garrison|inter-district|interdistrict|high|intermediate people['’]s|people['’]s) court|court of appeals?)(?![\p{L}\p{M}])/gu;
// ("Rhode Island district court": a seat of two words)
export const SEAT_BEFORE = /(?<![\p{L}\p{M}'’-])(?:\p{Lu}[\p{L}\p{M}]+ )?\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)?$/u;

// A country's top court written in lower case after "the": "he'll take it to the court of cassation". Such a court
// is one per country, so it is named even in lower case (the name is kept as written).
// ... with its country when one follows: "the supreme court of Haiti".
export const LOWER_CASE_TOP_COURT = /(?<=(?:^|[^\p{L}])the |['’]s )(?:court of cassation|supreme court|constitutional court|electoral court)(?![\p{L}\p{M}])(?: of (?:the )?\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+){0,2})?/gu;

// An indefinite article before a court makes it no name: "a Bishkek District Court", "a Constitutional Tribunal".
export const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|A|An)\s+$/u;
// ... unless the court only qualifies the noun the article goes with: "a United States Court of Appeals judge panel",
// "a District Court for the District of New Jersey 's judgment"
export const COURT_AS_QUALIFIER_AFTER = /^\s*(?:['’]s?(?![\p{L}])|(?:judge|judges|justice|justices|panel|ruling|judgment|judgement|decision|verdict|hearing|trial|appeal|order|case|session|bench|seat|nominee|nomination|review|challenge)(?![\p{L}]))/u;

// The court's own name in its language, in brackets after a generic English one: "a District Court (Københavns Byret)".
export const NATIVE_NAME_AFTER = /^\s*\(\s*(\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+){1,3})\s*\)/u;

// a court named in its own language ("Consiglio di Stato"), or a French first-instance kind after its capitalised seat
// ("Paris tribunal de grande instance"); never as a gloss in brackets right after the English name
// ... and a justice of the peace with its seat, which Italian judgments give in English: "the Justice of the Peace for
// Agrigento", "the Agrigento Justice of the Peace"
export const NATIVE_COURT = new RegExp(
  `(?<![\\p{L}(]|\\( )(?:${alternation([...NATIVE_COURT_NAMES])}|\\p{Lu}[\\p{L}\\p{M}-]+ (?:${alternation([...NATIVE_SEATED_KINDS])})|Justice of the Peace (?:for|of) \\p{Lu}[\\p{L}\\p{M}-]+|(?<=\\b(?:the|The) )\\p{Lu}[\\p{L}\\p{M}-]+ Justice of the Peace)(?![\\p{L}\\p{M}])`,
  'gu',
);

// A federal judicial district named as a judge's court: "Judge Barbara Crabb of the Western District of Wisconsin",
// "a judge in the Eastern District of Louisiana" (only after a judge: elsewhere the district is a place)
export const FEDERAL_DISTRICT = /(?<=\b(?:[Jj]udges?|[Jj]ustices?|[Mm]agistrates?|[Pp]rosecutors?|[Aa]ttorneys?)\b(?: [A-Z][\p{L}.-]*){0,3},? (?:of|in|for) the )(?:Northern|Southern|Eastern|Western|Middle|Central) District of \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?/gu;
