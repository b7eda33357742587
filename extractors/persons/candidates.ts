/**
 * Finds person-name candidates in one sentence: runs of capitalised words,
 * split at titles, places, months and organisation names, each kept when it
 * looks like a name (a known given name, a surname shape, an initial, or a
 * cue such as "activist X" / "Judge X").
 * Example: "sentenced political activist Zhambyl Kobeysinov" -> [{ tokens: ['Zhambyl', 'Kobeysinov'] }]
 */
import type { Span } from '../../src/contract';
import {
  CLOSING_PARTICLES, FIRST_NAME_SET, HONORIFIC_WORDS, INITIAL, NAME_HEAD_SET, NAME_PARTICLES, NOT_NAME_SET, PLACE_NOUN_AFTER, PLACE_SET,
  AGE_OF_BEFORE, CITATION_AFTER, OFFICE_BEFORE, PERSON_VERB_AFTER, ORG_NOUN_AFTER, ORG_NOUN_BEFORE, ROLE_BEFORE, STRONG_ORG_NOUN_BEFORE, roleAfter, ROLE_SET, SHARED_SURNAME, STRONG_SURNAME, TITLE_SET, WEAK_SURNAME, WORD,
} from './rules';
import { WORD_GIVEN_NAMES } from './data/word-given-names';
import { BROAD_GIVEN_NAMES } from './data/broad-given-names';
import { NATIONALITY_WORDS } from './data/non-name-words';

const WORD_GIVEN = new Set(WORD_GIVEN_NAMES.map((w) => w.toLowerCase()));
const NATIONALITY = new Set(NATIONALITY_WORDS.map((w) => w.toLowerCase()));
/** Faith words among the nationality words: "Roman Catholic" is no name */
const FAITH_WORDS = new Set(['christian', 'christians', 'muslim', 'catholic', 'orthodox', 'protestant', 'baptist', 'lutheran', 'anglican']);
/** Honorifics that are also parts of Arabic and South Asian names ("Khalid Sheikh Mohammed", "Omar Sultan Haddad"). */
const NAME_HONORIFICS = new Set(['sheikh', 'shaikh', 'sultan', 'emir', 'amir', 'imam']);
/** ... and those of them that are also the first word of a name: "Sheikh Rashid Ahmed" ("Emir Tamim" is a title). */
const NAME_OPENING_HONORIFICS = new Set(['sheikh', 'shaikh', 'sultan']);
/** Titles that are also family names and so may stand inside a name ("Pere Pastor Vilanova", "Ann Bishop Hale"). */
const TITLE_WORD_IN_NAME = new Set(['pastor', 'bishop', 'judge', 'king', 'prince', 'major', 'marshal', 'sheriff', 'abbot', 'dean', 'mayor', 'sultan', 'sheikh']);
/** Month abbreviations that are also given names ("Jan Novák"): a month only when no name word follows. */
const MONTH_GIVEN = new Set(['jan', 'mar', 'june']);
/** Initials that spell a place or body, never a person: "U.S. Securities", "U.N. envoy". */
const ABBREVIATION_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.', 'S.A.', 'A.G.', 'V.P.', 'P.M.', 'Q.C.', 'K.C.', 'N.D.', 'S.D.', 'E.D.', 'W.D.', 'C.D.']);
/** A generational suffix that belongs to the name: "Leslie Wiser Jr.", "Lewis Libby, Jr." */
// ("John B. Bellinger III", "Cezar O. Mancao II": a generational numeral, not before a capitalised word)
const NAME_SUFFIX = /^(?:,? (?:Jr|Sr)\b\.?| (?:II|III|IV)\b(?! \p{Lu}))/u;
/** Titles written with a hyphen: "Attorney-General", "Vice-President", "Lieutenant-Colonel". */
const HYPHEN_TITLE = /^(?:attorney|solicitor|secretary|governor|director|procurator|inspector|auditor|surgeon|postmaster|major|lieutenant|brigadier|vice|deputy|prime|sergeant|lance|chief)-(?:general|president|minister|colonel|general|major|chairman|corporal|sergeant|governor|director|inspector|justice|prosecutor|constable)$/;
/** Titles of peers, who are known by the title and one name ("Lord Ahmed", "Baroness Warsi"). */
const PEERAGE = /^(?:Lord|Lady|Baron|Baroness|Viscount|Viscountess|Earl|Countess)$/;

/** Royal styles, which name the person with the title, a regnal number and the realm: "King Albert II of Belgium". */
const ROYAL = /^(?:King|Queen|Prince|Princess|Emperor|Empress|Archduke)$/;
const ROYAL_STYLE_AFTER = /^(?: [IVX]{1,5})? of (?:the )?\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+)?(?![\p{L}\p{M}])/u;

