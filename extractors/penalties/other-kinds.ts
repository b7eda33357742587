/** Penalties told without a duration or amount: warnings, death, life, deportation, treatment, lashes, changed sentences. */
import type { PenaltyType, Span } from '../../src/contract';
import type { Phrase } from './phrase';
import { BAN_BARE, CHANGED_TO, BARE_IMPRISONMENT, DISMISSED_OFFICIAL, DISMISSED_OFFICIAL_CUE, HOUSE_ARREST_BARE, OVER_TERM, RESIDENCE, CORPORAL, DEATH, DEATH_LISTED, DEATH_OF, DEATH_OWN_NAME, DEATH_TOLD, DEPORTATION, DIGEST_WARNING, DISMISSAL, LIFE, RANGE_TERM, RANGE_TERM_HYPHENATED, SERVING_STATE, SUSPENDED_BARE, TREATMENT, WARNING } from './rules';

/** The text goes on to say the sentence is still to come: a jailing told before it is custody, not a penalty. */
const SENTENCE_TO_COME = /\b(?:await(?:s|ing)?\s+sentencing|sentencing\s+(?:is|was|has\s+been)\s+(?:set|scheduled|due)|(?:will|is\s+due\s+to|is\s+expected\s+to)\s+be\s+sentenced)\b/i;
const SENTENCE_TO_COME_CHARS = 800;

export function simplePhrases(text: string, sent: Span): Phrase[] {
  const body = text.slice(sent.start, sent.end);
  const out: Phrase[] = [];
  const add = (re: RegExp, type: PenaltyType, state = false, ownName = false): void => {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = sent.start + m.index;
      const end = start + m[0].length;
      // "gave student X a warning", "sentenced X to death": the object sits inside the match
      out.push({ type, start, end, duration: null, amount: null, currency: null, carried: false, anchor: end, ...(state ? { state } : {}), ...(ownName ? { ownName } : {}) });
    }
  };
  add(WARNING, 'warning');
  add(DIGEST_WARNING, 'warning');
  add(DEATH, 'death_penalty');
  add(DEATH_LISTED, 'death_penalty');
  add(DEATH_OF, 'death_penalty');
  if (/execut|hanged|death\s+row|to\s+die\b/i.test(body)) {
    add(DEATH_TOLD, 'death_penalty');
    add(DEATH_OWN_NAME, 'death_penalty', false, true);
  }
  add(LIFE, 'imprisonment');
  add(DEPORTATION, 'other');
  add(TREATMENT, 'compulsory_treatment');
  add(CORPORAL, 'other');
  add(DISMISSAL, 'other');
  if (DISMISSED_OFFICIAL_CUE.test(body)) add(DISMISSED_OFFICIAL, 'other');
  add(RANGE_TERM, 'imprisonment');
  add(RANGE_TERM_HYPHENATED, 'imprisonment');
  add(BARE_IMPRISONMENT, 'imprisonment');
  // "has been jailed after pleading guilty ... he will await sentencing": held until a sentence, not one
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i];
    if (p.type === 'imprisonment' && /\bjailed$/i.test(text.slice(p.start, p.end)) && SENTENCE_TO_COME.test(text.slice(p.end, p.end + SENTENCE_TO_COME_CHARS))) out.splice(i, 1);
  }
  add(OVER_TERM, 'imprisonment');
  add(RESIDENCE, 'restriction_of_freedom');
  add(HOUSE_ARREST_BARE, 'house_arrest');
  if (/banned|barred|disqualified|disbarred/.test(body)) add(BAN_BARE, 'ban');
  // (its opening auxiliaries stand everywhere: try it only where its verb does)
  if (/serving|imprisoned|incarcerated/.test(body)) add(SERVING_STATE, 'imprisonment', true);
  add(SUSPENDED_BARE, 'suspended_sentence', true);
  CHANGED_TO.lastIndex = 0;
  for (let m = CHANGED_TO.exec(body); m; m = CHANGED_TO.exec(body)) {
    const kind = m.groups!.kind.toLowerCase().replace(/\s+/g, ' ');
    const type: PenaltyType = /restrict/.test(kind) ? 'restriction_of_freedom' : /house/.test(kind) ? 'house_arrest' : /community/.test(kind) ? 'community_service'
      : /probation/.test(kind) ? 'probation' : /suspended/.test(kind) ? 'suspended_sentence' : /fine/.test(kind) ? 'fine' : 'forced_labour';
    const start = sent.start + m.index;
    out.push({ type, start, end: start + m[0].length, duration: null, amount: null, currency: null, carried: false, anchor: start });
  }
  return out;
}
