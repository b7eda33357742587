/** Who got a penalty: the object of the ruling verb, lists, carried-over clauses, "respectively", pronouns and wire leads. */
import type { Span } from '../../src/contract';
import { NOT_PENALISED_ROLES, saysPenalised } from '../discourse';
import { alternation } from '../nlp/alternation';
import { ROLES } from '../persons/data/roles';
import { wordNumber } from './durations';
import { lowerBound, type Mention, mentionsIn } from './mentions';
import type { Phrase } from './phrase';

/** an unnamed counted group: "three journalists", "two local activists" */
/** (not a term: "two years", "three months' jail") */
const COUNTED_GROUP = /\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?!(?:[a-z-]+\s+){0,2}?(?:years|months|weeks|days|hours|lashes|counts|times)\b)(?:[a-z-]+\s+){0,2}(?:[a-z]+s|people|men|women)\b/;

/** a new unnamed subject after a penalty: "and the eight other defendants", "while the remaining protesters", "and the others" */
const UNNAMED_SUBJECT = /\b(?:and|while|whereas|but)\s+(?:the\s+)?(?:(?:[a-z0-9-]+\s+){0,2}(?:other|remaining)\s+(?:[a-z-]+\s+){0,2}(?:[a-z]+s|people|men|women)|others|the\s+rest)\b/;

/** a counted unnamed subject after a penalty: ", three other officials received 15 years", "; two more men were given" */
const COUNTED_SUBJECT = /(?:[,;]|\b(?:and|while|whereas|but))\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:other\s+|more\s+|further\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|people|men|women)\s+(?:were\s+|each\s+)?(?:received|got|were|was|each|given|handed|sentenced)\b/;

/** "was sentenced", "had been quickly jailed": a ruling told in the passive, as the subject clauses below end */
const PASSIVE_RULING = String.raw`(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:sentenced|jailed|fined|imprisoned|given|convicted|handed)\b`;

/** a new unnamed subject between a named person and the penalty: ", and in 2008 a powerful party boss was jailed" */
const INTERVENING_SUBJECT = new RegExp(String.raw`(?:;|\band\b|\bwhile\b|\bwhereas\b)\s+(?:(?!who\b|which\b|whom\b)[\w-]+\s+){0,3}?(?:a|an|another)\s+(?:(?!who\b|which\b|whom\b|that\b)[\w-]+\s+){0,4}?${PASSIVE_RULING}`, 'i');

/** a body as the subject between a person and the penalty: "..., in which the airline paid a US$61 million fine" */
const BODY_SUBJECT = /\b(?:the|a|an|its|which|that)\s+(?:[\w-]+\s+)?(?:airline|company|firm|bank|corporation|carrier|manufacturer|business|employer|club|newspaper|broadcaster|channel|insurer|retailer|publisher)\s+(?:(?:was|were|has\s+been|had\s+been|has|had)\s+)?(?:\w+\s+)?(?:paid|fined|ordered|agreed|accepted|received)\b/i;

/** a subject of X's between X and the penalty: "; his co-defendant was jailed", ", whose brother was jailed"
 * (not "murdering her and her family and was sentenced": a coordination hands the verb back to X) */
const OWNED_SUBJECT = new RegExp(String.raw`^,?\s+whose\s+(?:[\w-]+\s+){1,3}?${PASSIVE_RULING}|(?:;|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s+(?:his|her|their)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?${PASSIVE_RULING}`, 'i');

/** a speech verb between a person and a penalty: the person speaks of it ("X said the sentence was unjust") */
// (the person is the verb's subject: right after the name, or after an apposition or relative clause)
const SPOKE_OF = /^(?:,[^,;.]{0,80},|\s*\([^()]{0,60}\))?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|argued|claimed|called|described|added|insisted|stated|complained|criticised|criticized|denounced)\b/;

/** "X and two other officials were": persons counted beside a named one */
const OTHERS_AFTER = /^\s+and\s+(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:other|more|further)\b/i;

/** a counted group right after the phrase: "seven days' detention for two organisers" */
const COUNTED_AFTER = /^\s+(?:for|on|against|to)\s+(?:the\s+|each\s+of\s+(?:the\s+)?)?(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|people|men|women)\b/;

/** a counted group as the subject of a passive ruling: "The three British soldiers ... have been jailed" */
const COUNTED_SUBJECT_BEFORE = /\b([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d)\s+(?:[\p{L}-]+\s+){0,2}?(?:[a-z]+s|people|men|women)\b(?=[^.;]*\b(?:were|have\s+been|had\s+been|are|has\s+been)\s+(?:\w+\s+)?$)/u;

/** "X, who had helped Li upload the videos, was sentenced": the subject stands before the relative clause */
const RELATIVE_SUBJECT = /^,\s+(?:\d{1,3},\s+)?(?:who|whom|whose)\b[^;]*?,\s+(?:was|were|had\s+been|has\s+been|is|are)\s/;

/** "X, the lawyer of Y, was disbarred for": an apposition naming someone else between the subject and its ruling */
const APPOSITION_SUBJECT = /^,\s+(?:the|a|an|his|her|their)\s+[^,;.]{1,60},\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:sentenced|jailed|fined|imprisoned|given|convicted|handed|disbarred|banned|barred|suspended|dismissed|ordered)\b/i;

