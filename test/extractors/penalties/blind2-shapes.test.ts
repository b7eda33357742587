/**
 * extractPenalties on shapes the second blind batch showed: a partly suspended prison term (imprisonment for the
 * whole term), the rest of a term put on hold at release (no probation), the whole sentence after the part served,
 * "jailed five years" without "for", and compulsory residence in a town. Sentences are our own.
 */
import type { Penalty } from '../../../src/contract';
import { run } from './penalty-rows';

type Row = [person: string, type: string, duration: string | null];


const rows = (ps: Penalty[]): Row[] => ps.map((p) => [p.person ?? '', p.type, p.duration]);

const POSITIVE: Array<{ text: string; expect: Row[] }> = [
  // only part suspended: the sentence as handed down is imprisonment for the whole term
  { text: 'Mr Tomas Halvik was convicted of burglary, with a sentence of two years’ imprisonment, of which one year was suspended.', expect: [['Tomas Halvik', 'imprisonment', 'P2Y']] },
  { text: 'Mr Tomas Halvik was sentenced to ten months’ imprisonment, six months of which were suspended.', expect: [['Tomas Halvik', 'imprisonment', 'P10M']] },
  // the whole term suspended stays a suspended sentence
  { text: 'Mr Tomas Halvik was convicted of theft, with a sentence of four months’ imprisonment, suspended.', expect: [['Tomas Halvik', 'suspended_sentence', 'P4M']] },
  // a later conviction after a release is a term of its own; the release's remainder is no probation
  {
    text: 'Mr Tomas Halvik was sentenced to two years’ imprisonment. He was released on 3 May 2009 with ninety days remaining, suspended for one year. By a judgment of 2 June 2010 he was convicted of fraud and sentenced to five months’ imprisonment.',
    expect: [['Tomas Halvik', 'imprisonment', 'P2Y'], ['Tomas Halvik', 'imprisonment', 'P5M']],
  },
  // a numbered paragraph's number standing alone does not cut the pronoun off from the sentence before
  {
    text: '9. As an adult Mr Tomas Halvik was convicted several times.\n\n10. By a judgment of 2 June 2010 he was convicted of fraud and sentenced to five months’ imprisonment.',
    expect: [['Tomas Halvik', 'imprisonment', 'P5M']],
  },
  // the whole sentence told after the part served
  { text: 'Nadia Brook returned home after serving ten days of a 20-day jail sentence for a protest.', expect: [['Nadia Brook', 'imprisonment', 'P20D']] },
  // a days' sentence in a text that says it was served in jail, with no administrative case: imprisonment (ANNOTATION.md)
  { text: 'Nadia Brook was given a 12-day sentence for the banner. She said she was treated well in prison.', expect: [['Nadia Brook', 'imprisonment', 'P12D']] },
  // the same in an administrative case stays administrative detention
  { text: 'In an administrative case a court gave Nadia Brook a 12-day sentence. She said she was treated well in jail.', expect: [['Nadia Brook', 'administrative_detention', 'P12D']] },
  // news register: "jailed five years"
  { text: 'Two weeks earlier Omar Haddad, another dissident, was jailed three years for signing a letter.', expect: [['Omar Haddad', 'imprisonment', 'P3Y']] },
  // compulsory residence in a town, with or without its term
  { text: 'The District Court found Mr Ivo Petkov guilty and sentenced him to an unspecified period of compulsory residence in Vratsa.', expect: [['Ivo Petkov', 'restriction_of_freedom', null]] },
  { text: 'Mr Ivo Petkov was sentenced to two years of compulsory residence in Vratsa.', expect: [['Ivo Petkov', 'restriction_of_freedom', 'P2Y']] },
];

const NEGATIVE: Array<{ text: string; expect: Row[] }> = [
  // time past, not a term
  { text: 'Omar Haddad was jailed two years ago for his writing.', expect: [] },
  { text: 'Omar Haddad was imprisoned 20 days after the protest began.', expect: [] },
  // only the part served
  { text: 'Nadia Brook was freed after serving ten days in custody.', expect: [] },
  // "the latter", someone known only by initials, is the nearer antecedent
  { text: '8. Mr Tomas Halvik shared a cell with A.B. and C.D. The latter was a former guard. He had been sentenced to seven years’ imprisonment for robbery.', expect: [] },
  // a residence that is no sanction
  { text: 'Mr Ivo Petkov moved his residence to Vratsa for two years.', expect: [] },
];

describe('extractPenalties: blind batch 2 shapes', () => {
  it.each(POSITIVE)('$text', ({ text, expect: want }) => {
    expect(rows(run(text))).toEqual(want);
  });
  it.each(NEGATIVE)('no penalty: $text', ({ text, expect: want }) => {
    expect(rows(run(text))).toEqual(want);
  });
});
