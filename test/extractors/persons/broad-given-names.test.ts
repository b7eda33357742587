/** The broad given-name list read from gender-detection-from-name: loaded once, folded, names of many origins. */
import { BROAD_GIVEN_NAMES, foldName } from '../../../extractors/persons/data/broad-given-names';

describe('BROAD_GIVEN_NAMES', () => {
  test('holds tens of thousands of names', () => {
    expect(BROAD_GIVEN_NAMES.size).toBeGreaterThan(50_000);
  });
  test.each(['daryl', 'grzegorz', 'hiroshi', 'oluwaseun', 'yasir', 'ayse', 'jurgen'])('knows %s', (name) => {
    expect(BROAD_GIVEN_NAMES.has(name)).toBe(true);
  });
  test('keeps names lower case without diacritics, so "Ayşe" and "Jürgen" meet them folded', () => {
    expect([...BROAD_GIVEN_NAMES].filter((n) => n !== foldName(n))).toEqual([]);
    expect(BROAD_GIVEN_NAMES.has(foldName('Ayşe'))).toBe(true);
    expect(BROAD_GIVEN_NAMES.has(foldName('Jürgen'))).toBe(true);
  });
  test('holds no one-letter entries and nothing but letters, hyphens and apostrophes', () => {
    expect([...BROAD_GIVEN_NAMES].filter((n) => n.length < 2 || !/^[\p{L}'’-]+$/u.test(n))).toEqual([]);
  });
});
