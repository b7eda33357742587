/**
 * extractPersons(text) -> Person[]: every individual named in the text, once,
 * under the fullest form given, with every mention (surname-only and
 * transliterated ones included). Regex + gazetteers do the work; compromise
 * (with the casefile plugin) is asked only about runs of unknown capitalised words.
 * Example: extractPersons('Blogger Aibolat Bukenov was fined. Bukenov appealed.')
 *   -> [{ name: 'Aibolat Bukenov', mentions: [..2 spans] }]
 */
import type { Person, Span } from '../../src/contract';
import { compromiseLexicon, getNlp } from '../nlp/plugin';
import { asAnalysis, type Analysis } from '../nlp/analysis';
import { findCandidates, type Candidate, type CandidateContext, type TokenClass } from './candidates';
import { FIRST_NAME_SET, HONORIFIC_WORDS, JUDGE_OFFICE_AFTER, LIST_JOINER, PERSON_VERB_AFTER, PERSON_VERB_BEFORE } from './rules';
import { groupPersons } from './group';
import { BROAD_GIVEN_NAMES, foldName } from './data/broad-given-names';

export { findDescriptor } from './descriptor';
export { surnameKey } from './transliteration';

const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Demonym', 'Address']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'Place', 'City', 'Country', 'Region', 'ProperNoun']);
// adjectives, brands, kinds of people and exclamations open names of things ("Great Wall", "Nissan Motor", "Saint Neots")
const THING_OPENER_TAGS = new Set(['Adjective', 'Organization', 'Actor', 'Expression']);

/** Common-word test: compromise's lexicon knows it as a non-name, or the text uses it in lower case. */
function commonWordTest(text: string): CandidateContext {
  const lexicon = compromiseLexicon();
  let lowerWords: Set<string> | null = null;
  const tagsOf = (word: string): string[] => {
    const tag = lexicon[word.toLowerCase()];
    return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
  };
  return {
    opensThings(word: string): boolean {
      return tagsOf(word).some((t) => THING_OPENER_TAGS.has(t));
    },
    isPlaceWord(word: string): boolean {
      const tag = lexicon[word.toLowerCase()];
      if (tag === undefined) return false;
      return (Array.isArray(tag) ? tag : [tag]).some((t) => PLACE_TAGS.has(t));
    },
    isCommonWord(word: string): boolean {
      const low = word.toLowerCase();
      const tag = lexicon[low];
      if (tag !== undefined) {
        const tags = Array.isArray(tag) ? tag : [tag];
        if (!tags.some((t) => NAME_TAGS.has(t))) return true;
      }
      if (!lowerWords) {
        lowerWords = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+/gu) ?? []);
      }
      return lowerWords.has(low);
    },
  };
}

/**
 * compromise costs about a millisecond a call: a document gets this many calls, plus one per
 * COMPROMISE_CHARS_PER_CALL of text, so that a page of unknown capitalised words cannot stall a worker.
 */
const COMPROMISE_BASE_CALLS = 32;
const COMPROMISE_CHARS_PER_CALL = 4096;

/** Words of context on each side that compromise sees: enough for its patterns, far cheaper than the sentence. */
const COMPROMISE_CONTEXT_WORDS = 4;

