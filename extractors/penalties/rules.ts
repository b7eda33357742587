/**
 * Penalty patterns: a duration or an amount, and the words around it that say
 * what kind of penalty it is. Named groups, one example above each.
 */
import { alternation } from '../nlp/alternation';
import { CURRENCY_WORDS, FINE_UNITS } from './data/currencies';
import { TENS_WORDS, UNITS_WORDS } from './data/numbers';

const UNITS_W = alternation(Object.keys(UNITS_WORDS).filter((w) => w.length > 2));
const TENS_W = alternation(Object.keys(TENS_WORDS));
/** "15", "two", "twenty-five", "two hundred", "a", "seven and a half", "one-and-a-half" */
const QTY = `(?:\\d{1,4}(?:\\.\\d+|½|\\s1\\/2)?|(?:${TENS_W})(?:[- ](?:${UNITS_W}))?|(?:${UNITS_W})(?:\\s+hundred)?|an?)(?:[- ]and[- ]a[- ]half)?`;
const UNIT = "(?:years?|yrs?|months?|mos|weeks?|days?|hours?|hrs?)(?:['’]s?|s['’])?(?![\\w]|-old)";
const ONE = `(?:${QTY}[- ]${UNIT}(?:[- ]and[- ]a[- ]half)?)`;

// "two years and ten months'", "seven and a half years", "18 months", "15 day's", "six-year", "a year and a half", "half a year"
export const DURATION = new RegExp(`(?<![\\w-])(?:half\\s+a\\s+year|${ONE}(?:(?:,?\\s+and\\s+|,\\s*|\\s+)(?!an?\\s)${ONE}){0,2})`, 'gi');

/** one quantity-unit pair inside a duration */
export const DURATION_PART = new RegExp(`(?<qty>${QTY})[- ]?(?<unit>year|yr|month|mo(?=s)|week|day|hour|hr)s?['’s]*(?<half>[- ]and[- ]a[- ]half)?`, 'gi');

// What follows a duration and names its kind; tried in order, anchored at the duration's end.
export interface TypeCue { type: string; re: RegExp }
const LEAD = "^(?:\\s*(?:of|in|at|under|on))?\\s*(?:an?\\s+|the\\s+)?(?:(?:period|term)\\s+of\\s+)?";
export const TYPE_AFTER: readonly TypeCue[] = [
  // " suspended sentence", "-year suspended prison term", " conditional sentence"
  { type: 'suspended_sentence', re: new RegExp(`${LEAD}(?:suspended|conditional|probationary\\s+sentence)`, 'i') },
  // " of restriction of freedom", " of restricted freedom", " of limitation of liberty"
  { type: 'restriction_of_freedom', re: new RegExp(`${LEAD}(?:(?:restriction|restrictions|limitation|restraint)\\s+(?:of|on)\\s+(?:freedom|liberty)|restricted\\s+(?:freedom|liberty)|(?:freedom|liberty)\\s+restriction|(?:compulsory|forced|obligatory|assigned)\\s+residence\\b|["'‘“]?home\\s+chemistry\\b|["'‘“]chemistry["'’”])`, 'i') },
  // " of house arrest"
  { type: 'house_arrest', re: new RegExp(`${LEAD}(?:house|home)\\s+(?:arrest|confinement|detention)`, 'i') },
  // " of community service", " of compulsory labour", " of public works"
  { type: 'community_service', re: new RegExp(`${LEAD}(?:community\\s+(?:service|work|labou?r|order)|public(?:ly\\s+useful)?\\s+works?|(?:compulsory|mandatory|obligatory)\\s+(?:community\\s+)?(?:works?|labou?r)|social(?:ly\\s+useful)?\\s+(?:work|labou?r)|unpaid\\s+(?:work|labou?r))`, 'i') },
  // " of forced labour", " of corrective labour" (not "hard labour": a prison term, as our gold reads it)
  { type: 'forced_labour', re: new RegExp(`${LEAD}(?:forced|correctional|corrective)\\s+(?:labou?r|works?)`, 'i') },
  // " of compulsory psychiatric treatment"
  { type: 'compulsory_treatment', re: new RegExp(`${LEAD}(?:(?:compulsory|forced|involuntary|mandatory)\\s+(?:psychiatric\\s+)?(?:treatment|hospitali[sz]ation)|psychiatric\\s+(?:hospital|clinic|treatment))`, 'i') },
  // " of probation", " on probation"
  { type: 'probation', re: new RegExp(`${LEAD}(?:probation|supervision\\s+period|probationary\\s+period|supervised\\s+release)`, 'i') },
  // " ban on", " ban from"
  // (" driving ban", " publishing ban": a noun may name what is banned)
  { type: 'ban', re: new RegExp(`${LEAD}(?:(?:travel|entry|exit|driving|drive|publishing|media|football|hunting|firearms?|work|employment|professional|political)\\s+)?ban\\b`, 'i') },
  // " of administrative arrest", " administrative detention", " in detention", " of arrest"
  // (days "in jail" are imprisonment unless the case is administrative: ANNOTATION.md; durations.ts decides)
  { type: 'administrative_detention', re: new RegExp(`${LEAD}(?:administrative\\s+(?:arrest|detention|jail|imprisonment|custody)|arrest|detention)\\b`, 'i') },
  // "five years' expulsion from Sweden", "ten years of exile": a term that is no prison
  // "a four-week suspension of Mayor X", "two months suspension from office": a sanction on a post
  // (not the suspension of a sentence, a licence or proceedings)
  // "45 days in a punishment cell", "ten days of solitary confinement": a prison's disciplinary sanction
  // (one cue a type: durations.ts finds a type's cue by its type)
  { type: 'other', re: new RegExp(`${LEAD}(?:(?:punishment|disciplinary|isolation)\\s+(?:cell|block|ward)\\b|solitary\\s+confinement\\b|expulsion|deportation|banishment|exile|suspension\\b(?!\\s+(?:of|on)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|a\\s+)?(?:sentence|prison|jail|execution|penalty|penalties|term|licen[cs]es?|permits?|proceedings|case|trial|payments?|operations?|publication|broadcast|newspaper|[a-z]+\\s+(?:sentence|licen[cs]e|proceedings))\\b))\\b`, 'i') },
  // "-year sentence", " prison term": a sentence whose kind the unit decides
  { type: 'sentence', re: /^(?:\s*(?:prison|jail|custodial))?\s*(?:sentence|term)\b/i },
  // "' imprisonment", " in prison", " in a strict-regime penal colony", " prison sentence", " behind bars"
  { type: 'imprisonment', re: new RegExp(`${LEAD}(?:(?:rigorous|simple|general|strict|maximum|minimum|medium|high|special|enhanced|closed|open|reinforced|high-security|maximum-security|strict-regime|general-regime)[- ]?(?:security|regime)?\\s+)?(?:penal\\s+|corrective\\s+|correctional\\s+|labou?r\\s+|prison\\s+)?(?:imprisonment|prison|jail|gaol|incarceration|deprivation\\s+of\\s+(?:liberty|freedom)|custodial|penitentiary|colony|colonies|labou?r\\s+camp|behind\\s+bars)`, 'i') },
];