/** A lone given name that is a person of its own: a relative ("his children Charles, ..."), an age ("Daniel aged 10"). */
const KIN_BEFORE = /\b(?:son|sons|daughter|daughters|child|children|wife|husband|brother|brothers|sister|sisters|mother|father|grandson|granddaughter|grandchildren|nephew|niece|baby|stepson|stepdaughter|widow|widower)(?:,| named)? $/i;
const AGE_AFTER = /^(?:,? aged \d{1,3}(?![\d])|, \d{1,2},| \(\d{1,2}\))/;
/** ... or one coordinated with a full name that shares the surname: "Beatrice and John Smith", "Edward and Tina Earley". */
const GIVEN_AND_FULL_NAME_AFTER = /^ (?:and|&) (\p{Lu}[\p{L}\p{M}'’-]+) \p{Lu}[\p{L}\p{M}'’-]+/u;

/** A government named after its leader: "the Howard Government", "the US Bush administration" name the leader. */
const LEADER_HEAD = /^(?:Government|Administration)$/;
const LEADER_AFTER = /^ (?:government|administration)(?![\p{L}])/u;
/** A capitalised word right before, other than a determiner or a nationality: "New Zealand government" is no leader's. */
function capitalisedBefore(before: string): boolean {
  const m = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*) $/u.exec(before);
  return m !== null && !/^(?:The|A|An|This|That|Its|His|Her|Their|US|UK)$/.test(m[1]) && !NATIONALITY.has(m[1].toLowerCase());
}
/** (an unknown word shaped like an adjective names a region or a kind: "Victorian", "Transitional") */
function leaderWord(word: string, cls: TokenClass): boolean {
  // ("the Burundian government", "an Argentinian-style government": nationality shapes the lists miss)
  if (/^\p{Lu}+$/u.test(word) || /(?:ian|ani|-\p{Ll}+)$/u.test(word)) return false;
  const sure = cls === 'surname' || cls === 'weak' || (cls === 'first' && FIRST_NAME_SET.has(fold(word)));
  return sure || ((cls === 'unknown' || cls === 'first') && !/(?:an|al|ese|ish|ic|ary|ory)$/.test(word));
}

/** A settlement named after its noun: "the village of", "the town of" (a person is never "of" a village so). */
const SETTLEMENT_OF_BEFORE = /\b(?:village|hamlet|town|city|commune|municipality|settlement|township)\s+of\s+$/i;

const HONORIFIC = new RegExp(`^(?:${HONORIFIC_WORDS})\\.?$`);

/** A title written with "-elect" or "-designate": "President-elect Barack Obama". */
const ELECT = /-(?:elect|designate)$/;

/** 'common': an ordinary English word ("Patience", "Information"): part of a name only beside a cue or a known name. */
/** 'particle': a lower-case part inside a name ("bin", "kyzy"). */
export type TokenClass = 'title' | 'head' | 'not' | 'first' | 'surname' | 'weak' | 'initial' | 'common' | 'unknown' | 'particle';

export interface NameToken {
  start: number;
  end: number;
  text: string;
  cls: TokenClass;
  /** a given name known only from the broad list: it may also be a surname ("Kelvin Stacey", "Piers Morgan") */
  broad?: boolean;
}

export interface Candidate {
  tokens: NameToken[];
  span: Span;
  /** A title or role word stands next to it ("Judge X", "X, a blogger"). */
  cue: boolean;
  /** Needs a second opinion (compromise) before it counts: only unknown capitalised words. */
  doubtful: boolean;
  /** Counts only as a mention of someone named elsewhere ("Lucà v. Italy", "the Shiv Sena"). */
  joinOnly?: boolean;
  /** A given name alone that names its own person ("Beatrice and John Smith"): it never joins a namesake by given name. */
  givenAlone?: boolean;
  /** One word followed by another capitalised one that is no part of the name ("Pattana" of "Pattana Chart Thai"). */
  gluedToName?: boolean;
}

export interface CandidateContext {
  /** True for words that are ordinary English words rather than names ("Information"). */
  isCommonWord(word: string): boolean;
  /** True for words compromise knows as places or nationalities ("Munich", "Missouri", "Bulgarian"). */
  isPlaceWord(word: string): boolean;
  /** True for words compromise knows as adjectives, brands or kinds of people, which open names of things. */
  opensThings(word: string): boolean;
}

interface RawWord { start: number; end: number; text: string; lowerCase: boolean; possessive: boolean; }

