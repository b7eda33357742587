/**
 * Regexes and word sets for person names, built once from the data files.
 */
import { alternation } from '../nlp/alternation';
import { ALL_FIRST_NAMES } from './data/first-names';
import { NAME_HEADS, NOT_NAME_WORDS } from './data/non-name-words';
import { PLACES } from './data/places';
import { ROLE_MODIFIERS, ROLES, TITLES } from './data/roles';
import { SHARED_SURNAME_ENDINGS, STRONG_SURNAME_ENDINGS, WEAK_SURNAME_ENDINGS } from './data/surname-shapes';

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const FIRST_NAME_SET = lower(ALL_FIRST_NAMES);
export const NAME_HEAD_SET = lower(NAME_HEADS);
export const NOT_NAME_SET = lower(NOT_NAME_WORDS);
export const PLACE_SET = lower(PLACES);
export const TITLE_SET = lower(TITLES.filter((t) => !t.includes(' ')).map((t) => t.replace(/\.$/, '')));
export const ROLE_SET = lower(ROLES);

// A word with its optional final period (initials, "Mr."), hyphen and apostrophe parts.
// Example matches: "Kasym-Zhomart", "Bukenov’s", "Zh.", "O'Brien".
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*\.?/gu;

// Lower-case particles allowed inside a name: "Abu al-Hassan", "Aliyev oglu", "Kasymbek uulu".
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'de', 'da', 'di', 'du', 'dos', 'del', 'los', 'las', 'la', 'den', 'ter', 'uly', 'kyzy', 'qizi', 'uulu', 'ogly', 'oglu', 'ogli', 'ul', 'wa']);
// Particles that only close a name (patronymic markers): "Nursultan Abishuly", "Almaz uulu".
export const CLOSING_PARTICLES = new Set(['uly', 'kyzy', 'qizi', 'uulu', 'ogly', 'oglu', 'ogli']);

export const STRONG_SURNAME = new RegExp(`\\p{Ll}{2}(?:${alternation(STRONG_SURNAME_ENDINGS)})$`, 'u');
export const SHARED_SURNAME = new RegExp(`\\p{Ll}{2}(?:${alternation(SHARED_SURNAME_ENDINGS)})$`, 'u');
export const WEAK_SURNAME = new RegExp(`\\p{Ll}{2}(?:${alternation(WEAK_SURNAME_ENDINGS)})$`, 'u');

// Initials: "A", "Zh" (written "A.", "Zh.").
// (Hungarian and South Slavic digraphs too: "Gy.", "Sz.", "Lj.")
/** An English judge's office after the surname: "Wilson LJ", "Lord Neuberger MR", "Collins J said" (a lone "J" only
 * before what a judge does, or a comma: "Smith J" may be a name with its initial). Shared with the role cues. */
export const JUDGE_OFFICE_AFTER = String.raw`(?:(?:LJ|LJJ|MR|LCJ|JSC)(?![\p{L}])|J(?=,|\s+(?:said|held|found|stated|dismissed|granted|refused|considered|concluded|observed|added|noted|accepted|rejected|gave|ruled|in)\b))`;

/** Honorifics, which only a person's name follows: "Mr", "Mrs", "Dr" (with or without the period). */
export const HONORIFIC_WORDS = 'Mr|Mrs|Ms|Miss|Mme|Mlle|Dr|Messrs';

export const INITIAL = /^(?:\p{Lu}|Zh|Sh|Ch|Kh|Ts|Yu|Ya|Yo|Ye|Gy|Sz|Cs|Ny|Ty|Zs|Lj|Nj|Dž|Dj)$/u;

const ROLE_ALT = alternation(ROLES);
const MODIFIER_ALT = alternation(ROLE_MODIFIERS);