/** an unnamed single defendant: "a civic activist who led a march", "an opposition blogger" */
const INDEFINITE_OBJECT = new RegExp(String.raw`\b(?:sentenced|fined|jailed|gave|handed|ordered|banned|convicted|imprisoned)\s+an?\s+(?:[\w'’-]+\s+){0,3}?(?:${alternation([...ROLES.filter((r) => !/s$/.test(r)), 'man', 'woman', 'policeman', 'policewoman', 'soldier', 'officer', 'guard', 'critic', 'leader', 'organiser', 'organizer', 'cleric', 'opposition figure'])})\b`, 'i');

/** a wire lead's unnamed subject: "A former employee of the agency was sentenced on Monday to" (the sentence opens with it) */
// (after a dateline or a scrap of page furniture: "WASHINGTON (AP) — A former", "Illinois infobox A former")
// ("Another soldier was also jailed for lying to protect X": someone else again)
const INDEFINITE_SUBJECT = /^(?:[^.;]{0,40}?[\s,—–-])??\s*["“]?(?:An?|One|Another)\s+(?:[\p{L}'’-]+\s+){1,10}?(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:sentenced|jailed|imprisoned|fined|given|ordered)\b/u;

/** a name after a preposition of place is a place: "fined a firm across the street from Kennedy Elementary $21,000" */
const PLACE_BEFORE = /\b(?:from|near|outside|opposite|across|beside|behind)\s+(?:the\s+)?$/;

const NOT_DEFENDANT_BEFORE = /\b(?:Judge|judge|Justice|Magistrate|magistrate|prosecutor|Prosecutor|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|defen[cs]e)\s+(?:defen[cs]e\s+)?(?:lawyer|attorney|counsel)|Lawyer|attorney|by|presiding|chaired\s+by|according\s+to|said|told|President|Prime\s+Minister|Minister|minister|Mayor|Governor|governor|Ambassador|spokes(?:man|woman|person)|investigator|Investigator|insulting|criticising|criticizing)\s+(?:(?:the\s+)?(?:presiding\s+)?judge\s+)?(?:\p{Lu}[\p{L}.'-]*\s+){0,2}$/u;

const NOT_DEFENDANT_AFTER = /^,?\s+(?:the\s+|a\s+)?(?:presiding\s+)?(?:judge|prosecutor|lawyer|attorney|said|told)\b/;

/** True when a person mention can be a defendant: not a judge, lawyer, official, victim of an insult or possessive owner. */
export function isDefendantMention(text: string, m: { start: number; end: number }): boolean {
  return isDefendantSlot(text, { name: '', start: m.start, end: m.end, i: 0 });
}

function isDefendantSlot(text: string, m: Mention, objectOfPhrase = false): boolean {
  // a judge, prosecutor or lawyer (decided once, in discourse/roles.ts) gets no penalty unless the text says so
  const barred = m.role ? NOT_PENALISED_ROLES.has(m.role) && m.personRole !== 'defendant' : m.personRole != null && NOT_PENALISED_ROLES.has(m.personRole);
  if (barred && !ruledHere(text, m)) return false;
  // "Toktakunov's former cameraman": a possessive names someone else
  // ("Aleksin's term", "Ivanov's sentence" do name the defendant)
  if (/^['’]s?\b/.test(text.slice(m.end, m.end + 3)) && !/^['’]s?\s+(?:(?:prison|jail|original|earlier|death|planned|scheduled|imminent|impending)\s+)?(?:term|sentence|punishment|fine|conviction|penalty|execution)\b/i.test(text.slice(m.end, m.end + 40))) return false;
  // "fined Markland Manufacturing $21,000": a name inside a firm's name is the firm
  if (FIRM_AFTER.test(text.slice(m.end, m.end + 20))) return false;
  // "the former Saddam Hussein defense minister will be hanged": a name that qualifies a noun names someone else
  if (/\b[Tt]he\s+(?:former\s+|late\s+|then\s+|ousted\s+)?$/.test(text.slice(Math.max(0, m.start - 20), m.start)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) return false;
  // "Lawyer Tofig Yagublu was convicted": whoever is the subject of a ruling in the passive is a defendant
  // the cue next to this mention made it a defendant ("sentenced the deposed President X", "X (“the applicant”)")
  if (m.role === 'defendant') return true;
  // (an office right before the object of a penalty is the person's own: "the suspension of Mayor X")
  if (!objectOfPhrase && NOT_DEFENDANT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return ruledHere(text, m);
  // "X, a lawyer in Tehran, was sentenced": a lawyer who is the subject of a ruling is a defendant
  return !NOT_DEFENDANT_AFTER.test(text.slice(m.end, m.end + 30)) || RULED_SUBJECT.test(text.slice(m.end, m.end + 140));
}


/** a person told with an unnamed relative: "the applicant and her husband", "X and his wife" */
const RELATIVE_PARTNER = /^\s*,?\s+and\s+(?:his|her)\s+(?:husband|wife|partner|son|daughter|brother|sister|father|mother)\b(?!\s*,?\s+\p{Lu})/u;

/** The text says this judge, lawyer or official was penalised: "Lawyer X was convicted", "dismissed Associate Justice X". */
function ruledHere(text: string, m: Mention): boolean {
  return saysPenalised(text, m) || RULED_TITLED_OBJECT.test(text.slice(Math.max(0, m.start - 50), m.start));
}

/** a ruling on a judge or lawyer told by the verb before the title: "dismissed Associate Justice X", "punished Judge X with" */
const RULED_TITLED_OBJECT = /\b(?:dismissed|removed|punished|suspended|disbarred|fined|sentenced|convicted|impeached)\s+(?:(?:Associate|Chief|Deputy|Presiding)\s+)?(?:Justice|Judge|Magistrate|Prosecutor|Atty\.|Attorney|Lawyer)\s+$/;

/** the word after a name that makes it a firm's: "Markland Manufacturing", "Smith & Co.", "Jones Ltd" */
const FIRM_AFTER = /^\s*(?:&\s*(?:Co|Sons)\b|(?:Manufacturing|Inc|Ltd|Limited|Corp|Corporation|Company|Co\.|Industries|Holdings|LLC|plc|PLC|GmbH|Enterprises|Associates|Technologies|Airlines|Motors|Construction|Chemicals|Foods)\b)/;

/** an apposition and then a ruling in the passive: ", a lawyer in Tehran, was sentenced" */
const RULED_SUBJECT = /^,\s+(?:the\s+|a\s+)?(?:lawyer|attorney|judge|prosecutor)\b[^;.]{0,80}?,\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:sentenced|jailed|fined|convicted|imprisoned|given|handed|disbarred|banned|arrested)\b/i;

/** "A and his wife B", "A and his deputies B and C" (not "A and his lawyer B": lawyers are no defendants) */
const LIST_RELATION = /^\s*,?\s+and\s+(?:(?:his|her|their)\s+(?!lawyers?\b|attorneys?\b|judges?\b)(?:[a-z-]+,?\s+){1,2}|the\s+(?!lawyers?\b|attorneys?\b|judges?\b)(?:[a-z'’-]+\s+){1,3}?(?:[a-z-]+),\s+)$/;

/** list mates told with an apposition or a title between: "A, a former intelligence chief, and B", "A and the former
 * chief judge of the court, B", "He, alongside B,", "A and former Defense Minister B" */
const LIST_APPOSITION = /^\s*,\s+(?:an?|the)\s+[^,.;()"“”]{1,60},\s+(?:and\s+)?$|^\s+and\s+(?:the|an?)\s+[^,.;()"“”]{1,70},\s+$|^\s*,\s+(?:alongside|along\s+with|together\s+with)\s+$|^\s*,?\s+and\s+(?:former|ex-|then|deputy|fellow)\s+(?:[\p{L}-]+\s+){1,3}$/u;

/** a rank or title before a list mate's name: "A, 25, Cpl B", "A, B and Imam C" */
const TITLE_BEFORE_NAME = /(?:L\/Cpl|Cpl|Sgt|Pte|Pvt|Spc|Lt|Capt|Maj|Col|Gen|Dr|Mr|Mrs|Ms|Prof|Cadet|Private|Corporal|Sergeant|Lieutenant|Captain|Major|Colonel|Constable|PC|Officer|Imam|Sheikh|Sheik|Mullah|Maulana|Ayatollah|Rev|Reverend|Father|Pastor|Bishop)\.?\s+$/;

/** The mention and those listed with it: "A, B and C". */
function withList(text: string, ms: Mention[], idx: number): Mention[] {
  const out = [ms[idx]];
  for (let i = idx - 1; i >= 0; i--) {
    // an age after a name does not break the list: "A, 52, and her neighbour B"
    const gap = text.slice(ms[i].end, out[0].start).replace(/^\s*\(\d{1,3}\)|^,\s*(?:aged\s+)?\d{1,3}(?=,)/, '').replace(TITLE_BEFORE_NAME, ' ');
    if ((/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/.test(gap) || LIST_RELATION.test(gap) || LIST_APPOSITION.test(gap)) && isDefendantSlot(text, ms[i])) out.unshift(ms[i]);
    else break;
  }
  return out;
}

/** the object of a penalty noun named with a place and an office: " of London Mayor ", " on Governor " */
const OFFICE_OBJECT = /^\s+(?:of|on|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+){0,2}?(?:Mayor|Governor|Minister|Senator|Councillor|Councilor|Deputy|Commissioner|Chairman|Chief|Director|Sheriff|Officer|Constable|Inspector|Sergeant|Captain|Colonel|General|Major|Lieutenant|Associate\s+Justice|Justice)\s+$/u;

/** A ruling verb takes the reference as its object, or a passive ruling follows it. */
const RULING_OBJECT_BEFORE = /\b(?:sentenced|fined|jailed|imprisoned|convicted|gave|given|handed|ordered|banned|barred|warned|punished|imposed\s+(?:\w+\s+){0,4}?(?:on|upon)|found)\s+$/i;
function refInRulingSlot(text: string, m: Mention): boolean {
  // "... and the second applicant to two years": a carried ruling takes the reference too
  if (/^\s+to\s+(?:an?\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|fifteen\b|twenty\b|life\b|death\b)/i.test(text.slice(m.end, m.end + 20))) return true;
  if (RULING_OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
  if (objectPronoun(text, m)) return false;
  return saysPenalised(text, m) || /^\s+(?:(?:was|were|has\s+been|had\s+been|is|are|has|had)\s+)?(?:\w+\s+){0,3}?(?:sentenced|fined|jailed|given|handed|ordered|banned|convicted|imprisoned|placed|serving|received|got)\b/i.test(text.slice(m.end, m.end + 80));
}

/** An object pronoun is no subject: "the officer who beat her was fined". */
function objectPronoun(text: string, m: Mention): boolean {
  return /^(?:him|her|them)$/i.test(text.slice(m.start, m.end));
}

export interface Who { persons: Mention[]; inferred: boolean }

export interface Group {
  persons: Mention[];
  paraStart: number;
  /** where a plural reference resolved to these persons stands ("the applicants"), if it came from one */
  at?: number;
}

/** The last list of two or more persons in a sentence (penalised or just named together). */
export function lastGroup(text: string, sentMentions: Mention[], all: Mention[]): Mention[] {
  for (let i = sentMentions.length - 1; i >= 0; i--) {
    const list = withList(text, all, sentMentions[i].i);
    if (list.length > 1) return list;
  }
  return [];
}

export function whoGot(text: string, sent: Span, p: Phrase, ms: Mention[], paraStart: number, taken: Map<Phrase, Who>, phrases: Phrase[], group: Group | null, later?: () => Mention[][]): Who | null {
  const inSent = mentionsIn(ms, sent.start, sent.end);
  if (p.ownName) {
    const own = inSent.filter((m) => m.start >= p.start && m.end <= p.end && !m.ref);
    return own.length > 0 ? { persons: own, inferred: false } : null;
  }
  // a: "sentenced X to ...", "fined X 500 rubles", "gave X a warning": the object between the ruling verb and the phrase
  // (a reference without the name counts only where a ruling takes it: "sentenced him", "the applicant was fined",
  // not "inflicting harm on the applicant, and sentenced to a fine")
  const before = inSent.filter((m) => m.end <= p.anchor && isDefendantSlot(text, m) && !PLACE_BEFORE.test(text.slice(Math.max(sent.start, m.start - 25), m.start)) && (!m.ref || (refInRulingSlot(text, m) && !quotedThirdPerson(text, m))));
  const prevPhrase = phrases.filter((q) => q.end <= p.start && q !== p && q.start >= sent.start).pop();
  let fromPrev = prevPhrase ? before.filter((m) => m.start >= prevPhrase.end) : before;
  // "... and sentenced her to": a pronoun object after the last ruling verb hides the persons before it
  const lastVerb = lastRulingVerb(text, sent.start, p.anchor);
  const pronounObject =
    /^\S+\s+(?:him|her|them)\b/i.test(text.slice(lastVerb, p.start)) && !fromPrev.some((m) => m.start >= lastVerb) && INDEFINITE_OBJECT.test(text.slice(sent.start, lastVerb));
  if (pronounObject) fromPrev = [];
  // "X was executed for bribery, and in 2008 a party boss was jailed": a new unnamed subject after the last phrase
  // takes this one; it carries over to no one
  if (fromPrev.length === 0 && prevPhrase && (INTERVENING_SUBJECT.test(text.slice(prevPhrase.end, p.anchor)) || BODY_SUBJECT.test(text.slice(prevPhrase.end, p.start)))) return null;
  if (fromPrev.length > 0) {
    let pick = fromPrev[fromPrev.length - 1];
    // ("X, the lawyer of Y, was disbarred": the subject stands before the apposition)
    for (const m0 of fromPrev) if (m0 !== pick && (RELATIVE_SUBJECT.test(text.slice(m0.end, p.anchor)) || APPOSITION_SUBJECT.test(text.slice(m0.end, p.anchor)))) { pick = m0; break; }
    const idx = pick.i;
    // "X was executed, and in 2008 a party boss was jailed for 18 years": a new unnamed subject took the phrase
    if (INTERVENING_SUBJECT.test(text.slice(pick.end, p.anchor)) || BODY_SUBJECT.test(text.slice(pick.end, p.start))) return null;
    // "X was acquitted; his co-defendant was jailed", "X, whose brother was jailed": someone of X's is the subject
    // "X, who defended the activist, said the three-year sentence was unjust": X speaks of someone else's sentence
    const gap = text.slice(pick.end, p.start);
    if (OWNED_SUBJECT.test(text.slice(pick.end, p.end)) || (SPOKE_OF.test(gap) && !/\b(?:his|her|their|my|own)\s+(?:[\w-]+\s+){0,3}$/i.test(gap) && !/\b(?:I|we|he|she|they)\s+(?:was|were|had\s+been|has\s+been|have\s+been|got|received|would\s+serve)\b/i.test(gap))) return null;
    // "X was charged with the murder of 148 villagers, who were sentenced to death": a plural relative after one name
    // speaks of the unnamed many, not of X
    if (/\S[^,;.]{0,60},\s+who\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?$/u.test(text.slice(pick.end, p.start)) && withList(text, ms, idx).length === 1) return null;
    // the list is cut at the previous phrase: "... to 15 days, Noyan R. to 13 days"
    const list = withList(text, ms, idx).filter((m) => !prevPhrase || m.start >= prevPhrase.end);
    // "Majid and two other officials were sentenced ... The two other officials are A and B": the others named later
    const others = OTHERS_AFTER.exec(text.slice(list[list.length - 1].end, p.anchor));
    const namedLater = others && later?.().find((l) => l.length === wordNumber(others[1]) && !l.some((m) => list.some((x) => x.name === m.name)));
    if (namedLater) return { persons: [...list, ...namedLater.map((m) => ({ ...m, ref: true }))], inferred: false };
    return { persons: list, inferred: false };
  }
  // "A was fined X, and the eight other defendants were given Y": a new, unnamed subject takes the phrase after it
  if (prevPhrase && (UNNAMED_SUBJECT.test(text.slice(prevPhrase.end, p.start)) || COUNTED_SUBJECT.test(text.slice(prevPhrase.end, p.start)))) return null;
  // b: the same person as the phrase before, in the same clause chain: "to 40 hours of community service and a small fine"
  // ("13 days; on 24 March another 15 days": a term that refers back to the one before may cross a semicolon)
  // "... for two organisers and fined a third": the verb has an object of its own, unnamed
  if (/^\s+(?:an?\s+(?:third|fourth|fifth|sixth)|another|others|the\s+(?:other|others|rest|third|fourth))\b/i.test(text.slice(p.end, p.end + 30))) return null;
  const gapPrev = prevPhrase ? text.slice(prevPhrase.end, p.start) : '';
  if (prevPhrase && taken.has(prevPhrase) && !OWNED_SUBJECT.test(text.slice(prevPhrase.end, p.end)) && (/^[^;]{0,160}$/.test(gapPrev) || (p.carried && /^[^.]{0,160}$/.test(gapPrev)))) {
    const w = taken.get(prevPhrase)!;
    return { persons: w.persons, inferred: w.inferred };
  }
  // c: a person right after: "a warning to Bukenov", "fines on A and B"
  // (a subject pronoun is no object: "fined 500 and stripped of the results he achieved")
  // ("the suspension of London Mayor X": the person's place and office stand between)
  // (not past an agent: "sentenced to death by the government of X")
  // (nor inside the offence: "jailed for lying to protect X", "fined for insulting X")
  const after = inSent.find((m) => m.start >= p.end && !/\bby\b|\bfor\s+\p{Ll}+ing\b/u.test(text.slice(p.end, m.start)) && !(m.ref && /^(?:he|she)$/i.test(text.slice(m.start, m.end))) && m.start - p.end <= 50 && (isDefendantSlot(text, m) || (OFFICE_OBJECT.test(text.slice(p.end, m.start)) && isDefendantSlot(text, m, true))) && (/^[^.;]*?\b(?:to|on|against|for|of)\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,4}|(?:Mr|Mrs|Ms|Dr|Messrs)\.?),?\s+){0,3}$/u.test(text.slice(p.end, m.start)) || OFFICE_OBJECT.test(text.slice(p.end, m.start))));
  if (after) return { persons: listFrom(text, ms, after, sent.end), inferred: false };
  // c3: "Seven men were sentenced to death, including A and B": the persons listed right after the phrase
  // (only straight after it: "sentenced for killing 148 people, including Y" lists victims)
  const listed = inSent.find((m) => m.start >= p.end && INCLUDING_AFTER.test(text.slice(p.end, m.start)) && isDefendantSlot(text, m));
  if (listed) return { persons: listFrom(text, ms, listed, sent.end), inferred: false };
  // c2: "X, who ..., was sentenced" is covered by a; a person after the ruling verb with the phrase first: "handed a fine to X" covered by c
  // d: "he was sentenced": the last defendant-like person mentioned before, in the paragraph
  const head = text.slice(sent.start, Math.max(p.start, p.anchor));
  // "They were each fined", "ordered each of them to pay": the group penalised or listed just before
  // (or a plural reference the discourse layer resolved, told before the phrase: "the applicants were sentenced")
  const resolvedHere = group?.at !== undefined && group.at >= sent.start && group.at < p.start;
  // "imposing fines of EUR 5 on each of them", "a warning to both": the group is the object after the phrase
  const groupAfter = /^\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:imposed|levied)\s+)?(?:on|to|against|upon|for)\s+(?:each\s+of\s+them|each\s+of\s+the\s+(?:applicants|defendants|accused)|each\s+(?:applicant|defendant)|both\s+(?:applicants|defendants)|them(?:\s+each)?|both(?:\s+of\s+them)?|all\s+of\s+them)\b/.test(text.slice(p.end, p.end + 40));
  if ((resolvedHere || groupAfter || /\b(?:they|They|them|each|Each|both|Both|all\s+(?:three|four|five|six|of\s+them)|the\s+(?:two|three|four|five|six)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:parties|companies|firms|groups|organi[sz]ations|newspapers|channels|banks|countries|states|agencies|outlets|charges|counts|cases)\b))/.test(head)) && group && group.persons.length > 1 && group.paraStart === paraStart) {
    return { persons: group.persons, inferred: true };
  }
  // "summonses on the applicant and her husband ... they were both fined": of a couple, the one the text names
  if (/^\s*(?:[^.;]{0,40}\s)?(?:they|They)\s+(?:were|have\s+been|had\s+been)\s+(?:both\s+|each\s+|again\s+|also\s+)*(?:fined|sentenced|convicted|jailed|imprisoned|given|ordered)\b/.test(head)) {
    const named = mentionsIn(ms, paraStart, sent.start).filter((m) => RELATIVE_PARTNER.test(text.slice(m.end, m.end + 40)) && isDefendantSlot(text, m)).pop();
    if (named && !mentionsIn(ms, named.end, sent.start).some((m) => m.name !== named.name)) return { persons: [named], inferred: true };
  }
  // "fined three journalists ..." then "The court convicted A, B and C": the next list of exactly that many persons
  const verbRegion = text.slice(sent.start, p.anchor);
  const verbAt = Math.max(...[...verbRegion.matchAll(/\b(?:sentenced|fined|jailed|gave|given|handed|ordered|banned|convicted|imprisoned)\b/gi)].map((v) => v.index ?? 0), 0);
  // (a count told with the phrase before belongs to it: "seven days' detention for two organisers and fined a third";
  // "ordered seven days' detention for two organisers": the count may follow the phrase)
  const countFrom = Math.max(sent.start + verbAt, prevPhrase?.end ?? 0);
  const counted =
    COUNTED_GROUP.exec(text.slice(countFrom, Math.max(p.start, p.anchor))) ??
    COUNTED_AFTER.exec(text.slice(p.end, sent.end)) ??
    (prevPhrase ? null : COUNTED_SUBJECT_BEFORE.exec(text.slice(sent.start, sent.start + verbAt)) ?? countedPassiveSubject(text, sent, p));
  if (counted && later) {
    const n = wordNumber(counted[1]);
    const list = later().find((l) => l.length === n);
    if (list) return { persons: list, inferred: true };
  }
  // wire leads: "sentenced a civic activist ... to three years", the person named in the next sentences
  // ("A former employee of the tollway authority was sentenced on Monday to one year": an unnamed subject of a passive ruling)
  const indefiniteSubject = INDEFINITE_SUBJECT.test(text.slice(sent.start, p.start)) && !inSent.some((m) => m.end <= p.start);
  if (later && (indefiniteSubject || INDEFINITE_OBJECT.test(text.slice(pronounObject ? sent.start : sent.start + verbAt, p.start))) && !/\b(?:he|she|they)\b/i.test(head)) {
    const next = laterFirst(text, p, ms);
    if (next) return { persons: [next], inferred: true };
  }
  // "he was given ...", "the sentence was later reduced to ...": the defendant named last in the paragraph
  // "on condition that she not commit another offence during a five-year supervision period": a subject pronoun the
  // discourse layer resolved, not taken by a preposition ("harm on the applicant")
  const subjectRef = inSent.filter((m) => m.ref && m.end <= p.anchor && !objectPronoun(text, m) && isDefendantSlot(text, m) && !quotedThirdPerson(text, m) && !/\b(?:on|against|to|for|of|with|by|from|at|about|toward|towards|upon)\s+$/i.test(text.slice(Math.max(sent.start, m.start - 12), m.start))).pop();
  if (subjectRef) return { persons: [subjectRef], inferred: true };
  // '"I was sentenced to imprisonment," he said': the speaker of a first-person quote about their own sentence
  if (/\b(?:I|we)\s+(?:was|were|had\s+been|have\s+been|got)\s+(?:\w+\s+)?(?:sentenced|jailed|fined|imprisoned|given|convicted)\b/.test(head) && inQuote(text, p.start)) {
    const speaker = quoteSpeaker(text, sent, p, inSent);
    // (the speaker's "said" is no bar here: the speaker says it of themself)
    if (speaker && !(speaker.role && NOT_PENALISED_ROLES.has(speaker.role))) return { persons: [speaker], inferred: true };
  }
  // (pronouns are the discourse layer's: one it resolved is a mention above, one it could not stays unknown)
  // ("the Supreme Court upheld the sentence of eight years": the sentence of the one tried before)
  // ("his death sentence was upheld": the owner is the one tried before, too)
  // (the anchored forms are short: they are tried on the head's end, so a long sentence costs no scan per phrase)
  const headEnd = head.slice(-ANCHORED_HEAD_CHARS);
  if (/\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:prison\s+|jail\s+)?(?:sentence|term)\s+(?:was|had\s+been|has\s+been|is)\b/.test(head) || /\b(?:upheld|confirmed|endorsed)\s+(?:the|this|that)\s+(?:prison\s+)?(?:sentence|term)\s+of\s+$|\b(?:[Hh]is|[Hh]er)\s+death\s+sentence$/.test(headEnd)) {
    const prior = mentionsIn(ms, paraStart, p.start).filter((m) => isDefendantSlot(text, m)).pop();
    if (prior) return { persons: [prior], inferred: true };
  }
  // "the jury handed down a sentence of 66 months": a court's ruling with no one named in the sentence goes to the one
  // person the text casts as defendant, named before it
  // ("dismissed the applicant's appeal but reduced his sentence to": a possessive the reference finder leaves alone)
  if ((inSent.length === 0 && COURT_HANDED_DOWN.test(headEnd)) || (!inSent.some((m) => m.end <= p.start) && OWN_SENTENCE_CHANGED.test(headEnd))) {
    const defendants = new Set(ms.filter((m) => m.personRole === 'defendant' && !m.ref).map((m) => m.name));
    const prior = defendants.size === 1 ? mentionsIn(ms, 0, p.start).filter((m) => defendants.has(m.name)).pop() : undefined;
    if (prior) return { persons: [prior], inferred: true };
  }
  return null;
}