// Endings of English common nouns and adjectives, hardly ever of names: "Jurisdiction", "Investigative".
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|(?<!r)ence|ship|ism|ist|ive|ous|ful|less|able|ible|ogy|ics|ing|(?<=\p{Ll}{2}[^u])ly)$/u;
// An opening quote right before a name: quoted names are outlets and organisations ("Adilet Zhol"); not a case's first
// party in italics ("''Rasul v. Bush''")
const QUOTE_BEFORE = /["“«„']$/;
/** ... also an opening quote and a space ("the newspaper “ Utrinski vesnik ”"); a straight quote then is more often closing */
const OPENING_QUOTE_SPACED = /[“«„] $/;
/** between the two halves of a name around a quoted nickname: ' "Tong" ' is a gap the run keeps across */
const NICKNAME_GAP = /^ ["“‘'][\p{Lu}][\p{L}\p{M}'’-]*["”’'] $/u;
const NICKNAME_OPEN = /^ ["“‘']$/;
const NICKNAME_CLOSE = /^["”’'] $/;
const GLUED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint)-\p{Lu}/u;

/** "the" right before a name: persons are named bare ("John Smith", "the judge, John Smith"), bodies and things after "the". */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;

/** A title or body's name in the text's language, in brackets after the English one: "the Deputy Minister of
 * Justice (Staatssecretaris van Justitie)", "the Asylum Court (Asylgerichtshof)". */
function glossInBrackets(text: string, start: number, end: number): boolean {
  const m = /(\p{Lu}[\p{L}\p{M}]+)\s*\(\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  // "the Katowice Court of Appeal ( Sąd Apelacyjny )": a court's own-language name after its English one
  if (/\b(?:Court|Tribunal)(?: (?:of|for)(?: the)? \p{Lu}[\p{L}\p{M}]+){1,3}\s*\(\s*$/u.test(text.slice(Math.max(0, start - 80), start)) && /^\s*\)/.test(text.slice(end, end + 3))) return true;
  const w = m[1].toLowerCase();
  const afterBody = NAME_HEAD_SET.has(w) || GLOSSED_OFFICE.test(w);
  // the whole bracket ("( Staatssecretaris van Justitie )"), or its start before lower-case words ("( Županijski sud u Osijeku")
  if (/^\s*\)/.test(text.slice(end, end + 3))) return afterBody || TITLE_SET.has(w);
  return afterBody && /^ \p{Ll}+ /u.test(text.slice(end, end + 30));
}
const GLOSSED_OFFICE = /^(?:justice|interior|affairs|defence|defense|finance|office|ministry|service|department|agency|court|council|board|registry|prosecution|act|law|code|decree|tribunal)$/;

/** A body or place named "of X": "the University of La Sapienza", "the Province of Santa Cruz". */
const BODY_OF_BEFORE = /\b(?:University|Institute|College|Academy|School|Museum|Bank|Church|Cathedral|Republic|Kingdom|Province|Region|District|City|County|Ministry|Department|Faculty|Order|Society|Federation) of (?:the )?$/;

/** Where someone lives or was born: "living in Petrich", "born in Gotse Delchev". */
const LIVES_IN_BEFORE = /\b(?:living|lives|live|lived|resident|residing|resides|reside|born|based|settled|grew up) in $/;

/** A place or property given its name: "a piece of land, known as Cinderbarrow Malt Kiln", "the farm called Low Wood". */
const THING_KNOWN_AS_BEFORE = /\b(?:land|site|plot|property|properties|farm|estate|field|premises|building|camp|locality|hamlet|house|cottage|area|place),? (?:known as|called|named) $/i;

/** An address goes on after a comma with a place and its county: "Yealand Redmayne, Carnforth in Lancashire". */
function addressAfter(after: string, ctx: CandidateContext): boolean {
  const m = /^, \p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+)?,? in (\p{Lu}[\p{L}\p{M}]+)/u.exec(after);
  return m !== null && (ctx.isPlaceWord(m[1]) || PLACE_SET.has(m[1].toLowerCase()));
}

/** A lettered or numbered heading at the start of a line ("A.   Particular circumstances of the case",
 * "B. Relevant domestic law"): the letter is no initial. */
const HEADING_START = /(?:^|\n|[.:;!?)”"][ \u00a0]{2,})[ \u00a0]*$/;
const HEADING_LETTER = /^(?:\p{Lu}|[IVX]{1,4})\.$/u;

/** A place word after a comma: "of Rancho Cordova, California". */
function placeAfterComma(after: string, ctx: CandidateContext): boolean {
  const m = /^, (\p{Lu}[\p{L}\p{M}]+)/u.exec(after);
  return m !== null && ctx.isPlaceWord(m[1]);
}

/** Classes that make the word before a place word a name part ("Aurelio Mendoza Taipe"). */
const NAME_PART_CLASSES = new Set<TokenClass>(['first', 'surname', 'weak', 'unknown', 'initial']);

/** Given names written short with a period, part of the name: "Md. Rafiqul Islam", "Mohd. Faizal". */
const ABBREVIATED_GIVEN = /^(?:Md|Mohd|Muhd)\.$/;

/** An officer's title in lower case and then a name: what stands before it is the body ("Amnesty Kenya director Irungu Houghton"). */
const OFFICER_AFTER = /^ (?:president|chairman|chairwoman|chairperson|chair|director|spokesman|spokeswoman|spokesperson|secretary|leader|head|chief|founder|coordinator|editor) \p{Lu}\p{Ll}/u;

/** "Leopoldov and Hlohovec County Police": a word coordinated with another before one organisation or place head shares it. */
const COORDINATED_AFTER = /^ (?:and|or|&) ((?:\p{Lu}[\p{L}\p{M}'’-]*[ \u00a0]+){1,3})(\p{Lu}[\p{L}\p{M}'’-]*)/u;
function sharedHeadAfter(after: string): boolean {
  const m = COORDINATED_AFTER.exec(after);
  if (!m) return false;
  const words = [...m[1].trim().split(/\s+/), m[2]];
  return words.slice(1).some((w) => NAME_HEAD_SET.has(w.toLowerCase()));
}

/** A word made only of Japanese syllables in Hepburn spelling: (consonant or digraph) vowel, or a closing n. */
const HEPBURN = /^(?:(?:[kgsztdnhbpmrwj]|sh|ch|ts|ky|gy|ny|hy|my|ry|by|py|f|y)?[aiueo]n?)+$/;

/** Longest name we accept, in capitalised words: given name, patronymic, two-part surname. */
const MAX_NAME_TOKENS = 4;

function readWords(text: string, from: number, to: number): RawWord[] {
  const out: RawWord[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/.test(word)) { word = word.slice(0, -2); possessive = true; }
    // Keep the period only on initials and title abbreviations ("A.", "Mr.").
    if (word.endsWith('.') && !INITIAL.test(word.slice(0, -1)) && !TITLE_SET.has(word.slice(0, -1).toLowerCase()) && !ABBREVIATED_GIVEN.test(word)) {
      word = word.slice(0, -1);
    }
    if (word.length === 0) continue;
    // "Jr." is no name word: the candidate takes it on as a suffix (NAME_SUFFIX)
    if (word === 'Jr' || word === 'Sr') continue;
    const start = from + m.index;
    // "al-Sisi", "bin-Salman": an Arabic particle glued to a capitalised name is part of the name.
    const lowerCase = !/^\p{Lu}/u.test(word) && !GLUED_PARTICLE.test(word);
    // "K.-H. Stör": initials of a hyphenated given name are one initial
    const prev = out[out.length - 1];
    if (prev && start === prev.end + 1 && text[prev.end] === '-' && /^\p{Lu}\p{Ll}?\.$/u.test(prev.text) && /^\p{Lu}\p{Ll}?\.$/u.test(word)) {
      prev.end = start + word.length;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ start, end: start + word.length, text: word, lowerCase, possessive });
  }
  return out;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ə/g, 'a').replace(/đ/g, 'd').toLowerCase();
}

/** A capitalised word no list knows as anything else: not an ordinary word, a place, a title, a body's head or a month. */
function unknownNameWord(word: string, ctx: CandidateContext): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const low = word.toLowerCase();
  return !ctx.isCommonWord(word) && !ctx.isPlaceWord(word) && !NAME_HEAD_SET.has(low) && !NOT_NAME_SET.has(low)
    && !PLACE_SET.has(low) && !TITLE_SET.has(low) && !ROLE_SET.has(low);
}

