/**
 * The one list of cues that decides a person mention's role in the
 * proceedings. Each cue is tried in order on the words right before or right
 * after a name; the first that fits decides (order matters: "defence lawyer"
 * before "defendant"-like cues, "presiding judge" before anything else).
 * Words are matched case-insensitively unless the cue says otherwise.
 */
import type { PersonRole } from '../../../src/contract';
import { JUDGE_OFFICE_AFTER } from '../../persons/rules';

export interface RoleCue {
  /** a stable name, reported as the rule that acted */
  name: string;
  role: PersonRole;
  /** tested against up to CUE_WINDOW_CHARS characters before the name, anchored at its end */
  before?: RegExp;
  /** tested against up to CUE_WINDOW_CHARS characters after the name, anchored at its start */
  after?: RegExp;
}

/** How far from a name a role cue may stand. */
export const CUE_WINDOW_CHARS = 90;

/** Modifiers that may stand between an article and a role noun: "the presiding judge", "his defence lawyer". */
const MOD = String.raw`(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|former|then|chief|senior|deputy|acting|presiding|regional|district|state|public|defen[cs]e|trial|lead|local|federal|military|prosecuting|government)\s+)*`;

/** A ruling in the passive right after a name: " was convicted", ", 52, was sentenced". The text says the person was penalised.
 * ("was cited for indirect contempt and fined": a ruling after another verb of the same clause) */