// What precedes a duration and names its kind (the clause text, anchored at its end).
export const TYPE_BEFORE: readonly TypeCue[] = [
  // "suspended from office for", "removed from his post for", "disqualified from practising law for": a sanction on a post
  { type: 'other', re: /\b(?:suspended|removed|dismissed|expelled|struck\s+off)\s+(?:\w+\s+)?from\s+(?:office|(?:his|her|their)\s+(?:post|job|seat|office|duties)|duty|duties|parliament|the\s+(?:bar|army|police|force|party|assembly|council)|practi[cs]e|practi[cs]ing\s+\w+)\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?$/i },
  // "placed in a punishment cell for", "his placement in a disciplinary cell for": a prison's disciplinary sanction
  { type: 'other', re: /\b(?:plac(?:ed|ement)|confine(?:d|ment)|put)\s+(?:(?:him|her|them|the\s+(?:first\s+|second\s+|third\s+)?applicants?)\s+)?in\s+(?:a\s+|the\s+)?(?:punishment|disciplinary|isolation)\s+(?:cell|block|ward)\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?$/i },
  // "banned from journalism for", "a ban on leaving the country for", "deprived of the right to teach for"
  { type: 'ban', re: /\b(?:banned|barred|disbarred|prohibited|disqualified|deprived\s+(?:\w+\s+)?of\s+(?:the\s+right|(?:his|her|their)\s+(?:political\s+|civil\s+)?rights?|(?:political\s+|civil\s+)?rights?)|ban(?:ning|s)?\s+(?:on|from)|banning)\b[^;]{0,80}?\b(?:for|of)\s+(?:a\s+(?:period|term)\s+of\s+)?$/i },
  // "suspended for", "with a probation period of", "on probation for"
  { type: 'probation', re: /\b(?:suspended\s+for|probation(?:ary)?\s+(?:period\s+)?(?:of|for)|on\s+probation\s+for|probation\s+period\s+of)\s+(?:a\s+period\s+of\s+)?$/i },
  // "a suspended sentence of"
  { type: 'suspended_sentence', re: /\b(?:suspended|conditional)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)\s+of\s+$/i },
  // "house arrest for"
  { type: 'house_arrest', re: /\bhouse\s+arrest\s+(?:for|of)\s+$/i },
  // "restricted freedom for"
  { type: 'restriction_of_freedom', re: /\brestrict(?:ion|ed)\s+(?:of\s+)?(?:freedom|liberty)\s+(?:for|of)\s+$/i },
  // "administratively arrested for", "arrested for"
  { type: 'administrative_detention', re: /\b(?:administrative(?:ly)?\s+(?:arrest(?:ed)?|detention|detained)\s+(?:for|of)|arrested\s+for)\s+$/i },
  // "jailed for", "imprisoned for", "deprived of liberty for", "a prison term of", news register "jailed five years"
  // (not "locked up": kidnappers lock people up too)
  { type: 'imprisonment', re: /\b(?:(?:jailed|imprisoned|incarcerated|put\s+behind\s+bars|sent\s+(?:\w+\s+)?to\s+(?:prison|jail|gaol)|deprived\s+of\s+(?:liberty|freedom))\s+(?:[\w'’-]+\s+){0,5}?for(?:\s+at\s+least|\s+a\s+minimum\s+of)?|(?:jailed|imprisoned)|prison\s+(?:term|sentence)\s+of|term\s+of\s+imprisonment\s+of|imprisonment\s+(?:for|of))\s+(?:a\s+(?:period|term)\s+of\s+)?$/i },
  // "gave Ihar Pashkevich 25 days"
  { type: 'sentence', re: /\b(?:gave|handed|give|awarded)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u },
  // "cut the sentence of X to", "commuted his sentence to"
  { type: 'sentence', re: /\b(?:cut|reduced|commuted|increased|raised|changed|lowered)\b[^;]{0,80}?\b(?:sentence|term|punishment)\b[^;]{0,160}?\bto\s+$/i },
  // "his sentence was reduced from eight years to", "the sentence was later reduced on appeal to"
  { type: 'sentence', re: /\b(?:sentence|term|punishment)s?\b[^;.]{0,60}?\b(?:cut|reduced|commuted|increased|raised|lowered)\s+(?:from\s+[^;.]{1,60}?|(?:[\w'’-]+\s+){0,4}?)to\s+$/i },
  // "the heaviest sentence was five years for X": the top or bottom of several sentences, one of them named
  { type: 'sentence', re: /\b(?:heaviest|longest|harshest|toughest|stiffest|severest|most\s+severe|lightest|shortest|lowest|highest)\s+(?:prison\s+|jail\s+)?(?:sentence|term|punishment)s?\s+(?:was|were|is|went\s+to)\s+$/i },
  // "sentenced X to", "a sentence of", "given", "received", "handed down"
  { type: 'sentence', re: /\b(?:sentenced\b[^;]{0,160}?\bto|(?:sentence|term|punishment)s?\s+of|given|gave|give|received|receive|handed(?:\s+down)?|awarded|got|gets|serving|(?<!\b(?:should|must|would|could|might|may|shall)\s+)serve|imposed)\s+(?:him\s+|her\s+|them\s+)?(?:an?\s+|the\s+)?(?:additional\s+|further\s+|another\s+|total\s+of\s+|combined\s+)?$/i },
];

/** "reduced the sentence of X from eight years (to six)", "his term was cut from": the old term of a changed sentence, no range */
export const SENTENCE_CHANGED_FROM = /(?:\b(?:cut|reduced|commuted|increased|raised|lowered|changed)\b[^;.]{0,80}?\b(?:sentence|term|punishment)s?\b[^;.]{0,160}?|\b(?:sentence|term|punishment)s?\b[^;.]{0,60}?\b(?:was|were|has\s+been|had\s+been|is|be)\s+(?:cut|reduced|commuted|increased|raised|lowered)\s+)\bfrom\s+$/i;

/** "between five and 15 days": ranges name no single penalty */
export const RANGE_BEFORE = /\b(?:between|from)\s+$/i;
export const RANGE_AFTER = /^\s*(?:to|-|–)\s+\d/;
/** "up to seven years", "at least two years" */
export const BOUND_BEFORE = /\b(?:up\s+to|to\s+up|maximum\s+of|minimum\s+of|at\s+least|no\s+more\s+than|not\s+more\s+than|as\s+much\s+as|more\s+than|less\s+than)\s+$/i;

/** after a prison term: ", suspended", " but suspended" turn it into a suspended sentence ("six months of which suspended",
 * ", of which one year was suspended" is a part: the term stays imprisonment, ANNOTATION.md records the sentence as handed down) */
// (not another measure suspended beside it: "one year and three months and suspended expulsion from Denmark")
export const SUSPENDED_TAIL = /^(?![^.;]{0,10}?,\s*(?:[\w-]+\s+){0,3}of\s+(?:which|it)\b)[^.;]{0,30}?\b(?:suspended|suspending|conditional(?:ly)?)\b(?!\s+(?:expulsion|deportation|removal|licen[cs]e|driving))|^[^.;]{0,50}?\breleased\s+(?:him|her|them)\s+on\s+probation\b/i;

const CURRENCY_KEYS = Object.keys(CURRENCY_WORDS);
const CUR_WORD = alternation(CURRENCY_KEYS.filter((k) => /^[a-z]/i.test(k)).flatMap((k) => (/^[a-z]/.test(k) && !/s$/.test(k) ? [k, `${k}s`] : [k])));
/** written before the number: "$200", "€500", "BYN 1,450", "Rs 100,000" */
// ("P30,000": Philippine reports write the peso as a bare P, set right before the digits)
const CUR_SYMBOL = `(?:${alternation([...CURRENCY_KEYS.filter((k) => !/^[a-z]/i.test(k) || /^[A-Z]{3}$/.test(k) || /\$$/.test(k)), 'Rs', 'Rs.', 'Tk', 'Tk.'])}|P(?=\\s?\\d))`;
// grouped thousands with optional cents ("1,250,500.50"), South Asian lakh grouping ("1,00,000"), or a plain number
const AMOUNT_NUM = '(?<![\\d.,])(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d|,\\d)|\\d{1,3}(?:[,\\s.]\\d{3})+(?:[.,]\\d{1,2})?(?![\\d])|\\d+(?:\\.\\d+)?)';
const MULT = '(?:\\s*(?:million|mln|thousand|billion|bn|lakh|crore)\\b|(?:m|bn|k)(?![\\w²]))?';
// "252,500 tenge", "1.5 million rubles", "US$200", "BYN 1,450", "50 monthly calculation indices (MCI)", "870 Belarusian rubles"
export const AMOUNT = new RegExp(
  `(?:(?<![A-Za-z])(?<sym>${CUR_SYMBOL})\\s?(?<num1>${AMOUNT_NUM})(?<mult1>${MULT})|(?<num2>${AMOUNT_NUM})(?<mult2>${MULT})(?:-|\\s*)(?:(?<cur>(?:[A-Z][a-z]+\\s+)?(?:${CUR_WORD}))(?![a-z])|(?<unit>${alternation(FINE_UNITS)})(?![a-z])))`,
  'g',
);

// "fined", "a fine of", "ordered to pay", "a penalty of", "fines of"
export const FINE_CUE = /\b(?:fined|fine[sd]?|ordered\s+to\s+pay|penalty\s+of|monetary\s+penalty|pay)\b/gi;
/** an amount that is an equivalent of the one before it: "(about US$200)", "(123 EUR or 133 US Dollars)", "(CHF – approximately 85 euros)" */
export const EQUIVALENT_BEFORE = /(?:\(\s*(?:[A-Z]{3}\s*[–—-]\s*)?(?:about|approximately|approx\.|around|some|roughly|equivalent\s+to|or|c\.|~|less\s+than|more\s+than|under|over|nearly|almost)?\s*|\bor\s+(?:about\s+)?|\bequivalent\s+(?:of|to)\s+|\babout\s+)$/i;

// "issued an official warning to", "gave ... a warning", "received a warning"
// (not notice given before something: "had neither been given prior warning of the eviction")
export const WARNING = /\b(?:issued|gave|given|received|handed|imposed|issue|give|receive|got|gets|receives)\b[^.;]{0,60}?\b(?:an?\s+)?(?:official|formal|written|administrative|public|strict)?\s*(?<!\b(?:prior|advance|fair|early|due|sufficient|adequate|any|no)\s)warning\b|\b(?:was|were)\s+(?:officially\s+|formally\s+)?warned\s+by\b/gi;
// a digest line: "Viktar Ryzhankou (Pinsk) – warning", "Ivan Petrov — a formal warning"
export const DIGEST_WARNING = /(?<=[)\p{L}][ \t]*[–—-][ \t]*)(?:an?\s+)?(?:official\s+|formal\s+|written\s+)?warning(?=[ \t]*(?:$|\n|[.;,]))/gmu;
// "ordered held in a psychiatric hospital", "compulsory psychiatric treatment"
export const TREATMENT = /\b(?:(?:ordered|sent|placed|held|committed|confined|hospitali[sz]ed)\b[^.;]{0,60}?\b(?:psychiatric|mental)\s+(?:hospital|clinic|facility|institution|ward)|(?:compulsory|forced|involuntary)\s+(?:psychiatric\s+)?(?:treatment|hospitali[sz]ation))\b/gi;
// "banned from journalism for the same period": a ban as long as the penalty before it
export const BAN_SAME_PERIOD = /\b(?:banned|barred|prohibited|disqualified|ban\s+on)\b[^.;]{0,80}?\b(?:for|during)\s+(?:the\s+same\s+(?:period|term|time)s?|that\s+(?:time|period))\b/gi;
// "his sentence was changed to restriction of freedom": a new penalty replacing the old one
export const CHANGED_TO = /\b(?:changed|commuted|replaced|converted|reduced|turned)\s+(?:to|with|by|into)\s+(?:an?\s+)?(?<kind>restriction\s+of\s+(?:freedom|liberty)|restricted\s+freedom|house\s+arrest|community\s+service|probation|suspended\s+sentence|fine|forced\s+labou?r|corrective\s+labou?r)\b/gi;
// "74 lashes", "100 strokes of the cane": corporal punishment
export const CORPORAL = /\b\d{1,4}\s+(?:lashes|strokes(?:\s+of\s+the\s+(?:cane|whip))?)\b/gi;
// "sentenced to death", "a death sentence", "has a suspended death sentence" (a sentence held)
// (the bare noun only when a ruling or an owner goes with it: "given the death penalty", "his death sentence", not "opposes the death penalty")
// (the owner or verb is a lookbehind after "death ...", so it is tried only where "death" stands: it runs over every sentence)
// ("condemned to death", "sentenced to be hanged" with the verb close: "if condemned to die, he would prefer to be shot" is
// no sentence)
export const DEATH = /\bsentenced\b[^.;]{0,160}?\bto\s+death\b|\b(?:sentenced|condemned)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:death\b|be\s+(?:hanged|executed|shot)\b)|\bdeath\s+(?:sentences?|penalty)\b(?<=\b(?:(?:given|gave|handed(?:\s+down)?|received|imposed|upheld|confirmed|approved|ratified|passed|issued|pronounced|awarded)\s+(?:him\s+|her\s+|them\s+)?(?:a\s+|the\s+)?|\b(?:has|had|have|having|with|under|serving)\s+a\s+(?:suspended\s+)?(?=death\s+sentence)|(?:his|her|their|[A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÿĀ-ž'’-]+['’]s?)\s+)death\s+(?:sentences?|penalty))|\b(?:death\s+sentences?|death\s+penalty)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:upheld|confirmed|passed|imposed|handed\s+down)\s+(?:on|against|for)\b/gi;
// "the death sentence of Raymond Mata", "a death sentence against Mr X": the noun with its owner named after it
// ... and an execution set for a named person: "the looming execution of X", "the scheduled execution of X"
// ("the planned execution of convicted drug smuggler X": a description may stand between)
export const DEATH_OF = /\b(?:[Dd]eath\s+sentences?|(?:looming|impending|imminent|scheduled|planned|upcoming)\s+execution)(?=\s+(?:of|against|imposed\s+on|passed\s+on)\s+(?:[a-z-]+\s+){0,3}(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž])/g;
// a verdict list: "*Andrew Chan - Death", "B: death"; a named person's execution put off or carried out implies the sentence
// ("X was hanged on Saturday", "was executed shortly after midnight", "was put to death"; not by rebels or a mob;
// an execution set for a day, "is to be executed within 30 days", "will be hanged on Saturday", "knew that X would be
// executed on Dec 2", not one that depends on "if"),
// and so does "X was executed for taking bribes" or "by firing squad" (an execution for an offence or by the state's
// means, not a killing by others):
// "The executions of A and B were postponed" (the persons stand inside the match, before its end)
export const DEATH_LISTED = /(?<=\p{Lu}[\p{L}'’.-]+\s*[-–—:]\s*)(?:Death|death)\b(?!\s+(?:of|in|by|toll|threats?|row|squad|certificate)\b)(?=\s*(?:[*•;,\n]|$|\p{Lu}))|\bexecutions?\s+of\s+[^.;]{1,160}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:postponed|delayed|stayed|suspended|halted|put\s+off|carried\s+out|rescheduled)\b|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|then|finally|subsequently)\s+)?(?:executed|hanged)\s+(?:(?:[^.;,]{0,40}?\s)?for\s+(?:accepting|taking|murder|murdering|killing|rape|raping|drug|trafficking|smuggling|corruption|espionage|spying|treason|terrorism|his|her|their|the|crimes?)|after\s+(?:being\s+)?(?:convicted|found\s+guilty|sentenced)|by\s+(?:a\s+)?(?:firing\s+squad|lethal\s+injection|hanging|electric\s+chair|electrocution|beheading|stoning))\b|\b(?:is|are|was|were)\s+(?:(?:due|set|scheduled)\s+)?to\s+be\s+(?:hanged|executed)\b(?!\s+if\b)(?=\s+(?:on|in|at|within|early|shortly|before|after|next|this|tomorrow|by\s+(?:lethal\s+injection|firing\s+squad|hanging))\b|\s*[.;,])|\bwould\s+be\s+(?:hanged|executed)\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\bwill\s+(?:also\s+)?be\s+(?:hanged|executed)\b(?<!\b(?:[Ii]f|[Uu]nless|could|may|might|would)\b[^.;]{0,60}?\bwill\s+(?:also\s+)?be\s+(?:hanged|executed))(?!\s+if\b)(?=\s+(?:on|in|at|within|early|shortly|before|after|next|this|tomorrow)\b|\s*[.;,])|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|then|finally|subsequently)\s+)?(?:hanged|executed|put\s+to\s+death)\b(?=\s+(?:on|in|at|early|shortly|before|last|this|yesterday|today|after\s+(?:his|her|their)\s+appeals?)\b|\s*[.;]|\s+by\s+(?:lethal\s+injection|firing\s+squad|hanging))(?![^.;]{0,60}\bby\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}(?:rebels|militants|insurgents|guerrillas|mob|kidnappers|captors|abductors|soldiers|troops|gunmen|police|Taliban|terrorists|extremists|jihadists))/gu;
// more ways news tells a death sentence of a named person:
// "the execution of X drew protests", "X's execution", "executed X at dawn" (the state's act: not "by rebels"),
// "sentenced X to die", "X is on death row", "X, awaiting execution" (not "called for the execution of X", "could face execution")
const NAME_AHEAD = String.raw`\s+(?:the\s+)?(?:(?!(?:the|an?|of|against|for|to|in|on|at|by|with|from|warrant|order|judgment|decision|sentence|plan|contract|will)\b)[a-z-]+\s+){0,3}(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž]`;
const NAME_WORDS = String.raw`[A-ZÀ-ÞĀ-Ž][\p{L}'’.-]*(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\p{L}'’.-]*|al-|bin|ibn|de|van|von))*`;
/** executors that are no state: "rebels executed X" is a killing */
const NO_STATE = String.raw`(?<!\b(?:[Rr]ebels|[Mm]ilitants|[Ii]nsurgents|[Gg]unmen|[Kk]idnappers|[Cc]aptors|[Aa]bductors|Taliban|[Tt]errorists|[Ss]oldiers|[Tt]roops|[Mm]ob|[Ee]xtremists|[Jj]ihadists|[Gg]uerrillas|[Ff]ighters|[Gg]roup)\s+(?:\w+\s+)?)`;
export const DEATH_TOLD = new RegExp([
  String.raw`(?<!\b(?:for|demand(?:ed|ing|s)?|urg(?:ed|ing|es)?|seek(?:s|ing)?|sought)\s+(?:\w+\s+){0,2})\bexecutions?(?=\s+of${NAME_AHEAD})`,
  String.raw`\bsentenced\b[^.;]{0,80}?\bto\s+(?:die|be\s+put\s+to\s+death)\b`,
  String.raw`\b(?:is|was|are|were|been|remains?|remained|sits?|sat)\s+(?:now\s+|still\s+)?on\s+death\s+row\b`,
  String.raw`\b(?:awaiting|awaits|await)\s+(?:his\s+|her\s+|their\s+)?execution\b`,
].join('|'), 'gu');
/** ... where the name stands inside the phrase: "X's execution", "Singapore executed X" */
export const DEATH_OWN_NAME = new RegExp([
  String.raw`${NAME_WORDS}['’]s?\s+(?:planned\s+|scheduled\s+|imminent\s+|impending\s+)?execution\b`,
  String.raw`${NO_STATE}\b(?:executed|hanged)\s+${NAME_WORDS}(?:\s*,\s*${NAME_WORDS})*(?:,?\s+and\s+${NAME_WORDS})?`,
].join('|'), 'gu');
// "sentenced him to imprisonment", "I was sentenced to prison": a prison sentence told without its term
// (not "to imprisonment for five years", "to prison terms of", which the durations find)
// ... and "X and Y were also jailed on the same day", "he was convicted and jailed for fraud" (a jailing told without
// its term; not "jailed pending trial", nor "jailed for five years", which the durations find)
export const BARE_IMPRISONMENT = /\bsentenced\b[^.;]{0,80}?\bto\s+(?:imprisonment|prison|jail|a\s+(?:prison|jail)\s+(?:term|sentence))\b(?![\s,]+(?:for|of|terms?)\b)(?!\s+(?:\w+\s+){0,2}(?:years?|months?|weeks?|days?)\b)|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|(?:convicted|found\s+guilty)\s+and\s+)?(?:jailed|sent\s+(?:back\s+)?to\s+(?:prison|jail))\b(?!\s+(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?)\b)(?!\s+for\s+(?:[^\s.;]+\s+){0,3}?(?:years?|months?|weeks?|days?|hours?|life)\b)(?!\s+for\s+(?:questioning|interrogation|the\s+(?:night|weekend)|(?:a|one|two|three|several)\s+(?:night|weekend)s?)\b)(?!\s+(?:(?:on\s+)?(?:[a-z]+\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[a-z]+(?:\s+\d{4})?)\s+)?(?:pending|awaiting|without|until|on\s+remand|on\s+(?:\w+\s+)?charges?|overnight|after\s+(?:his|her|their)\s+arrest)\b)(?![^.;]{0,60}\b(?:pending|awaiting|remand|for\s+questioning|without\s+(?:charge|trial))\b)/gi;
// "sentenced to life imprisonment", "life in prison", "a sentence of life without parole"
export const LIFE = /\b(?:life\s+(?:imprisonment|sentence|in\s+prison|term|without\s+(?:the\s+possibility\s+of\s+)?parole)|(?:sentence|term)\s+of\s+life\b|sentenced\b[^.;]{0,160}?\bto\s+life\b|(?:jailed|imprisoned|locked\s+up|sent\s+(?:\w+\s+)?to\s+(?:prison|jail))\s+for\s+life\b)/gi;
// a sentence told as a state being served, without its term: "is serving a prison sentence", "has been serving a
// semi-custodial sentence", "were imprisoned under a semi-custodial regime" (a subject's state, not "prisoners serving
// a sentence"; not a life, suspended or non-custodial one, nor
// one whose term follows: the durations find "serving a sentence of five years")
export const SERVING_STATE = /\b(?:(?:is|was|are|were|been)\s+(?:(?:currently|still|now|already|then)\s+)?|while\s+)serving\s+an?\s+(?:(?!(?:life|suspended|conditional|non-custodial|community|death|probation(?:ary)?)\b)(?![\p{L}-]*(?:year|month|week|day|hour))[\p{L}-]+\s+){0,2}?(?:sentence|term)(?:\s+of\s+(?:imprisonment|incarceration))?\b(?!\s+of\b)|\b(?:is|was|are|were|been)\s+(?:\w+\s+)?(?:imprisoned|incarcerated)\s+under\s+an?\s+(?:[\p{L}-]+\s+){0,2}?regime\b/giu;
// "sentenced to house arrest": house arrest told without its term (with one, "house arrest for two years", the durations find it)
// ... and "will be kept under house arrest", "was placed under house arrest" (not pending a trial)
export const HOUSE_ARREST_BARE = /\b(?:sentenced\b[^.;]{0,80}?\bto|(?:was|were|will\s+be|has\s+been|have\s+been|had\s+been)\s+(?:placed|kept|put)\s+under)\s+house\s+arrest\b(?!\s+(?:for|of)\s)(?![^.;]{0,60}\b(?:pending|awaiting|until\s+(?:his|her|their|the)\s+trial|before\s+(?:his|her|their|the)\s+trial)\b)/gi;
// "sentenced to more than 30 years in prison": a prison term the text gives only as a bound (not "up to", a maximum)
export const OVER_TERM = new RegExp(`\\bsentenced\\b[^.;]{0,80}?\\bto\\s+(?:more\\s+than|over|well\\s+over)\\s+(?:${DURATION.source})(?:\\s+(?:in\\s+(?:prison|jail)|of\\s+imprisonment|imprisonment|behind\\s+bars))?`, 'gi');
// "given a suspended sentence", "received a suspended prison term": a suspended sentence told without its term
export const SUSPENDED_BARE = /\b(?:given|received|receiving|handed(?:\s+down)?|got|imposed|sentenced\s+(?:\w+\s+){0,3}?to)\s+(?:him\s+|her\s+|them\s+)?an?\s+suspended\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|term)\b(?!\s+of\b)/gi;
// "ordered deported", "ordered his deportation", "sentenced to expulsion"
export const DEPORTATION = /\b(?:ordered\b[^.;]{0,40}?\b(?:deport(?:ed|ation)|expel(?:led)?|expulsion)|sentenced\b[^.;]{0,60}?\bto\s+(?:deportation|expulsion)|(?:deportation|expulsion)\s+order)\b/gi;
// "dismissed from the army", "discharged from the British Army", "stripped of his rank": a court martial's sanction, no term
export const DISMISSAL = /\b(?:dismissed|discharged|expelled|cashiered|dismissal|discharge|expulsion)\s+from\s+the\s+(?:[a-z]+\s+)?(?:army|military|armed\s+forces|navy|air\s+force|police)\b|\bstripped\s+of\s+(?:his|her|their)\s+(?:military\s+)?rank\b/gi;
// "the High Court dismissed Associate Justice X": a judge or official removed from office, the name inside the match
const OFFICE_TITLE = String.raw`(?:(?:Associate|Chief|Deputy|Presiding)\s+)?(?:Justice|Judge|Magistrate|Prosecutor|Mayor|Governor)`;
/** "dismissed Associate Justice": the words that let a sentence through to the penalty rules for a dismissal */
export const DISMISSED_OFFICIAL_CUE = new RegExp(String.raw`\b(?:dismissed|removed)\s+${OFFICE_TITLE}\b`, 'i');
export const DISMISSED_OFFICIAL = new RegExp(String.raw`\b(?:dismissed|removed)\s+${OFFICE_TITLE}\s+\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+))*(?:,\s+Jr\.)?`, 'gu');
// "sentenced to an unspecified period of compulsory residence in Lom": a restriction of freedom told without its term
export const RESIDENCE = /\bsentenced\b[^.;]{0,80}?\bto\s+(?:an?\s+)?(?:(?:unspecified|indefinite|undetermined)\s+(?:period|term)\s+of\s+)?(?:compulsory|forced|obligatory|assigned)\s+residence\b/gi;
// "fined", "a small fine", "received fines" without an amount
// ("the knife had been seized and the applicant fined": a second clause that leaves out its "had been")
export const BARE_FINE = /\b(?:was|were|been|be|and)\s+fined\b|\bfined\b(?<=\band\s+the\s+(?:first\s+|second\s+|third\s+)?(?:applicant|defendant|accused)s?\s+fined)|\b(?:an?\s+)?(?:small|large|heavy|hefty|substantial|big|modest|administrative)?\s*fine\b(?!\s+of)/gi;

/** Verbs of a ruling: a clause with one of them after a hypothetical cue is a ruling again. */
export const RULING_VERB = /\b(?:sentenced|fined|jailed|imprisoned|convicted|found\s+\w+(?:\s+\w+){0,3}\s+guilty|handed\s+down|gave|given|received|ordered|banned|punished|placed|issued|imposed)\b/i;

// "jailed for between 140 days and two years", "sentenced to between three and five years", "sentenced to terms of
// imprisonment varying from six weeks to twelve months": a range given to named
// persons is their penalty without a term (a range for an unnamed group finds nobody to go to)
export const RANGE_TERM = new RegExp(
  `\\b(?:jailed|imprisoned|sentenced\\s+to|(?:jail|prison)\\s+(?:terms|sentences)\\s+(?:of\\s+|ranging\\s+)?)\\s*(?:for\\s+)?(?:terms?\\s+of\\s+(?:imprisonment\\s+)?(?:varying\\s+|ranging\\s+)?)?(?:between|from)\\s+(?:${DURATION.source}|\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\\s+(?:imprisonment|in\\s+(?:prison|jail)))?\\s+(?:and|to)\\s+(?:${DURATION.source})(?:\\s+(?:imprisonment|in\\s+(?:prison|jail)))?`,
  'gi',
);

// "served eight years of a 10-to-25 year prison sentence": a term given as a range, hyphenated before its noun
export const RANGE_TERM_HYPHENATED = /\b\d{1,2}[- ]to[- ]\d{1,2}[- ]years?\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b/gi;

// "He is barred from seeking public office until 2008": a ban from office or politics told without its term
// (with a term, "banned from politics for five years", the durations find it)
// ... and from a profession: "has been banned from practicing law", "was disbarred"
export const BAN_BARE = /\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|still\s+)?(?:(?:banned|barred|disqualified)\s+from\s+(?:(?:seeking|holding|standing\s+for|running\s+for|contesting)\s+)?(?:public\s+office|office|politics|political\s+activity|parliament|elections?|practi[cs]ing\s+(?:law|medicine))|disbarred)\b(?![^.;]{0,40}\bfor\s+(?:[\w-]+\s+){0,2}(?:years?|months?)\b)/gi;