function classify(word: string, next: string | undefined, afterGivenName: boolean, ctx: CandidateContext, insideName = false, afterNamePart = false, opensRun = false, twoWordRun = false): TokenClass {
  const bare = word.replace(/\.$/, '');
  // Compare without diacritics, so "Şebnem" meets "Sebnem" and "Kaftancıoğlu" ends in "oglu".
  const low = fold(bare);
  // ... but ordinary words only as written: "Ján" is a given name, "Jan" may be January
  const plainLow = bare.toLowerCase();
  if (word.endsWith('.') && INITIAL.test(bare)) return 'initial';
  if (word.includes('.-') && /^\p{Lu}\p{Ll}?\.-\p{Lu}\p{Ll}?\.$/u.test(word)) return 'initial';
  // an initial written without its period between a given name and a surname: "Jane A Restani"
  if (/^\p{Lu}$/u.test(bare) && bare !== 'I' && afterGivenName && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next)) return 'initial';
  // "Khalid Sheikh Mohammed": an honorific that is also a name word, between a given name and another name word, is a name part
  if (NAME_HONORIFICS.has(low) && afterGivenName && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next)) return 'unknown';
  // "Sultan Hashim al-Tai", "Sheikh Rashid Ahmed": such a word right before a known given name opens the name
  if (NAME_OPENING_HONORIFICS.has(low) && next !== undefined && (FIRST_NAME_SET.has(fold(next)) || BROAD_GIVEN_NAMES.has(fold(next)))) return 'unknown';
  // "Pere Pastor Vilanova": a title word between a known given name and a capitalised word is a name part
  if (afterGivenName && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && TITLE_WORD_IN_NAME.has(low)) return 'unknown';
  // "Moses Driver", "Anne Farmer": a capitalised occupation closing a run after a given name is the surname
  if (afterGivenName && next === undefined && ROLE_SET.has(low) && !TITLE_SET.has(low)) return 'surname';
  if (TITLE_SET.has(low) || ROLE_SET.has(low) || ROLE_SET.has(low.replace(/e?s$/, ''))) return 'title';
  if (ELECT.test(low) && TITLE_SET.has(low.replace(ELECT, ''))) return 'title';
  // "Co-conspirator", "Co-defendant": a role shared with others is still a role
  if (/^co-\p{Ll}{4,}$/u.test(low) && next !== undefined) return 'title';
  // "Ex-sergeant", "ex-minister": a former title is still a title
  if (/^ex-/.test(low) && (TITLE_SET.has(low.slice(3)) || ROLE_SET.has(low.slice(3)))) return 'title';
  // "Attorney-General", "Vice-President": a title written with a hyphen is a title
  if (low.includes('-') && (TITLE_SET.has(low.replace(/-/g, ' ')) || HYPHEN_TITLE.test(low) || /^(?:officer|commander|judge|minister)-in-(?:charge|chief|waiting)$/.test(low))) return 'title';
  // "-year-old" ages a name, it is no part of it: "Thirty-four-year-old Uganda T. Harris"
  if (/-based$|-born$|-led$|-run$|-years?-old$/.test(low)) return 'not';
  // "Zanu-PF", "D-San": an acronym or party letter joined by a hyphen names a party, not a person
  if (bare.includes('-') && /-\p{Lu}{2,}$|^[DRI]-\p{Lu}/u.test(bare)) return 'not';
  // "Sandra Day O'Connor": a thing's head word between a given name and a further name word is a name part
  // (the next word must look like a surname: "O'Connor", "Kowalski"; not "Spa")
  if (NAME_HEAD_SET.has(low) && afterGivenName && next !== undefined && unknownNameWord(next.replace(/^\p{Lu}['’](?=\p{Lu})/u, ''), ctx)
    && (/^\p{Lu}['’]\p{Lu}/u.test(next) || STRONG_SURNAME.test(fold(next)) || WEAK_SURNAME.test(fold(next)))) return 'unknown';
  if (NAME_HEAD_SET.has(low)) return 'head';
  // "Christina-Taylor Green", "Jean-Pierre": a hyphenated given name whose first part is a known given name
  if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(bare) && next !== undefined && (FIRST_NAME_SET.has(fold(bare.slice(0, bare.indexOf('-')))) || BROAD_GIVEN_NAMES.has(fold(bare.slice(0, bare.indexOf('-'))))) && !PLACE_SET.has(low)) return 'first';
  // Hungarian married names: the husband's given name plus "-né" ("Istvánné Rékási", "Jánosné Kovács")
  const first = FIRST_NAME_SET.has(low) || (/\p{Ll}né$/u.test(bare) && (FIRST_NAME_SET.has(low.slice(0, -2)) || BROAD_GIVEN_NAMES.has(low.slice(0, -2))));
  // A given name that is also a place ("Mary", "Lida") counts as a name only before another capitalised word.
  if (PLACE_SET.has(low) && !(first && next !== undefined)) return 'not';
  if (NOT_NAME_SET.has(plainLow)) {
    // a nationality word (or "Ramadan", a common family name) closing a name after a given name is a surname:
    // "Monica Simona Moldovan", "Taha Yassin Ramadan"
    if (afterNamePart && next === undefined && ((NATIONALITY.has(plainLow) && /an$/.test(plainLow) && !FAITH_WORDS.has(plainLow)) || plainLow === 'ramadan')) return 'surname';
    // ... and so is a compass word closing a run right after a given name: "John North", "Kanye West"
    if (afterGivenName && next === undefined && /^(?:north|south|east|west)$/.test(plainLow)) return 'surname';
    if (!(MONTH_GIVEN.has(plainLow) && next !== undefined && /^\p{Lu}/u.test(next))) return 'not';
    return 'first';
  }
  // a word that is also a place, between two parts of a name, is a surname ("Aurelio Mendoza Taipe")
  // ... but a place word opening the shape "X Y. Surname" is a given name ("Uganda T. Harris", "Georgia M. Reyes")
  if (!first && !insideName && ctx.isPlaceWord(bare) && !(next !== undefined && /^\p{Lu}\.$/u.test(next))) return 'not';
  // a surname in capitals closing a name, as judgment headers print it: "Jock Anthony PALFREEMAN against Bulgaria"
  if ((afterGivenName || afterNamePart) && next === undefined && bare.length >= 4 && /^\p{Lu}+$/u.test(bare)) return 'surname';
  if (/\d/.test(bare) || bare.length < 2 || bare === bare.toUpperCase()) return 'not';
  if (first) return 'first';
  // Right after a given name a capitalised word is a surname even if it is also a word ("Zhang Min", "Anna Rose").
  if (afterGivenName) return STRONG_SURNAME.test(low) ? 'surname' : 'unknown';
  // "Earl Butz", "Will Lester": a given name that is also a word, right before an unknown capitalised word, opens a name
  // (before a known given name and a surname it is a rank or an ordinary word: "Cadet Tomas Rydell"; "Les Thomas" is two words)
  if (opensRun && BROAD_GIVEN_NAMES.has(low) && !ctx.opensThings(bare) && !NAME_PARTICLES.has(low) && next !== undefined && unknownNameWord(next, ctx)
    && (twoWordRun || !(FIRST_NAME_SET.has(fold(next)) || BROAD_GIVEN_NAMES.has(fold(next)))) && ctx.isCommonWord(bare)) return 'first';
  // (after a given name in the run only a known word is ordinary: "Karin Elisabeth Holmqvist" ends in -ist)
  if ((COMMON_SUFFIX.test(low) && !afterNamePart) || ctx.isCommonWord(bare)) return 'common';
  // the broad list (any origin), now that ordinary words and places are out: "Daryl", "Biagio", "Grzegorz"
  if (BROAD_GIVEN_NAMES.has(low)) return 'first';
  if (STRONG_SURNAME.test(low)) return 'surname';
  if (WEAK_SURNAME.test(low)) return 'weak';
  return 'unknown';
}

/** Runs of capitalised words (with name particles) separated by single spaces. */
function runs(words: RawWord[], text: string): RawWord[][] {
  const out: RawWord[][] = [];
  let run: RawWord[] = [];
  const flush = () => { if (run.length > 0) out.push(run); run = []; };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, w.start) : '';
    // a quoted nickname inside a name ('Thanawat "Tong" Srisuk') is skipped, the name goes on around it
    const next = words[i + 1];
    if (prev && !prev.possessive && !w.lowerCase && NICKNAME_OPEN.test(gap) && NICKNAME_CLOSE.test(text.slice(w.end, w.end + 2)) && next && !next.lowerCase && next.start === w.end + 2) continue;
    // initials written together ("T.K. Wetherell", "V.V. Kiyutin") are one run with no gap
    const gluedInitials = gap === '' && prev !== undefined && prev.text.endsWith('.') && /^\p{Lu}\p{Ll}?\.$/u.test(w.text) && /^\p{Lu}\p{Ll}?\.$/u.test(prev.text);
    // judgments print runs of (no-break) spaces where one was meant: "Mr   Ayoub", "Nikola   Čonková"
    // ... and a typographic hyphen, spaced or not, joins a double surname: "Stancheva ‑ Chinova"
    const joined = prev !== undefined && !prev.possessive && (/^[ \u00a0]{1,4}$/.test(gap) || /^[ \u00a0]?[\u2010\u2011][ \u00a0]?$/.test(gap) || NICKNAME_GAP.test(gap) || gluedInitials);
    if (!joined) flush();
    if (w.lowerCase) {
      const low = w.text.toLowerCase();
      // particles may come in a chain before the capitalised part: "van der Merwe", "de los Santos"
      let k = i + 1;
      while (words[k] && words[k].lowerCase && NAME_PARTICLES.has(words[k].text.toLowerCase()) && k - i < 3) k++;
      const nextCap = words[k] && !words[k].lowerCase;
      const inside = joined && (CLOSING_PARTICLES.has(low) || (NAME_PARTICLES.has(low) && nextCap));
      if (inside) { run.push(w); continue; }
      flush();
      continue;
    }
    run.push(w);
  }
  flush();
  return out;
}

function hasCueBefore(text: string, start: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 80), start);
  // "Minister of Information and Technology, Somchai Wongsawat": an office with its body names the next person
  return ROLE_BEFORE.test(before) || (/, $/.test(before) && OFFICE_BEFORE.test(before.slice(0, -2) + ' '));
}