export const PASSIVE_RULED = /^(?:,\s+\d{1,3},)?(?:,[^.;]{0,90}?,)?(?:,?\s+who|\s+and\s+(?:\d{1,4}\s+|(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s+(?:was|were|has\s+been|had\s+been|is|are|should\s+be|must\s+be)\s+(?:\w+\s+)?(?:(?:[\w-]+\s+){0,5}?and\s+)?(?:sentenced|jailed|fined|convicted|imprisoned|disbarred|found\s+guilty|banned|barred|disqualified|suspended\s+from|dismissed\s+from|given|handed|ordered\s+to\s+(?:spend|serve|pay))\b/i;

/** who lodged the application: "application (no. 1/95) introduced on 4 May 1995 by (Mr) ", "... by John and " */
export const APPLICATION_BY = /\bapplication\b[^.;]{0,80}?\b(?:introduced|lodged|brought|submitted)\b[^.;]{0,40}?\bby\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]+\s+and\s+)?$/iu;

export const ROLE_CUES: readonly RoleCue[] = [
  // the text says so of this very mention: "X (“the applicant”)", "X, 52, was sentenced"
  { name: 'defendant-alias', role: 'defendant', after: /^\s*\((?:hereinafter\s+)?["“‘']?(?:the\s+)?(?:(?:first|second|third|fourth|fifth)\s+)?(?:applicants?|defendants?|accused)["”’']?\)/i },
  { name: 'defendant-passive', role: 'defendant', after: PASSIVE_RULED },
  // "found X guilty of", "found X, a former driver, guilty on"
  { name: 'defendant-found-guilty', role: 'defendant', after: /^(?:,[^.;]{0,80}?,)?\s+(?:not\s+)?guilty\b(?!\s+(?:party|parties|verdict|verdicts|plea|pleas|conscience))/ },
  // a ruling's object is its defendant whatever the job: "sentenced lawyer X to", "the sentence of judge X" (so these come first)
  { name: 'defendant-object', role: 'defendant', before: /\b(?:sentenced|convicted|fined|jailed|imprisoned|acquitted|charged|indicted|prosecuted)\s+(?:(?!(?:by|of|for|after|with|in|on|at|over|from|[Jj]udge|[Jj]ustice|[Mm]agistrate)\b)[\p{L}-]+\s+){0,5}?$/u },
  { name: 'defendant-trial', role: 'defendant', before: /\b(?:trial|conviction|sentencing|sentences?|terms?|punishment|prosecution|case|acquittal|extradition)\s+(?:of|against)\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,3}?$/u },
  // "the victim of an insult": "insulting President X" names the one insulted, not the accused
  { name: 'insulted', role: 'victim', before: /\b(?:insulting|insulted|criticising|criticizing|defaming|slandering|offending)\s+(?:(?:the\s+)?[\p{L}-]+\s+){0,3}?$/u },
  // "Presiding judge Monika Nowak", "Judge Amy St. Eve", "Justice Smith"
  { name: 'judge-title', role: 'judge', before: new RegExp(String.raw`(?:^|[^\p{L}])${MOD}(?:[Jj]udges?|Justice|[Mm]agistrates?|[Cc]hief\s+[Jj]ustice)\s+(?:\p{Lu}\p{L}*\.?\s+)?$`, 'u') },
  // an English judge by surname and office: "Wilson LJ", "Lord Neuberger MR", "Collins J said"
  { name: 'judge-postnominal', role: 'judge', after: new RegExp(String.raw`^\s+${JUDGE_OFFICE_AFTER}`, 'u') },
  // "X, the presiding judge", "X, a district judge, said"
  { name: 'judge-apposition', role: 'judge', after: /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:judge|magistrate|justice)\b/i },
  // "the prosecutor Ivan Petrov", "Prosecutor General X", "special counsel X" (a prosecutor in U.S. usage)
  { name: 'prosecutor-title', role: 'prosecutor', before: new RegExp(String.raw`(?:^|[^\p{L}])${MOD}(?:[Pp]rosecutors?(?:\s+[Gg]eneral)?|[Aa]ttorney\s+[Gg]eneral|[Dd]istrict\s+[Aa]ttorney|[Ss]pecial\s+[Cc]ounsel|[Ss]pecial\s+[Pp]rosecutor|Counsel(?:l?or)?)\s+$`, 'u') },
  { name: 'prosecutor-apposition', role: 'prosecutor', after: /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:prosecutor|district\s+attorney|special\s+counsel)\b/i },
  // "represented by Ms C. D., a lawyer practising in", "the Government Agent, Mr X", "Agent of the Government"
  { name: 'represented-by', role: 'lawyer', before: /\brepresented\s+(?:\w+\s+){0,4}?by\s+(?:(?:Mr|Ms|Mrs|Miss|Dr|Messrs|Mmes)\.?\s+)?$/i },
  // (the Government's Agent is written with a capital: "secret agent X" is no counsel)
  { name: 'agent', role: 'lawyer', before: /(?:\bAgents?|\b[Aa]gents?\s+of\s+the\s+(?:Government|State|Republic))(?:\s+of\s+the\s+\w+)?,?\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$/ },
  { name: 'agent-apposition', role: 'lawyer', after: /^,\s+(?:(?:the|their|its)\s+)?(?:\w+\s+)?Agent\b/ },
  // "Mr X, QC, who heads Y's legal team"
  { name: 'counsel-after', role: 'lawyer', after: /^,\s+(?:QC|KC|SC|Esq\.?)\b|^,?\s+who\s+(?:heads|leads|led|is\s+on|joined)\s+[^.;]{0,40}?\blegal\s+team\b/ },
  // at a hearing: "(b) for the applicants Mr X, Counsel", "for the Government Ms Y, Agent"
  { name: 'hearing-counsel', role: 'lawyer', before: /\b(?:for|on\s+behalf\s+of)\s+the\s+(?:applicants?|defendants?|accused|Government|respondent\s+State)\s*,?\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$/ },
  // "his lawyer X", "defence attorney X", "counsel X"
  { name: 'lawyer-title', role: 'lawyer', before: new RegExp(String.raw`(?:^|[^\p{L}])${MOD}(?:[Ll]awyers?|[Aa]ttorneys?|[Cc]ounsel|[Aa]dvocates?|[Bb]arristers?|[Ss]olicitors?|Av\.|Adv\.|Atty\.)\s+$`, 'u') },
  // "X, a lawyer practising in Bratislava", "X, his lawyer", "X, Zuma's defence lawyer"
  { name: 'lawyer-apposition', role: 'lawyer', after: /^,\s+(?:(?:the|a|an|his|her|their)\s+|[\p{Lu}][\p{L}'’-]*['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:lawyer|attorney|counsel|advocate|barrister|solicitor|representative)\b/iu },
  // "witness X", "X testified", "X, a witness"
  { name: 'witness-title', role: 'witness', before: /\b(?:[Ww]itness(?:es)?|testimony\s+of|[Ee]yewitness)\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$/ },
  { name: 'witness-testified', role: 'witness', after: /^(?:,[^.;]{0,60},|,)?\s+(?:testified|gave\s+evidence|told\s+the\s+court)\b/i },
  { name: 'witness-apposition', role: 'witness', after: /^,\s+(?:a|the|another)\s+(?:[\w-]+\s+)?witness\b/i },
  // "the victim X", "killing of X", "X, who was killed"
  { name: 'victim', role: 'victim', before: /\b(?:[Vv]ictims?|killing\s+of|murder\s+of|death\s+of|beating\s+of|assault\s+on|rape\s+of|killed|murdered)\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?$/ },
  { name: 'victim-apposition', role: 'victim', after: /^,\s+(?:the|a)\s+victim\b|^,\s+who\s+(?:was|had\s+been)\s+(?:killed|murdered|beaten|injured|attacked)\b/i },
  // "the applicant, Mr X", "The applicant in the first case, Ms X", "the accused X", "defendant X"
  // (not "for the applicants Mr X, Counsel": the one speaking for them)
  // "the application introduced ... by John and Catherine Beard against the United Kingdom": the applicants
  { name: 'applicant-application', role: 'defendant', before: APPLICATION_BY },
  { name: 'defendant-title', role: 'defendant', before: /(?<!\b(?:for|of|behalf\s+of|by)\s+(?:the\s+)?)\b(?:(?:the|first|second|third)\s+)?(?:applicants?|defendants?|accused|convict|co-defendants?|co-accused|suspects?)(?:\s+in\s+the\s+\w+\s+(?:case|application))?(?:,)?\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$/i },
  // complainants: "X had filed the complaint", "a complaint by X": a party, not the one tried
  { name: 'complainant', role: 'other', after: /^(?:,[^.;]{0,60},|,)?\s+(?:had\s+|has\s+)?(?:filed|lodged|brought|made)\s+(?:the|a)\s+(?:criminal\s+)?(?:complaint|lawsuit|suit)\b/i, before: /\b(?:complaint|lawsuit|suit)\s+(?:(?:was|had\s+been|has\s+been)\s+)?(?:filed\s+|lodged\s+|brought\s+)?by\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/i },
  // a reporter or speaker closing a clause: "..., Reuters correspondent X reported.", "..., X said." (quoted, not tried)
  { name: 'speaker', role: 'other', after: /^\s+(?:said|says|reported|reports|wrote|writes|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists))\s*[.,;]/ },
  // officials: "President X", "Interior Minister X", "police officer X", "spokesman X"
  { name: 'official-title', role: 'official', before: new RegExp(String.raw`(?:^|[^\p{L}])(?:President(?:-elect)?|Vice[- ]President|Representative|Congress(?:man|woman)|Rep\.|Prime\s+Minister|(?:[\p{Lu}]\p{L}+\s+)?Minister|Governor|Mayor|Ambassador|Senator|Chancellor|[Ss]pokes(?:man|woman|person)|[Ii]nvestigator|[Pp]olice\s+(?:officer|chief)|[Oo]mbuds(?:man|person))\s+$`, 'u') },
];
