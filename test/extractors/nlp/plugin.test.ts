/** The casefile compromise plugin: compromise learns our given names, places and roles. */
import { casefileWords, getNlp } from '../../../extractors/nlp/plugin';

describe('casefile compromise plugin', () => {
  const nlp = getNlp();

  test.each([
    ['blogger Aibolat Bukenov faced several court cases', 'Aibolat Bukenov'],
    ['the court found Galiya Tamabayeva guilty', 'Galiya Tamabayeva'],
  ])('%s -> person %s', (sentence, person) => {
    const people = nlp(sentence).people().out('array') as string[];
    expect(people.map((p) => p.replace(/[.,]$/, ''))).toContain(person);
  });

  test.each(['a small gathering in front of the EU Delegation in Nur-Sultan', 'protests in Almaty and Shymkent'])('%s has no person', (sentence) => {
    expect(nlp(sentence).people().out('array')).toEqual([]);
  });

  test('the lexicon tags given names, places and roles', () => {
    const words = casefileWords();
    expect(words.zhambyl).toBe('FirstName');
    expect(words['nur sultan']).toBe('Place');
    expect(words.blogger).toBe('CasefileRole');
  });

  test('getNlp applies the plugin once and returns the same instance', () => {
    expect(getNlp()).toBe(nlp);
  });
});