/** Asks compromise whether a run of unknown capitalised words is a person, looking at a few words around it. */
function compromiseSaysPerson(text: string, sentence: Span, candidate: Candidate): boolean {
  const left = text.slice(Math.max(sentence.start, candidate.span.start - 200), candidate.span.start).split(/\s+/).slice(-COMPROMISE_CONTEXT_WORDS - 1).join(' ');
  const right = text.slice(candidate.span.end, Math.min(sentence.end, candidate.span.end + 200)).split(/\s+/).slice(0, COMPROMISE_CONTEXT_WORDS + 1).join(' ');
  const doc = getNlp()(`${left}${candidate.span.text}${right}`);
  const people = doc.people().out('array') as string[];
  const want = candidate.span.text.toLowerCase();
  return people.some((p) => p.toLowerCase().replace(/[.,;:'’]+$/, '').includes(want) || want.includes(p.toLowerCase()));
}

/** A person-taking verb on either side: "sentenced X", "X was fined". */
function verbSaysPerson(text: string, sentence: Span, c: Candidate): boolean {
  const after = text.slice(c.span.end, Math.min(sentence.end, c.span.end + 30));
  const before = text.slice(Math.max(sentence.start, c.span.start - 40), c.span.start);
  return PERSON_VERB_AFTER.test(after) || PERSON_VERB_BEFORE.test(before);
}

/** Accepts doubtful names listed together with accepted ones: "A, B and C" where A is known. */
function acceptListMates(text: string, items: Array<{ c: Candidate; ok: boolean }>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < items.length; i++) {
      if (items[i].ok) continue;
      const prev = items[i - 1];
      const next = items[i + 1];
      const linked = (a: Candidate, b: Candidate) => LIST_JOINER.test(text.slice(a.span.end, b.span.start));
      if ((prev && prev.ok && linked(prev.c, items[i].c)) || (next && next.ok && linked(items[i].c, next.c))) {
        items[i].ok = true;
        changed = true;
      }
    }
  }
}

/** The last word of a candidate as a candidate of its own: in a headline only the surname is sure to be a name. */
function lastWordOf(c: Candidate): Candidate {
  const last = c.tokens[c.tokens.length - 1];
  return { tokens: [last], span: { start: last.start, end: last.end, text: last.text }, cue: c.cue, doubtful: c.doubtful };
}

export function extractPersons(input: string | Analysis): Person[] {
  const a = asAnalysis(input);
  const text = a.text;
  if (text.length === 0) return [];
  const ctx = commonWordTest(text);
  // One verdict per distinct phrase, and a call budget (see COMPROMISE_BASE_CALLS).
  const verdicts = new Map<string, boolean>();
  let callsLeft = COMPROMISE_BASE_CALLS + Math.floor(text.length / COMPROMISE_CHARS_PER_CALL);
  const askCompromise = (sentence: Span, c: Candidate): boolean => {
    const known = verdicts.get(c.span.text);
    if (known !== undefined) return known;
    if (callsLeft <= 0) return false;
    callsLeft--;
    const verdict = compromiseSaysPerson(text, sentence, c);
    verdicts.set(c.span.text, verdict);
    return verdict;
  };
  const full: Candidate[] = [];
  const singles: Array<{ candidate: Candidate; standalone: boolean }> = [];
  for (const sentence of a.sentences) {
    const items: Array<{ c: Candidate; ok: boolean; multi: boolean }> = [];
    for (const c of findCandidates(text, sentence, ctx)) {
      const multi = c.tokens.filter((t) => t.cls !== 'particle').length > 1;
      const ok = !c.doubtful || (multi && (verbSaysPerson(text, sentence, c) || askCompromise(sentence, c)));
      items.push({ c, ok, multi });
    }
    // Only multi-word names gain from their list mates: a lone unknown word next to a name stays doubtful.
    acceptListMates(text, items.filter((it) => it.multi || it.ok));
    // ... except in a list after a plural title or a person called by a name: "Justices Breyer, Ginsburg and Souter",
    // "The killers, known as Elias Maluco and Ratinho"
    for (const it of items) {
      const before = text.slice(Math.max(sentence.start, it.c.span.start - 200), it.c.span.start);
      if (!it.ok && (PLURAL_TITLE_LIST.test(before) || PERSON_KNOWN_AS_LIST.test(before))) it.ok = true;
    }
    // in a title-case headline every word is capitalised: its names only join persons named in the text
    const headline = a.isHeadline(sentence.start);
    for (const it of items) {
      if (headline) singles.push({ candidate: lastWordOf(it.c), standalone: false });
      else if (it.c.joinOnly) singles.push({ candidate: it.c, standalone: false });
      else if (it.ok && it.multi) full.push(it.c);
      // Single words, and doubtful multi-word runs, count only as mentions of someone named elsewhere.
      else singles.push({ candidate: it.c, standalone: it.ok });
    }
  }
  acceptJudgesByPostNominal(text, singles);
  acceptRepeatedSurnames(text, singles);
  acceptCaseParties(text, singles);
  const credits = creditNames(text);
  for (const c of credits) if (!full.some((f) => f.span.start < c.span.end && c.span.start < f.span.end)) full.push(c);
  // a surname in capitals is the fuller form of what the sentence rules cut at it ("Juraj" of "Juraj LAKATOŠ"),
  // but no part of a byline in capitals ("By JANE E. BRODY")
  const caps = capitalSurnameNames(text, ctx).filter((k) => !credits.some((c) => c.span.start < k.span.end && k.span.start < c.span.end));
  if (caps.length > 0) {
    const overlaps = (c: Candidate) => caps.some((k) => c.span.start < k.span.end && k.span.start < c.span.end);
    full.splice(0, full.length, ...full.filter((c) => !overlaps(c)), ...caps);
    singles.splice(0, singles.length, ...singles.filter((s) => !overlaps(s.candidate)));
  }
  return groupPersons(full, singles);
}

/** the classes of a word that may name a person alone: a given name, a surname, a word no list knows */
const LONE_NAME_CLASSES: ReadonlySet<TokenClass> = new Set<TokenClass>(['unknown', 'surname', 'weak', 'first']);

/** what cites a case of the Strasbourg court or the Commission after its parties: "no. 39293/98", "(dec.)", "§ 86", "Series A" */
const STRASBOURG_CITATION = /\b(?:nos?\.\s*\d|§|\(dec\.\)|\[GC\]|Series\s+A|ECHR\s+\d|Reports\s+of|judgment\s+of|[Aa]pplication)|\[\d{4}\]/;
/** the member states of the Council of Europe, as the Strasbourg court names the respondent: "Lucà v. Italy" */
const RESPONDENT_STATE = /^\s+v\.?\s+(?:the\s+)?(?:Albania|Andorra|Armenia|Austria|Azerbaijan|Belgium|Bosnia|Bulgaria|Croatia|Cyprus|Czech|Denmark|Estonia|Finland|France|Georgia|Germany|Greece|Hungary|Iceland|Ireland|Italy|Latvia|Liechtenstein|Lithuania|Luxembourg|Malta|Moldova|Monaco|Montenegro|Netherlands|North\s+Macedonia|Macedonia|Norway|Poland|Portugal|Romania|Russia|San\s+Marino|Serbia|Slovakia|Slovenia|Spain|Sweden|Switzerland|Turkey|Türkiye|Ukraine|United\s+Kingdom)\b/;
const PARTY_BEFORE = /\p{Lu}[\p{L}'’-]*\s+v\.\s+$/u;
/** (with its period: "v Republiki Sloveniji" is a Slavic "in") */
const PARTY_AFTER = /^\s+v\.\s+\p{Lu}/u;

/**
 * A party of a case cited the way news cites American cases ("Hamdan v. Rumsfeld (2006)", "the Bush v. Gore
 * election") is a person of its own, as the gold on news reads it; a case of the Strasbourg court ("Lucà v. Italy,
 * no. 33354/96, § 31") or of a law report ("[1982] JPL 785") names its parties only as mentions of someone named elsewhere.
 */
function acceptCaseParties(text: string, singles: Array<{ candidate: Candidate; standalone: boolean }>): void {
  if (!/\sv\.?\s\p{Lu}/u.test(text)) return;
  for (const s of singles) {
    const c = s.candidate;
    if (s.standalone || c.tokens.length > 2 || !c.tokens.every((t) => LONE_NAME_CLASSES.has(t.cls))) continue;
    const first = PARTY_AFTER.test(text.slice(c.span.end, c.span.end + 12));
    const second = PARTY_BEFORE.test(text.slice(Math.max(0, c.span.start - 40), c.span.start));
    if (!first && !second) continue;
    if (STRASBOURG_CITATION.test(text.slice(c.span.end, c.span.end + (first ? 140 : 90)))) continue;
    if (first && RESPONDENT_STATE.test(text.slice(c.span.end, c.span.end + 40))) continue;
    s.standalone = true;
    if (c.joinOnly) delete c.joinOnly;
  }
}

/** An English judge named by surname and office: "Wilson LJ", "Collins J said". */
const JUDGE_POSTNOMINAL = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]+) ${JUDGE_OFFICE_AFTER}`, 'gu');

function acceptJudgesByPostNominal(text: string, singles: Array<{ candidate: Candidate; standalone: boolean }>): void {
  if (!/\p{Ll} (?:LJ|MR|LCJ|JSC|J)\b/u.test(text)) return;
  for (const m of text.matchAll(JUDGE_POSTNOMINAL)) {
    const start = m.index!;
    const end = start + m[1].length;
    const same = singles.find((s) => s.candidate.span.start === start && s.candidate.span.end === end);
    if (same) {
      same.standalone = true;
      delete same.candidate.joinOnly;
      continue;
    }
    if (singles.some((s) => s.candidate.span.start < end && start < s.candidate.span.end)) continue;
    const token = { start, end, text: m[1], cls: 'surname' as const };
    singles.push({ candidate: { tokens: [token], span: { start, end, text: m[1] }, cue: true, doubtful: false }, standalone: true });
  }
}

// (not an agency or a phrase: "BY THE ASSOCIATED PRESS", "BY STAFF REPORTERS")
const CAPS_NAME = String.raw`(?!(?:THE|A|AN|OUR|STAFF|REUTERS|ASSOCIATED|AGENCE|AFP|AP|BBC|CNN)\b)\p{Lu}{2,}(?:['’-]\p{Lu}+)?(?: \p{Lu}\.)?(?: \p{Lu}{2,}(?:['’-]\p{Lu}+)?){1,2}`;
/** a byline in capitals at a line's start: "By CAROLINE PORTER And KRISTINA PETERSON", "BY EAMON QUINN" */
const BYLINE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:By|BY)\s+(?<names>${CAPS_NAME}(?:(?:\s*,\s*|\s+(?:and|And|AND)\s+)${CAPS_NAME}){0,3})(?=[ \t]*(?:\n|$|[,|•–—-]))`, 'gu');
/** a photo credit: "Photograph: Carl Court/AFP/Getty Images" (the name before the agency) */
const PHOTO_CREDIT = /\b(?:Photograph|Photo|Picture)s?\s*:\s*(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{Ll}'’-]+)(?=\s*\/)/gu;

/** A name read from a shape of its own (a byline, a credit, a signature list) as a sure candidate, a token a word. */
function shapedName(start: number, name: string): Candidate {
  const tokens = [...name.matchAll(/\S+/g)].map((w) => ({ start: start + w.index!, end: start + w.index! + w[0].length, text: w[0], cls: 'unknown' as const }));
  return { tokens, span: { start, end: start + name.length, text: name }, cue: true, doubtful: false };
}

/** Names that page furniture gives in its own shapes, which the sentence rules do not read: bylines in capitals, photo credits. */
function creditNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, name: string): void => { out.push(shapedName(start, name)); };
  if (/\b(?:By|BY)\s+\p{Lu}{2}/u.test(text)) {
    for (const m of text.matchAll(BYLINE)) {
      const names = m.groups!.names;
      const at = m.index! + m[0].indexOf(names);
      for (const n of names.matchAll(new RegExp(CAPS_NAME, 'gu'))) push(at + n.index!, n[0]);
    }
  }
  for (const m of text.matchAll(PHOTO_CREDIT)) push(m.index! + m[0].indexOf(m.groups!.name), m.groups!.name);
  return out;
}

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}]+(?:[-'’]\p{Lu}[\p{Lu}\p{M}]+)?`;
/**
 * Surnames in capitals, as Strasbourg writes its judges, registrars and applicants: after initials in a composition or
 * signature list ("MM. P. DUVAL R. MÄKINEN", "K. BAUER A. KOVÁCS Secretary President") or after a given name in a
 * case title ("by Milan DOBROVSKÝ against Slovakia").
 */
const INITIALS_CAPS = new RegExp(String.raw`(?<![\p{L}\p{M}.])(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,3}\s?(${CAPS_WORD})(?:\s(${CAPS_WORD}))?(?![\p{L}\p{M}])`, 'gu');
const GIVEN_CAPS = new RegExp(String.raw`(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}[\p{Ll}\p{M}]+)(?:\s\p{Lu}\.)?\s(${CAPS_WORD})(?![\p{L}\p{M}])`, 'gu');

/** an honorific right before: "Mr Lazar GHEORGHE" */
const TITLE_BEFORE = new RegExp(`(?:^|[\\s(])(?:${HONORIFIC_WORDS})\\.?\\s$`);

/** A word in capitals that may be a surname: not a heading's word ("A. THE FACTS", "II. RELEVANT LAW"), a place or an acronym. */
function capsSurname(word: string, ctx: CandidateContext): boolean {
  return word.length >= 4 && /[AEIOUYÁÉÍÓÚÄÖÜÂÊÎÔÛÀÈÌÒÙĂÝ]/u.test(word) && !ctx.isCommonWord(word) && !ctx.isPlaceWord(word);
}

function capitalSurnameNames(text: string, ctx: CandidateContext): Candidate[] {
  // (cheap tests first: most pages hold neither shape)
  const initials = /\p{Lu}\.\s?\p{Lu}[\p{Lu}\p{M}]{2}/u.test(text);
  const given = /\p{Ll}\s(?:\p{Lu}\.\s)?\p{Lu}[\p{Lu}\p{M}]{3}/u.test(text);
  if (!initials && !given) return [];
  const out: Candidate[] = [];
  const push = (start: number, name: string): void => { out.push(shapedName(start, name)); };
  const taken = (start: number, end: number) => out.some((c) => c.span.start < end && start < c.span.end);
  for (const m of given ? text.matchAll(GIVEN_CAPS) : []) {
    // a given name some list knows, or any word after a title ("Mr Lazar GHEORGHE")
    const word = m[1].toLowerCase();
    const known = (FIRST_NAME_SET.has(word) || BROAD_GIVEN_NAMES.has(foldName(word))) && !ctx.isCommonWord(m[1]);
    // ("Boštjan M. ZUPANČIČ": a middle initial makes the shape a name's)
    const initial = /\s\p{Lu}\.\s/u.test(m[0]) && !ctx.isCommonWord(m[1]);
    if (!(known || initial || TITLE_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index!))) || !capsSurname(m[2], ctx)) continue;
    push(m.index!, m[0]);
  }
  for (const m of initials ? text.matchAll(INITIALS_CAPS) : []) {
    if (!capsSurname(m[1], ctx) || taken(m.index!, m.index! + m[0].length)) continue;
    // ("I. CABRAL BARRETO": a second word in capitals is the surname's too, unless it opens the next line of a heading)
    const name = m[2] !== undefined && capsSurname(m[2], ctx) ? m[0] : m[0].slice(0, m[0].indexOf(m[1]) + m[1].length);
    // ("U.S. ARMY": initials that spell a country)
    if (/^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)/.test(name)) continue;
    push(m.index!, name.trimEnd());
  }
  return out;
}