/** The persons listed from `first` on, up to the sentence's end: "A, B and C", "A and his nephew B". */
function listFrom(text: string, ms: Mention[], first: Mention, sentEnd: number): Mention[] {
  const list = [first];
  for (let i = first.i + 1; i < ms.length && ms[i].end <= sentEnd; i++) {
    const gap = text.slice(list[list.length - 1].end, ms[i].start);
    // "handed to A and his nephew B": a relation word between list mates
    if (/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(gap) || (LIST_RELATION.test(gap) && isDefendantSlot(text, ms[i]))) list.push(ms[i]);
    else break;
  }
  return list;
}

/** right after a phrase, the start of a list of some of those penalised: ", including ", ", among them ", "; those people include " */
const INCLUDING_AFTER = /^(?:\s+(?:each|apiece))?\s*[,;]?\s*(?:including|among\s+them|among\s+whom\s+(?:were|are)|(?:those|these)\s+(?:people\s+|men\s+|women\s+)?include[ds]?|they\s+include[ds]?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;

/** The longest a phrase-anchored pattern on the head can match, with room to spare: "the jury ... handed down a ... sentence of". */
const ANCHORED_HEAD_CHARS = 300;

/** a court's ruling with no object: "the jury handed down a sentence of", "the tribunal imposed a fine of" */
const COURT_HANDED_DOWN = /\b(?:court|jury|judge|tribunal|panel|magistrates?|bench)\s+(?:\w+\s+){0,2}?(?:handed\s+down|imposed|passed|issued|delivered|pronounced|announced)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term|penalty|fine)s?\s+(?:of\s+)?$/i;

