/** Every gold.json follows the gold format, and what it names really occurs in its source.txt. */
import { defaultFixturesDir } from '../../bench/eval';
import { listFixtureSlugs, loadFixture } from '../../bench/eval-gold';

const dir = defaultFixturesDir();
const slugs = listFixtureSlugs(dir);
// Scraped text carries no-break spaces and line breaks inside names; compare on folded whitespace.
const fold = (s: string) => s.replace(/\s+/g, ' ');

test('there are fixtures, with at least 20 of gold-A\'s own and 5 of them without cases', () => {
  const own = slugs.filter((s) => s.startsWith('a-')).map((s) => loadFixture(dir, s));
  expect(own.length).toBeGreaterThanOrEqual(20);
  expect(own.filter((f) => f.gold.style === 'no-case').length).toBeGreaterThanOrEqual(5);
});

describe.each(slugs)('%s', (slug) => {
  const fx = loadFixture(dir, slug);
  const text = fold(fx.source);

  test('persons and courts are spelt as in the text, once each', () => {
    for (const name of [...fx.gold.persons, ...fx.gold.courts]) expect({ name, found: text.includes(fold(name)) }).toEqual({ name, found: true });
    expect(new Set(fx.gold.persons).size).toBe(fx.gold.persons.length);
    expect(new Set(fx.gold.courts.map((c) => c.toLowerCase())).size).toBe(fx.gold.courts.length);
    for (const c of fx.gold.courts) expect(c).not.toMatch(/^the\s/i);
  });

  test('every penalty names a listed person; fines carry an amount or nothing, terms a duration or nothing', () => {
    for (const p of fx.gold.penalties) {
      expect(fx.gold.persons).toContain(p.person);
      if (p.type === 'fine') expect(p.duration).toBeNull();
      if (p.amount !== null) expect(p.currency).not.toBeNull();
    }
  });

  test('no-case documents have no penalties; the "not" lists do not contradict the gold', () => {
    if (fx.gold.style === 'no-case') expect(fx.gold.penalties).toEqual([]);
    for (const n of fx.gold.not.persons ?? []) expect(fx.gold.persons).not.toContain(n);
    for (const n of fx.gold.not.courts ?? []) expect(fx.gold.courts).not.toContain(n);
    // Tempting non-persons must be in the text (MINSK may be in capitals); not.courts may hold generic
    // phrases ("the court") given as reminders even where the text lacks them.
    const lower = text.toLowerCase();
    for (const n of fx.gold.not.persons ?? []) expect({ n, found: lower.includes(fold(n).toLowerCase()) }).toEqual({ n, found: true });
  });
});
