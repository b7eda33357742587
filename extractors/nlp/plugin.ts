/**
 * The casefile compromise plugin: teaches compromise our gazetteers (given
 * names, places, roles, titles) so that its tagger stops calling cities
 * persons. getNlp() returns compromise with the plugin applied once.
 * Example: getNlp()('blogger Aibolat Bukenov').people().text() === 'Aibolat Bukenov'
 */
import nlp from 'compromise';
import { ALL_FIRST_NAMES } from '../persons/data/first-names';
import { PLACES } from '../persons/data/places';
import { ROLES, TITLES } from '../persons/data/roles';
import { NAME_HEADS } from '../persons/data/non-name-words';

type Nlp = typeof nlp;

export const CASEFILE_TAGS = {
  CasefileRole: { isA: 'Noun' },
  CasefileHead: { isA: 'Noun' },
} as const;

/** Lexicon entries: lower-case word or phrase -> tag. Later entries override earlier ones. */
export function casefileWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const w of TITLES) if (!w.includes('.')) words[w.toLowerCase()] = 'Honorific';
  // Roles after titles: "blogger" describes a person and is not part of the name compromise returns.
  for (const w of ROLES) words[w.toLowerCase()] = 'CasefileRole';
  for (const w of NAME_HEADS) words[w.toLowerCase()] = 'CasefileHead';
  for (const w of ALL_FIRST_NAMES) words[w.toLowerCase()] = 'FirstName';
  // compromise splits hyphenated words into terms, so places go in as phrases too.
  for (const w of PLACES) words[w.toLowerCase().replace(/-/g, ' ')] = 'Place';
  for (const w of PLACES) words[w.toLowerCase()] = 'Place';
  return words;
}

export const casefilePlugin = {
  tags: CASEFILE_TAGS,
  words: casefileWords(),
};

let configured: Nlp | null = null;

export function getNlp(): Nlp {
  if (!configured) {
    nlp.plugin(casefilePlugin);
    configured = nlp;
  }
  return configured;
}

/** compromise's own lexicon (word -> tag), used to tell common English words from names. */
export function compromiseLexicon(): Record<string, string | string[]> {
  const world = getNlp().world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } };
  return world.model.one.lexicon;
}