// A descriptor right before a name: "political activist and blogger ", "his wife ", "police officer ".
// Example: "... the trial of political activist and blogger " -> "political activist and blogger"
export const ROLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])((?:(?:${MODIFIER_ALT})[ -])*(?:${ROLE_ALT})(?:s|es)?(?:,? (?:and|&) (?:(?:${MODIFIER_ALT}) )*(?:${ROLE_ALT})(?:s|es)?)*),? $`,
  'iu',
);

/** ROLE_AFTER unless the role introduces the next name (", his wife Gulzada ..."): the flag i rules out a lookahead. */
export function roleAfter(after: string): string | null {
  const m = ROLE_AFTER.exec(after);
  if (!m) return null;
  return /^ \p{Lu}/u.test(after.slice(m[0].length)) ? null : m[1];
}

// A descriptor right after a name: ", a journalist from", ", the editor of", ", chairperson of".
// Example: "Dana Duisekenova, a journalist from" -> "journalist"
export const ROLE_AFTER = new RegExp(
  `^(?: \\(\\d{1,3}\\))? ?, (?:\\d{1,3}, )?(?:(?:a|an|the|his|her|their|a former|the former|then|now|at the time) )?((?:(?:${MODIFIER_ALT})[ -])*(?:${ROLE_ALT}))(?![\\p{L}-])`,
  'iu',
);

// A facility or place noun right after a name makes it a place: "Kastrychnitskaya metro station", "Lenin street".
export const PLACE_NOUN_AFTER = /^ (?:metro|underground|subway|station|street|st|avenue|prospekt|boulevard|lane|square|district|region|oblast|province|village|town|city|settlement|park|river|lake|mountain|prison|colony|penal|detention|pre-trial|remand|airport|market|bazaar|mosque|church|cathedral|university|(?:high |primary |secondary |middle |elementary |boarding )?school|hospital|stadium|microdistrict|neighbourhood|neighborhood|prisoners?|detainees?|inmates?)\b/i;

// Verbs that take a person as subject right after a name: "Oyunchimeg Dorj was given", "X said", "X , was" (a space
// before the comma, as some wire and wiki texts write it).
// ("X, 37, who was released": a relative clause's verb too)
export const PERSON_VERB_AFTER = /^(?:,? \(\d{1,3}\)| ?, (?:aged )?\d{1,3}(?= ?,))? ?,? (?:who )?(?:was|were|is|has|had|said|says|told|received|got|wrote|posted|stated|added|claimed|denied|pleaded|appealed|spent|served|serves|faces|faced|remains|remained|fled|died|refused|insisted|testified|complained|recalled|explained|noted|learned|learnt|went on|was given|were given|called|described|argued|urged|warned|admitted|confirmed|replied|responded)\b|^ to (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) (?:years?|months?|weeks?|days?|hours?|lashes)\b/;

// Verbs and prepositions that take a person as object right before a name: "sentenced X", "detained X";
// and a quotation's speaker: '"It was wrong," said X'.
export const PERSON_VERB_BEFORE = /\b(?:sentenced|detained|arrested|fined|convicted|acquitted|charged|released|summoned|interrogated|questioned|jailed|imprisoned|beat|beaten|attacked|threatened|freed|pardoned|searched|abducted|deported|extradited|sued|defended|represents|represented|visited)(?: (?:the )?(?:activists?|bloggers?|journalists?))? $|["”],? (?:said|says|added|asked) $/;

// Joins between items of a list of names: "A, B and C", "A and B".
// A short parenthesis may follow an item: "A (3 years), B (2 years) and C".
// ("A , B and C": scraped wiki text spaces its commas)
export const LIST_JOINER = /^(?: \([^()\n]{1,30}\))?(?: ?, | and | & | ?, and )$/;

// A lower-case organisation or place noun right before a name makes it that organisation or place:
// "the newspaper Zhayik Pulsy", "the Bishkek group Ak Ilbirs", "the village of Kurumkan".
export const ORG_NOUN_BEFORE = /\b(?:newspaper|paper|magazine|journal|outlet|media outlet|website|site|portal|channel|tv channel|station|agency|news agency|group|organisation|organization|ngo|association|movement|party|bloc|union|foundation|fund|company|firm|bank|network|initiative|campaign|project|brand|app|platform|page|account|village|town|city|district|region|province|oblast|street|square|settlement|memorial|museum|club|team|airline|institute|hotel)(?: of| known as| called| named)? $/i;

// A capitalised office with its body right before a name: "Minister of Information Dauren Abayev".
export const OFFICE_BEFORE = /(?:^|[^\p{L}])((?:(?:Deputy|Vice|Prime|Foreign|Interior|Justice|First|Acting|Former|Chief) )*(?:Minister|Head|Chairman|Chairwoman|Chair|Chairperson|Director|Prosecutor|Commissioner|Ombudsman|President|Governor|Mayor|Akim|Editor|Secretary|Judge|Spokesperson|Spokesman|Rapporteur)(?: (?:of|for) (?:the )?\p{Lu}\p{L}*(?: (?:and|of|for|on) \p{Lu}\p{L}*| \p{Lu}\p{L}*)*)?) $/u;

// A lower-case organisation noun right after a name makes it that organisation: "Nur Otan party", "Ak Zhol faction".
export const ORG_NOUN_AFTER = /^ (?:party|parties|movement|faction|bloc|group|organisation|organization|ngo|foundation|fund|union|association|society|coalition|network|initiative|campaign|channel|newspaper|outlet|website|portal|agency|company|corporation|clinic|committee|council|community|brand|festival|prize|award|law|bill|act|programme|program|bank|club|team|institute|museum|memorial|hotel|airline|rifles?|cocktails?)\b|^,? (?:&|and) Co\b|^,? (?:Ltd|Inc|LLC|LLP|plc|GmbH)\b/;

// Organisation nouns so plain that a name after them is the organisation's even if it begins with a given name:
// "the Swiss bank Julius Baer", "the state company, Türk Telekom" ("the group Pussy Riot" may still be people: not here).
// After a comma only when the noun is not itself named as the person's ("the director of the museum, Hans Westra",
// "the leader of the main opposition party, X").
export const STRONG_ORG_NOUN_BEFORE = /(?:\b(?:bank|company|firm|corporation|airline|memorial|museum|brand|hotel|club|movement|party)(?: known as| called| named)?|(?<!\bof (?:the|a|an|this|that|its|his|her|their) (?:[\w-]+ ){0,3})\b(?:bank|company|firm|corporation|airline|memorial|museum|brand|hotel|club|movement|party),) $/i;

// A case cited by its parties: "Lucà v. Italy", "Kurić and Others v. Slovenia": the name is a case's, not a person's.
export const CITATION_AFTER = /^(?:,? and Others)? v\.? (?:the )?\p{Lu}/u;

// A place after "of" in a person's description: "Nhia Kao Vang of Rancho Cordova, California", "Chue Lo, 59, of Stockton".
export const AGE_OF_BEFORE = /\d{1,3}, of $/;
