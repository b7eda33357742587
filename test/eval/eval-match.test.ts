/** The evaluation matcher on small literal inputs: what counts as a hit, a miss and a false positive. */
import { canonicalDuration, courtKey, type EntityLists, personKey, scoreDocument } from '../../bench/eval-match';
import { totalsOf } from '../../bench/eval';

const empty = (): EntityLists => ({ persons: [], courts: [], articles: [], dates: [], penalties: [] });
const lists = (part: Partial<EntityLists>): EntityLists => ({ ...empty(), ...part });
const totals = (gold: Partial<EntityLists>, found: Partial<EntityLists>) =>
  totalsOf([{ slug: 'x', style: 'wire', error: null, notHits: [], scores: scoreDocument(lists(gold), lists(found)) }]);

const pen = (person: string | null, type: 'imprisonment' | 'fine' | 'administrative_detention', duration: string | null, amount: number | null = null) => ({
  person, type, duration, amount, currency: amount === null ? null : 'KZT',
});

describe('persons', () => {
  test.each([
    ['Galiya Tamabayeva', 'Galiya Tamabaeva', 1],
    ['Galiya Tamabayeva', 'Tamabaeva', 1],
    ['Ablovas Zhumaev', 'Ablovas Dzhumaev', 1],
    ['Yevgeniy Zhovtis', 'Evgeny Zhovtis', 1],
    ['Alibek Moldin', 'Molodin', 1],
    ['Gulmira Khalykova', 'Gulmira Halykova', 1],
    ['Leyla Darkhanbayeva', 'Leila Darkhanbaeva', 1],
    ['Askhat Zheksebaev', 'Askhat Dzheksebayev', 1],
    ['Ablovas Zhumaev', 'Ablovas Dzumaev', 1],
    ['Azamat Bakyt uulu', 'Azamat Bakyt uulu', 1],
    ['Dana Duisekenova', 'Daniyar Duisekenova', 1],
    ['Dana Duisekenova', 'Marat Duisekenova', 0],
    ['Zhambyl Kobeysinov', 'Nur-Sultan', 0],
    ['Asia Bakaeva', 'Anna Shukeeva', 0],
  ])('gold %p vs found %p -> %p true positives', (gold, found, tp) => {
    const s = scoreDocument(lists({ persons: [gold] }), lists({ persons: [found] })).persons;
    expect(s.tp).toBe(tp);
    expect(s.fn).toBe(1 - tp);
    expect(s.fp).toBe(1 - tp);
  });

  test('a false positive lowers precision and leaves recall', () => {
    const t = totals({ persons: ['Askhat Zheksebaev', 'Noyan Rakhimzhanov'] }, { persons: ['Askhat Zheksebaev', 'Noyan Rakhimzhanov', 'Nur-Sultan', 'Republic Square'] }).persons;
    expect(t.recall).toBe(1);
    expect(t.precision).toBe(0.5);
    expect(t.f1).toBeCloseTo(2 / 3, 6);
  });

  test('a miss lowers recall and leaves precision', () => {
    const t = totals({ persons: ['Askhat Zheksebaev', 'Noyan Rakhimzhanov', 'Bakdaulet Alibekov', 'Serik Zhakhin'] }, { persons: ['Serik Zhakhin'] }).persons;
    expect(t.precision).toBe(1);
    expect(t.recall).toBe(0.25);
    expect(t.f1).toBeCloseTo(0.4, 6);
  });

  test('one found name cannot match two gold persons', () => {
    const s = scoreDocument(lists({ persons: ['Marat Musabaev', 'Aigul Musabaeva'] }), lists({ persons: ['Musabaev'] })).persons;
    expect(s.tp).toBe(1);
    expect(s.fn).toBe(1);
  });

  test('person keys fold the first initial too', () => {
    expect(personKey('Yevgeniy Zhovtis')).toEqual(personKey('Evgeniy Zhovtis'));
    expect(personKey('Tokayev').initial).toBeNull();
  });
});