// ("Lords Hope of Craighead, Millett": a peer's territorial designation follows the name)
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+of\s+\p{Lu}[\p{L}'’-]+)?`;
/** the names listed before the candidate, joined by commas and "and": "Breyer, Ginsburg, Stevens and " */
const NAMES_BEFORE = String.raw`(?:${LISTED_NAME}\s*,\s*)*(?:${LISTED_NAME}\s*,?\s*(?:and|&)\s+)?$`;
// a plural title, then the names listed up to the candidate: "Justices Breyer, Ginsburg, Stevens and "
// ... or a plural role in lower case: "officers Tsikrikas, Avgeris and Skoutas"
const PLURAL_TITLE_LIST = new RegExp(String.raw`\b(?:Justices|Judges|Lords|Messrs\.?|Mmes\.?|Senators|Drs\.?|Guardsmen|(?:police\s+)?officers|policemen|judges|prosecutors|lawyers|guards|agents)\s+${NAMES_BEFORE}`, 'u');
// persons given names: "The killers, known as Elias Maluco and "
const PERSON_KNOWN_AS_LIST = new RegExp(String.raw`\b(?:men|man|women|woman|killers?|suspects?|brothers|gunm[ae]n|bombers?|dealers?|militants?|defendants?|accused|pair|boss|leaders?|rapper|singer)\s*,?\s+(?:known|identified|nicknamed)\s+(?:only\s+)?as\s+${NAMES_BEFORE}`, 'u');

/** How often a lone surname must stand in a text, with a person's marks, to name someone the text never names in full. */
const REPEATED_SURNAME_MIN = 3;
// what only a person has or does right after the name: "Khadr's lawyers", "Khadr himself", "Khadr said"
const PERSONAL_AFTER = new RegExp('^(?:' + [
  String.raw`['’]s?\s+(?:[\p{L}-]+\s+)?(?:lawyers?|attorneys?|counsel|family|wife|husband|sons?|daughters?|father|mother|brothers?|sisters?|parents|relatives|trial|conviction|sentence|arrest|release|bail|plea|defen[cs]e|supporters|behaviou?r|movements|detention|extradition|own|life|death|health|home|guilt|innocence)\b`,
  String.raw`,?\s+(?:(?:has|had|also|later|then|previously|has\s+also|had\s+also)\s+)?(?:himself|herself|said|says|told|argued|testified|pleaded|claimed|remarked|denied|admitted|insisted|replied|died|resigned|confessed|apologi[sz]ed|blamed|wrote|stated|explained|added|recalled|complained|alleged|acknowledged|conceded|disputed|objected|declared|vowed|countered|retorted)\b`,
  String.raw`\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|further\s+|now\s+|still\s+)?(?:accused|charged|alleged|suspected|indicted|convicted|acquitted)\s+(?:of|with)\b`,
  // what a company or a place is not: "Bond was released in 2000", "Bond leaves behind three children"
  String.raw`\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:born|jailed|imprisoned|sentenced|disbarred|executed|hanged|released\s+from\s+(?:prison|jail)|released\s+in\s+\d{4})\b|\s+leaves\s+behind\b`,
  // an active clause of the name's own that goes on with "his" or "her": "Thompson had shown no remorse for his actions"
  // (not a passive one: "Bosnia and Herzegovina was rejected because of his origin")
  String.raw`\s+(?:had|has)\s+(?:[a-z]+\s+){1,3}(?:for|of|to|in|with|on)\s+(?:his|her)\s`,
].join('|') + ')', 'u');

/** a capitalised word (or "of") right before: "Iraqi Kurdistan", "of Kurdistan" */
const WORD_BEFORE_CAPITALISED = /(?:\p{Lu}[\p{L}'’-]*|\bof|\bthe)\s+$/u;

const PLACE_BEFORE_WORD = /\b(?:of|in|from|at|near|to|the)\s+$/i;

/**
 * "Khadr's lawyers ... Khadr himself ... Khadr would remain": a surname alone, never joined to a full name, that stands
 * at least REPEATED_SURNAME_MIN times and at least once with a person's mark is a person of its own. Only words no list
 * knows (not given names, ordinary words or places) and written in lower case after a capital.
 */
function acceptRepeatedSurnames(text: string, singles: Array<{ candidate: Candidate; standalone: boolean }>): void {
  const byWord = new Map<string, Array<{ candidate: Candidate; standalone: boolean }>>();
  for (const s of singles) {
    const c = s.candidate;
    // (a party of a cited case counts towards the number: "Hamdan v. Rumsfeld ... Hamdan's counsel ... Hamdan is charged")
    if (s.standalone || (c.joinOnly && !/^\s+v\.?\s/.test(text.slice(c.span.end, c.span.end + 5))) || c.tokens.length !== 1) continue;
    const cls = c.tokens[0].cls;
    // (a given name counts too: "Thompson" is one only in the broad list, and "Saddam" names a man alone)
    if (!LONE_NAME_CLASSES.has(cls) || !/^\p{Lu}\p{Ll}{2,}$/u.test(c.span.text)) continue;
    const list = byWord.get(c.span.text) ?? [];
    list.push(s);
    byWord.set(c.span.text, list);
  }
  const accepted = new Set<string>();
  for (const list of byWord.values()) {
    const marked = list.filter((s) => PERSONAL_AFTER.test(text.slice(s.candidate.span.end, s.candidate.span.end + 40)));
    if (marked.length === 0) continue;
    // fewer uses than REPEATED_SURNAME_MIN: a word no list knows, marked where no capitalised word stands before it
    // ("Sonthi said", "Tantawi has testified"; not "Iraqi Kurdistan says")
    const t0 = list[0].candidate.tokens[0];
    const unknownWord = LONE_NAME_CLASSES.has(t0.cls) && (t0.cls !== 'first' || t0.broad === true);
    if (list.length < REPEATED_SURNAME_MIN && !(unknownWord && marked.some((s) => !WORD_BEFORE_CAPITALISED.test(text.slice(Math.max(0, s.candidate.span.start - 40), s.candidate.span.start))))) continue;
    // ("the Ostróda District Court", "mayor of Ostróda": a place's or a body's word somewhere is no surname anywhere)
    // ("of Saddam's regime": a possessive after it is a person's; "the rights of Hicks" once among six person's uses is
    // no place: a place's word must stand so at least a third of the time)
    const placeLike = list.filter((s) => PLACE_BEFORE_WORD.test(text.slice(Math.max(0, s.candidate.span.start - 8), s.candidate.span.start)) && !/^['’]s\b/.test(text.slice(s.candidate.span.end, s.candidate.span.end + 3))).length;
    if (placeLike * 3 >= list.length || list.some((s) => /^ \p{Lu}/u.test(text.slice(s.candidate.span.end, s.candidate.span.end + 2)))) continue;
    for (const s of list) s.standalone = true;
    accepted.add(list[0].candidate.span.text);
  }
  // a doubtful full name ending in an accepted surname ("Dumarsais Siméus") is that person's fullest form
  for (const s of singles) {
    const c = s.candidate;
    if (!s.standalone && !c.joinOnly && c.tokens.length >= 2 && c.tokens.length <= 3 && accepted.has(c.tokens[c.tokens.length - 1].text)) s.standalone = true;
  }
}