/** "reduced his sentence to", "her sentence was commuted to": the sentence of someone named before */
const OWN_SENTENCE_CHANGED = /\b(?:(?:cut|reduced|commuted|increased|lowered|changed)\s+(?:his|her)\s+(?:prison\s+)?(?:sentence|term)|(?:His|his|Her|her)\s+(?:prison\s+)?(?:sentence|term)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:cut|reduced|commuted|increased|lowered|changed))\s+(?:on\s+appeal\s+)?(?:from\s+\S+\s+)?to\s+$/;

/** A pronoun inside quoted speech (not the speaker's own "I"/"me"): the speaker's "him" is someone of the
 * speaker's story, and the pronoun resolver, which reads the narrative, cannot say who ("I wrote ... reminding him"). */
function quotedThirdPerson(text: string, m: Mention): boolean {
  // (a role noun means the same inside a quoted judgment: “sentences the applicant to ...”)
  return /^(?:he|him|she|her|they|them|his)$/i.test(text.slice(m.start, m.end)) && inQuote(text, m.start);
}

/** True when `at` stands inside a quotation opened earlier on its line. */
function inQuote(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const head = text.slice(lineStart, at);
  const curly = (head.match(/“/g)?.length ?? 0) > (head.match(/”/g)?.length ?? 0);
  const straight = (head.match(/"/g)?.length ?? 0) % 2 === 1;
  return curly || straight;
}

/** Who speaks a quote: '..., he said' / '..., said X' after it, or 'X said: "...' before it, in the sentence. */
function quoteSpeaker(text: string, sent: Span, p: Phrase, inSent: Mention[]): Mention | null {
  const after = inSent.find((m) => m.start >= p.end && /["”]/.test(text.slice(p.end, m.start)) && (/^\s+(?:said|says|told|added|stated|explained)\b/.test(text.slice(m.end, m.end + 12)) || /\b(?:said|says|told|added|stated)\s+$/.test(text.slice(Math.max(p.end, m.start - 10), m.start))));
  if (after) return after;
  return inSent.filter((m) => m.end <= p.start && /^\s*(?:said|says|told\s+\w+|added|stated)\s*[,:]?\s*["“]/.test(text.slice(m.end, m.end + 30))).pop() ?? null;
}

/** Offset of the last ruling verb before `at` in the sentence (the sentence start if none). */
function lastRulingVerb(text: string, from: number, at: number): number {
  let last = from;
  for (const v of text.slice(from, at).matchAll(/\b(?:sentenced|fined|jailed|gave|given|handed|ordered|banned|convicted|imprisoned)\b/gi)) last = from + (v.index ?? 0);
  return last;
}

/** a person named as the head of a body: "translator for the head of the force, General Sir " (someone else's superior) */
const HEAD_OF_APPOSITION = /\bthe\s+(?:head|chief|commander|leader|director|chairman|president|boss)\s+of\s+[^.;]{1,90},\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** The first defendant-like person named after a phrase, within the next two sentences. */
function laterFirst(text: string, p: Phrase, ms: Mention[]): Mention | null {
  // one unnamed defendant is one person: skip persons named as part of a list ("A, B and C")
  let first: Mention | undefined;
  for (let i = lowerBound(ms, p.end); i < ms.length && !first; i++) {
    const inList = withList(text, ms, i).length > 1 || (i + 1 < ms.length && withList(text, ms, i + 1).length > 1 && withList(text, ms, i + 1)[0] === ms[i]);
    // (a person the text casts in another part, a complainant or a witness, is not the unnamed defendant)
    const otherPart = (ms[i].role != null && ms[i].role !== 'defendant') || HEAD_OF_APPOSITION.test(text.slice(Math.max(0, ms[i].start - 120), ms[i].start));
    if (!ms[i].ref && !otherPart && isDefendantSlot(text, ms[i]) && !inList) first = ms[i];
  }
  if (!first) return null;
  // at most two sentence ends between
  const gap = text.slice(p.end, first.start);
  return (gap.match(/[.!?]["”’)]?\s+(?=[A-Z“"])/g)?.length ?? 0) <= 2 ? first : null;
}

/** Lists of two or more persons in the next two sentences. */
export function laterLists(text: string, sentences: readonly Span[], si: number, ms: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  sentences.slice(si + 1, si + 1 + GROUP_NAMED_SENTENCES).forEach((s, k) => {
    const inS = mentionsIn(ms, s.start, s.end);
    for (let i = inS.length - 1; i >= 0; i--) {
      const list = withList(text, ms, inS[i].i);
      // (past the next two sentences, only a list that says it names the group: "The three men, named as A, B and C")
      if (list.length > 1 && (k < 2 || GROUP_NAMED_BEFORE.test(text.slice(Math.max(s.start, list[0].start - 60), list[0].start)))) out.push(list);
    }
  });
  return out;
}

/** "Three men convicted of murder were hanged": a counted subject of a phrase told in the passive */
const COUNTED_PASSIVE_SUBJECT = /(?:^|[.;:]\s*|,\s+)["“]?([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d)\s+(?:[\p{L}-]+\s+){0,2}?(?:[a-z]+s|people|men|women)\b(?:\s+(?:convicted|accused|found\s+guilty|charged)\b[^.;,]{0,60}?)?\s*$/u;
function countedPassiveSubject(text: string, sent: Span, p: Phrase): RegExpExecArray | null {
  if (!/^(?:were|have\s+been|had\s+been)\s/.test(text.slice(p.start, p.end))) return null;
  return COUNTED_PASSIVE_SUBJECT.exec(text.slice(Math.max(sent.start, p.start - ANCHORED_HEAD_CHARS), p.start));
}

/** How far ahead a group penalised without names may be named: "Three men were hanged ... The three men, named as A, B and C" */
const GROUP_NAMED_SENTENCES = 12;
const GROUP_NAMED_BEFORE = /\b[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|people|men|women),?\s+(?:(?:who\s+(?:were|have\s+been)\s+)?(?:named|identified)(?:\s+as)?|namely)\s+$/;

export function distributeRespectively(phrases: Phrase[], taken: Map<Phrase, Who>): void {
  const withWho = phrases.filter((p) => taken.has(p));
  for (let i = 0; i < withWho.length; ) {
    const names = taken.get(withWho[i])!.persons;
    let j = i + 1;
    while (j < withWho.length && taken.get(withWho[j])!.persons === names) j++;
    // a single phrase over a list of amounts ("fined 252,500 and 126,250 tenge") is split into one phrase per amount before this
    if (j - i === names.length && names.length > 1) {
      for (let k = i; k < j; k++) taken.set(withWho[k], { persons: [names[k - i]], inferred: false });
    }
    i = j;
  }
}