describe('courts', () => {
  test.each([
    ['Saryagash District Court', 'the Saryagash District Court', 1],
    ['Saryagash District Court', 'Saryagash  district court', 1],
    ['Special Interdistrict Administrative Court', 'Administrative Court', 0],
    ['Second Pavlodar City Court', 'Pavlodar City Court', 0],
  ])('gold %p vs found %p -> %p', (gold, found, tp) => {
    expect(scoreDocument(lists({ courts: [gold] }), lists({ courts: [found] })).courts.tp).toBe(tp);
  });

  test('a duplicate court is a false positive', () => {
    expect(courtKey('The Shymkent City Court.')).toBe('shymkent city court');
    const s = scoreDocument(lists({ courts: ['Shymkent City Court'] }), lists({ courts: ['Shymkent City Court', 'the Shymkent City Court'] })).courts;
    expect([s.tp, s.fp]).toEqual([1, 1]);
  });
});

describe('articles', () => {
  test('a set by (article, code): parts and repeats do not count twice, a wrong code does not match', () => {
    const s = scoreDocument(
      lists({ articles: [{ article: '130', part: null, code: 'criminal' }, { article: '73', part: null, code: 'administrative' }] }),
      lists({ articles: [
        { article: '130', part: '1', code: 'criminal' },
        { article: '130', part: null, code: 'criminal' },
        { article: '73', part: null, code: 'criminal' },
      ] }),
    ).articles;
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.misses).toEqual(['Article 73 (administrative)']);
  });
});

describe('dates', () => {
  test('a multiset: each repeated mention counts', () => {
    const s = scoreDocument(lists({ dates: ['2019-12-16', '2019-12-16', '2019-12'] }), lists({ dates: ['2019-12-16', '2019-12', '2019-12', '2019'] })).dates;
    expect([s.tp, s.fp, s.fn]).toEqual([2, 2, 1]);
  });
});

describe('penalties', () => {
  test('matches person by transliteration, type and duration', () => {
    const s = scoreDocument(lists({ penalties: [pen('Galiya Tamabayeva', 'administrative_detention', 'P10D')] }), lists({ penalties: [pen('Tamabaeva', 'administrative_detention', 'P10D')] })).penalties;
    expect(s.tp).toBe(1);
  });

  test.each([
    ['a wrong duration', pen('Marat Musabaev', 'administrative_detention', 'P10D')],
    ['a wrong type', pen('Marat Musabaev', 'imprisonment', 'P15D')],
    ['a wrong person', pen('Askhat Zheksebaev', 'administrative_detention', 'P15D')],
    ['no person', pen(null, 'administrative_detention', 'P15D')],
  ])('%s does not match', (_label, found) => {
    const s = scoreDocument(lists({ penalties: [pen('Marat Musabaev', 'administrative_detention', 'P15D')] }), lists({ penalties: [found] })).penalties;
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
  });

  test('fines match by amount; equivalent durations are equal', () => {
    const s = scoreDocument(
      lists({ penalties: [pen('Bakdaulet Alibekov', 'fine', null, 50000), pen('Amangeldy Batyrbekov', 'imprisonment', 'P1Y6M')] }),
      lists({ penalties: [pen('Bakdaulet Alibekov', 'fine', null, 5000), pen('Amangeldy Batyrbekov', 'imprisonment', 'P18M')] }),
    ).penalties;
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(canonicalDuration('P2W')).toBe('P14D');
    expect(canonicalDuration('PT40H')).toBe('PT40H');
    expect(canonicalDuration('P7.5Y')).toBe('P7Y6M');
  });
});

describe('totals', () => {
  test('nothing due and nothing found is perfect; something due and nothing found is zero', () => {
    expect(totals({}, {}).courts.f1).toBe(1);
    expect(totals({ courts: ['Shymkent City Court'] }, {}).courts.f1).toBe(0);
    expect(totals({}, { courts: ['Shymkent City Court'] }).courts.precision).toBe(0);
  });

  test('micro-average sums counts over documents', () => {
    const docs = [
      { slug: 'a', style: 'wire', error: null, notHits: [], scores: scoreDocument(lists({ dates: ['2019-12-01'] }), lists({ dates: ['2019-12-01'] })) },
      { slug: 'b', style: 'wire', error: null, notHits: [], scores: scoreDocument(lists({ dates: ['2019-12-02', '2019-12-03', '2019-12-04'] }), lists({ dates: [] })) },
    ];
    expect(totalsOf(docs).dates.recall).toBe(0.25);
    expect(totalsOf(docs).dates.precision).toBe(1);
  });
});