function hasCueAfter(text: string, end: number, sentenceEnd: number): boolean {
  return roleAfter(text.slice(end, Math.min(sentenceEnd, end + 80))) !== null;
}

export function findCandidates(text: string, sentence: Span, ctx: CandidateContext): Candidate[] {
  const words = readWords(text, sentence.start, sentence.end);
  const out: Candidate[] = [];
  // the realms of royal styles: "of Ruritania" there is no person
  const styles: Array<{ start: number; end: number }> = [];
  for (const run of runs(words, text)) {
    const classes: TokenClass[] = [];
    // what the run held so far, kept as it grows (slicing the classes each word made a long run quadratic)
    let seenFirst = false;
    let seenTitle = false;
    let onlyInitialsAndTitles = true;
    run.forEach((w, i) => {
      const prevNamePart = i > 0 && NAME_PART_CLASSES.has(classes[i - 1]);
      // (or right after a given name: "Rosa Elena Chamorro", "Luis Toledo")
      // ... or after a particle inside a name of two words already: "Paulo Pinto de Albuquerque" (a surname that is
      // also a city), not "Santiago de Chile"
      const afterParticle = i >= 3 && classes[i - 1] === 'particle' && NAME_PART_CLASSES.has(classes[i - 2]) && NAME_PART_CLASSES.has(classes[i - 3]);
      const insideName = afterParticle || (prevNamePart && ((run[i + 1] !== undefined && !run[i + 1].lowerCase) || classes[i - 1] === 'first'));
      // (after a given name or an initial a capitalised word is the surname even if it is also a word: "Edmund G. Brown")
      // ... or after a title and initials: "Mr T.L. Early", "Ms A. Little"
      const afterTitledInitials = i >= 2 && classes[i - 1] === 'initial' && onlyInitialsAndTitles && seenTitle;
      const afterGiven = classes[i - 1] === 'first' || (classes[i - 1] === 'initial' && i >= 2 && classes[i - 2] === 'first') || afterTitledInitials;
      let cls: TokenClass = w.lowerCase ? 'particle' : classify(w.text, run[i + 1]?.text, afterGiven, ctx, insideName, prevNamePart && seenFirst, i === 0, run.length === 2);
      // "Mr Milan Horak", "Ms Florence Dubois": a place that is also a given name, between an honorific and a name word
      if (cls === 'not' && i >= 1 && HONORIFIC.test(run[i - 1].text) && run[i + 1] !== undefined && /^\p{Lu}\p{Ll}/u.test(run[i + 1].text)
        && (FIRST_NAME_SET.has(fold(w.text)) || BROAD_GIVEN_NAMES.has(fold(w.text)))) cls = 'first';
      // "Mrs Moldovan", "Mr English": a nationality word right after an honorific is a surname
      if (cls === 'not' && i >= 1 && HONORIFIC.test(run[i - 1].text) && NATIONALITY.has(w.text.toLowerCase())) cls = 'surname';
      classes.push(cls);
      if (cls === 'first') seenFirst = true;
      if (cls === 'title') seenTitle = true;
      else if (cls !== 'initial') onlyInitialsAndTitles = false;
    });
    // "Giulfere Yusein CHOBAN against Bulgaria": a capitals word closing a run of two name words is the surname
    const lastI = run.length - 1;
    if (lastI >= 2 && classes[lastI] === 'not' && run[lastI].text.length >= 4 && /^\p{Lu}+$/u.test(run[lastI].text)
      && NAME_PART_CLASSES.has(classes[lastI - 1]) && NAME_PART_CLASSES.has(classes[lastI - 2]) && classes[lastI - 1] !== 'initial') classes[lastI] = 'surname';
    // "Equatorial Guinea Simon Mann" (a place name left at the start of a text): a place word before a given name
    // and a further name word ends what comes before the name ("Aurelio Mendoza Taipe" has no given name after the place)
    for (let i = 0; i + 2 < run.length; i++) {
      if (classes[i + 1] === 'first' && NAME_PART_CLASSES.has(classes[i + 2]) && !FIRST_NAME_SET.has(fold(run[i].text)) && !BROAD_GIVEN_NAMES.has(fold(run[i].text)) && ctx.isPlaceWord(run[i].text)) {
        for (let k = 0; k <= i; k++) classes[k] = 'not';
      }
    }
    // "Inspectoratul Județean de Jandarmi Covasna": a body's head word opening a run joined by particles names the body
    if (classes[0] === 'head' && classes.includes('particle')) classes.fill('not');
    // "the Attorney General in Hasselt Marc Rubens": a place after "in" glued to a full name is no part of it
    if (run.length >= 3 && / (?:in|at|from)$/.test(text.slice(Math.max(0, run[0].start - 5), run[0].start - 1)) && classes[0] !== 'first'
      && classes[1] === 'first' && !BROAD_GIVEN_NAMES.has(fold(run[0].text)) && !FIRST_NAME_SET.has(fold(run[0].text)) && NAME_PART_CLASSES.has(classes[2])) classes[0] = 'not';
    // "Thomas Clyde Bowling Jr.": a word that is also an ordinary one, before a generational suffix, is the surname
    if (lastI >= 1 && classes[lastI] === 'common' && NAME_PART_CLASSES.has(classes[lastI - 1]) && NAME_SUFFIX.test(text.slice(run[lastI].end, run[lastI].end + 5))) classes[lastI] = 'unknown';
    // "by Juraj LAKATOŠ against the Czech Republic": a judgment's header prints the applicant's surname in capitals
    if (lastI >= 1 && classes[lastI] === 'not' && run[lastI].text.length >= 3 && /^\p{Lu}+$/u.test(run[lastI].text)
      && NAME_PART_CLASSES.has(classes[lastI - 1]) && classes[lastI - 1] !== 'initial' && /^ (?:against|v\.?) /.test(text.slice(run[lastI].end, run[lastI].end + 10))) classes[lastI] = 'surname';
    // "U.S. Securities": initials that spell a country or body are no part of a name
    for (let i = 0; i + 1 < run.length; i++) {
      if (run[i + 1].start === run[i].end && ABBREVIATION_INITIALS.has(run[i].text + run[i + 1].text)) { classes[i] = 'not'; classes[i + 1] = 'not'; }
    }
    // Everything before an organisation or place head belongs to that name ("Uralsk Week", "Gandhi Park").
    let lastHead = -1;
    classes.forEach((c, i) => { if (c === 'head') lastHead = i; });
    let segment: NameToken[] = [];
    let titled = false;
    // a peer's or royal's title just before a one-word name: "Lord Ahmed", "Prince Laurent of Belgium"
    let styleTitle: { start: number; end: number; text: string; royal: boolean } | null = null;
    let leader = false;
    const close = () => {
      // Drop particles at the edges: they belong inside a name only.
      while (segment.length > 0 && segment[0].cls === 'particle') segment.shift();
      // Ordinary words before a given name or after the name are not part of it: "Information Dauren Abayev".
      let lead = segment.findIndex((t) => t.cls !== 'common');
      // ... except a word that is also a given name right before the name ("Faith Wanjiku Kamau")
      if (lead === 1 && WORD_GIVEN.has(segment[0].text.toLowerCase()) && segment.length >= 3) lead = 0;
      // (a broad-list word counts when a name follows it: alone it may be the surname, "Sergeant Kelvin Stacey")
      const rest = segment.slice(lead);
      if (lead > 0 && (rest.some((t) => (t.cls === 'first' && !t.broad) || t.cls === 'surname') || (rest.length > 1 && rest[0].cls === 'first'))) segment.splice(0, lead);
      // ... and at the end, unless they close a patronymic ("Tazhibek kyzy"): "Willem van der" is no name
      while (segment.length > 0 && segment[segment.length - 1].cls === 'particle' && !CLOSING_PARTICLES.has(segment[segment.length - 1].text.toLowerCase())) segment.pop();
      // "Schapelle Corby Corby's lawyers": a surname doubled by a broken link is written once
      if (segment.length >= 3 && segment[segment.length - 1].text === segment[segment.length - 2].text) segment.pop();
      let gluedWord = false;
      while (segment.length > 1 && segment[segment.length - 1].cls === 'common') { segment.pop(); gluedWord = true; }
      const seg = segment;
      segment = [];
      if (seg.length === 0 || seg.length > MAX_NAME_TOKENS + 1) { titled = false; return; }
      const start = seg[0].start;
      let end = seg[seg.length - 1].end;
      const suffix = seg.length > 1 || titled ? NAME_SUFFIX.exec(text.slice(end, end + 5)) : null;
      // (the suffix's period may also end the sentence)
      if (suffix && end + suffix[0].length <= sentence.end + 1) end += suffix[0].length;
      const after = text.slice(end, end + 24);
      const before = text.slice(Math.max(sentence.start, start - 24), start);
      // ("the village of Sfântu Gheorghe": after a settlement's noun and "of" even a given name opens a place)
      const orgBefore = !titled && ((ORG_NOUN_BEFORE.test(before) && !seg.some((t) => t.cls === 'first')) || SETTLEMENT_OF_BEFORE.test(before) || STRONG_ORG_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start)));
      // "of Stockton, California", "59, of Stockton": a home town in a person's description
      // ("Preston Gates & Ellis", "Procter & Gamble": names joined by an ampersand are a firm)
      const thing = THING_KNOWN_AS_BEFORE.test(before) || addressAfter(text.slice(end, end + 60), ctx) || /^ & \p{Lu}/u.test(after) || /\p{Lu}[\p{L}'’.]* & $/u.test(before);
      const heading = seg[0].cls === 'initial' && HEADING_LETTER.test(seg[0].text) && HEADING_START.test(text.slice(Math.max(0, start - 12), start))
        && (/^[ \u00a0]{2}/.test(text.slice(seg[0].end, seg[0].end + 2)) || (seg.length === 2 && /^ \p{Ll}/u.test(after) && !PERSON_VERB_AFTER.test(after)));
      if (thing || heading) { titled = false; return; }
      const placeAfterOf = !titled && (AGE_OF_BEFORE.test(before) || BODY_OF_BEFORE.test(before) || LIVES_IN_BEFORE.test(before) || (/ (?:of|in|from|near)$/.test(before.trimEnd()) && / $/.test(before) && placeAfterComma(text.slice(end, end + 30), ctx)));
      const phrase = text.slice(start, end).toLowerCase();
      // "Costa Rica": a place compromise knows by its whole name; "Liberty Victoria president Brian Walters": a body's name before its officer
      const bodyBeforeOfficer = OFFICER_AFTER.test(text.slice(end, end + 40)) || (seg.length === 1 && sharedHeadAfter(text.slice(end, end + 60)));
      if (PLACE_SET.has(phrase) || (seg.length > 1 && ctx.isPlaceWord(phrase)) || bodyBeforeOfficer || PLACE_NOUN_AFTER.test(after) || ORG_NOUN_AFTER.test(after) || (QUOTE_BEFORE.test(text.slice(start - 1, start)) && !CITATION_AFTER.test(text.slice(end, end + 12))) || OPENING_QUOTE_SPACED.test(text.slice(Math.max(0, start - 2), start)) || orgBefore || placeAfterOf) {
        titled = false;
        return;
      }
      const ledGovernment = seg.length === 1 && (leader || (LEADER_AFTER.test(after) && leaderWord(seg[0].text, seg[0].cls) && !capitalisedBefore(before)));
      leader = false;
      if (ledGovernment) {
        out.push({ tokens: seg, span: { start, end, text: text.slice(start, end) }, cue: true, doubtful: false });
        titled = false;
        return;
      }
      const cue = titled || hasCueBefore(text, start, sentence.start) || hasCueAfter(text, end, sentence.end);
      titled = false;
      // A lone surname glued to an ordinary capitalised word names a thing ("Temirov Live"): it may only join.
      // "Lord Ahmed", "Baroness Warsi": a peer known by title and one name is named with the title;
      // "Prince Laurent of Belgium": a royal too, with the regnal number and the realm (without them, as any title)
      const title = styleTitle && seg.length === 1 && seg[0].cls !== 'common' && seg[0].cls !== 'initial' && styleTitle.end + 1 === start ? styleTitle : null;
      styleTitle = null;
      const realm = title?.royal ? ROYAL_STYLE_AFTER.exec(text.slice(end, end + 60)) : null;
      if (title && (!title.royal || realm)) {
        const tokens: NameToken[] = [{ start: title.start, end: title.end, text: title.text, cls: 'unknown', broad: false }, ...seg];
        const nameEnd = end + (realm?.[0].length ?? 0);
        if (realm) styles.push({ start: end, end: nameEnd });
        out.push({ tokens, span: { start: title.start, end: nameEnd, text: text.slice(title.start, nameEnd) }, cue: true, doubtful: false });
        return;
      }
      if (seg.length === 1 && seg[0].cls === 'first') {
        const coordinated = GIVEN_AND_FULL_NAME_AFTER.exec(text.slice(end, end + 60));
        const kin = KIN_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start)) || AGE_AFTER.test(after);
        const partner = coordinated !== null && (FIRST_NAME_SET.has(fold(coordinated[1])) || BROAD_GIVEN_NAMES.has(fold(coordinated[1])));
        if (kin || partner) {
          out.push({ tokens: seg, span: { start, end, text: text.slice(start, end) }, cue: true, doubtful: false, givenAlone: true });
          return;
        }
      }
      const verdict = gluedWord && seg.length === 1 && !cue ? 'doubtful' : judge(seg, cue);
      if (verdict === 'no') return;
      // a case cited by its parties ("Lucà v. Italy") and a name right after "the" ("the Shiv Sena", "the Lambert case")
      // are no persons of their own: they may only be mentions of someone the text names elsewhere
      const joinOnly = CITATION_AFTER.test(text.slice(end, end + 12)) || (!cue && THE_BEFORE.test(before))
        || (glossInBrackets(text, start, end) && !seg.some((t) => t.cls === 'first' && !t.broad));
      const gluedToName = seg.length === 1 && /^ \p{Lu}\p{Ll}/u.test(after);
      out.push({ tokens: seg, span: { start, end, text: text.slice(start, end) }, cue, doubtful: verdict === 'doubtful', ...(joinOnly ? { joinOnly } : {}), ...(gluedToName ? { gluedToName } : {}) });
    };
    for (let i = 0; i < run.length; i++) {
      const cls = classes[i];
      const w = run[i];
      if (i === lastHead - 1 && LEADER_HEAD.test(run[lastHead].text) && leaderWord(w.text, cls) && (i === 0 || classes[i - 1] === 'not')) {
        close();
        segment.push({ start: w.start, end: w.end, text: w.text, cls, broad: false });
        leader = true;
        close();
        titled = false;
        continue;
      }
      if (i <= lastHead || cls === 'head' || cls === 'not') { close(); titled = false; continue; }
      if (cls === 'title') {
        close();
        titled = true;
        styleTitle = PEERAGE.test(w.text) || ROYAL.test(w.text) ? { start: w.start, end: w.end, text: w.text, royal: ROYAL.test(w.text) } : null;
        continue;
      }
      segment.push({ start: w.start, end: w.end, text: w.text, cls, broad: cls === 'first' && !FIRST_NAME_SET.has(fold(w.text)) });
    }
    close();
  }
  return styles.length === 0 ? out : out.filter((c) => !styles.some((r) => c.span.start >= r.start && c.span.end <= r.end));
}

