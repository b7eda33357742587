/**
 * extractPenalties on shapes the third blind batch and the even-id texts showed: a sentence told as a state being
 * served ("is serving a prison sentence", "imprisoned under a semi-custodial regime"), a suspended or death sentence
 * told without its term. Sentences are our own.
 */
import type { Penalty } from '../../../src/contract';
import { runEntities } from './penalty-rows';

type Row = [person: string, type: string, duration: string | null, amount: number | null];

const rows = (ps: Penalty[]): Row[] => ps.map((p) => [p.person ?? '', p.type, p.duration, p.amount]);

const POSITIVE: Array<{ text: string; expect: Row[] }> = [
  // a sentence told as a state being served, without its term
  { text: 'Mr Oskar Lindqvist was born in 1961 and is serving a sentence of imprisonment in Kalmar.', expect: [['Oskar Lindqvist', 'imprisonment', null, null]] },
  { text: 'Mr Oskar Lindqvist has been serving a semi-custodial sentence at Tegel Prison since May 2004.', expect: [['Oskar Lindqvist', 'imprisonment', null, null]] },
  {
    text: 'After their conviction, Mr Oskar Lindqvist and Mr Pavel Moravec were imprisoned under an open regime and later released.',
    expect: [['Oskar Lindqvist', 'imprisonment', null, null], ['Pavel Moravec', 'imprisonment', null, null]],
  },
  // the state restates a sentence the text tells with its term: the term stands alone
  {
    text: 'Mr Oskar Lindqvist was sentenced to nine years’ imprisonment. He is currently serving a prison sentence in Kalmar.',
    expect: [['Oskar Lindqvist', 'imprisonment', 'P9Y', null]],
  },
  // a suspended sentence told without its term
  { text: 'On 3 March 2011 Mr Oskar Lindqvist was convicted as charged and given a suspended sentence.', expect: [['Oskar Lindqvist', 'suspended_sentence', null, null]] },
  // a death sentence held
  { text: 'The former deputy minister, Chen Guolin, has a suspended death sentence.', expect: [['Chen Guolin', 'death_penalty', null, null]] },
];

const NEGATIVE: Array<{ text: string; expect: Row[] }> = [
  // serving others' sentences, a life term told elsewhere, and a law's text
  { text: 'A person serving a sentence may ask for early release after half of it.', expect: [] },
  { text: 'Mr Oskar Lindqvist visited prisoners serving a sentence in Kalmar.', expect: [] },
  // a country's death penalty is no one's sentence
  { text: 'Mr Oskar Lindqvist said the country has a death penalty for drug smuggling.', expect: [] },
];

describe('extractPenalties: blind batch 3 and even-id shapes', () => {
  it.each(POSITIVE)('$text', ({ text, expect: want }) => {
    expect(rows(runEntities(text))).toEqual(want);
  });
  it.each(NEGATIVE)('no penalty: $text', ({ text, expect: want }) => {
    expect(rows(runEntities(text))).toEqual(want);
  });
});
