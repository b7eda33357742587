/**
 * Sentences where the discourse layer must find no reference, or give it to nobody: descriptors before a
 * name, possessives, plurals, the alias text itself, and pronouns with nobody (or two) to point at.
 */
import { buildDiscourse } from '../../../extractors/discourse';
import { analyse } from '../../../extractors/nlp/analysis';
import { extractPersons } from '../../../extractors/persons';

function resolved(text: string): Array<[string, string]> {
  const a = analyse({ text });
  const d = buildDiscourse(a, extractPersons(a));
  return d.resolutions.filter((r) => r.entity).map((r) => [r.ref.span.text, r.entity!.name]);
}

const NOTHING_RESOLVED: string[] = [
  // a role noun before a name describes it, it refers to no one
  'The activist Ivan Petrov was detained.',
  'The blogger Aidos Sadykov posted a video.',
  // plurals and possessives are not a single person's reference
  'Ivan Petrov and Oleg Sidorov were tried. The activists were fined.',
  'Mr Anton Belov was arrested. The applicant’s lawyer appealed.',
  // "her" before a noun is a possessive, not a person
  'Ms Irina Volkova spoke. Her lawyer said nothing.',
  // nobody named before
  'He was fined 2,000 roubles.',
  'The applicant was sentenced to five years’ imprisonment.',
  // two persons fit, neither cast as defendant
  'Mr Ivan Sokolov met Mr Pyotr Gromov. He left early.',
  // a secret agent is no Government Agent, and no one refers back to him
  'Former secret agent Saeed Hajjarian identified the man.',
  // an age no name was given with, and an age that qualifies a thing
  'Omar Haddad was arrested. The 45-year-old was jailed.',
  'Omar Haddad, 45, criticised the 45-year-old law.',
];

describe('buildDiscourse: negative cases', () => {
  test.each(NOTHING_RESOLVED)('%s', (text) => {
    expect(resolved(text)).toEqual([]);
  });

  it('never resolves the alias text inside its own brackets', () => {
    const text = 'Mr Anton Belov (“the applicant”) lives in Perm.';
    expect(resolved(text)).toEqual([]);
  });

  it('does not cast a secret agent as counsel', () => {
    const a = analyse({ text: 'Former secret agent Saeed Hajjarian identified the man.' });
    const d = buildDiscourse(a, extractPersons(a));
    expect(d.persons.find((p) => p.name === 'Saeed Hajjarian')?.role ?? null).not.toBe('lawyer');
  });
});