/** Whether a segment of capitalised words is a name: 'yes', 'no', or 'doubtful' (ask compromise). */
function judge(seg: NameToken[], cue: boolean): 'yes' | 'no' | 'doubtful' {
  const words = seg.filter((t) => t.cls !== 'particle');
  const has = (c: TokenClass) => words.some((t) => t.cls === c);
  // a given name known only from the broad list is as good as an unknown word next to an ordinary one ("Courts Martial")
  const sureFirst = words.some((t) => t.cls === 'first' && !t.broad);
  if (has('common') && has('first') && !sureFirst && !has('surname') && !cue) return 'doubtful';
  // an ordinary word inside unknown ones ("Zaw Min Htike") may still be a name: ask, rather than refuse
  if (has('common') && !has('first') && !has('surname') && !cue) return words.length > 2 && words[0].cls !== 'common' ? 'doubtful' : 'no';
  if (words.length === 1) {
    // a lone broad-list word may be a surname ("Murphy said"): judged as an unknown word
    const c = words[0].cls === 'first' && words[0].broad ? 'unknown' : words[0].cls;
    if (c === 'surname' && !cue && SHARED_SURNAME.test(fold(words[0].text))) return 'doubtful';
    if (c === 'surname') return 'yes';
    if (cue && (c === 'weak' || c === 'unknown')) return 'yes';
    // Surname-only mentions of someone named in full elsewhere are joined later.
    return c === 'initial' ? 'no' : 'doubtful';
  }
  if (words.every((t) => t.cls === 'initial')) return 'no';
  if (has('first') || has('surname')) return 'yes';
  if (has('initial') && words[words.length - 1].cls !== 'initial') return 'yes';
  if (cue) return 'yes';
  // Japanese names in Hepburn spelling are open syllables through and through ("Shinzo Abe", "Fumio Kishida"):
  // two or three unknown words of that shape, one of four letters or more, are a name
  if (words.length <= 3 && words.every((t) => (t.cls === 'unknown' || t.cls === 'weak') && HEPBURN.test(fold(t.text))) && words.some((t) => t.text.length >= 4)) return 'yes';
  return 'doubtful';
}
