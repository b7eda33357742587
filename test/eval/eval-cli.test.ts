/** The eval entry point on temporary fixture folders: exit codes for floors, bad gold and --only. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateFixtures, main, notListHits } from '../../bench/eval';

const text = 'On 13th December 2019 the Shymkent City Court fined activist Nurzhan Mukhamedov 50,000 tenge.\n';
const gold = {
  published: '2019-12-20',
  style: 'court-report',
  persons: ['Nurzhan Mukhamedov'],
  courts: ['Shymkent City Court'],
  articles: [],
  dates: ['2019-12-13'],
  penalties: [{ person: 'Nurzhan Mukhamedov', type: 'fine', duration: null, amount: 50000, currency: 'KZT', inferred: false }],
  not: { persons: ['Shymkent'] },
};

let dir: string;
let out: string[];
let err: string[];
let writeOut: typeof process.stdout.write;
let writeErr: typeof process.stderr.write;

function fixture(slug: string, goldJson: unknown, source = text): void {
  mkdirSync(join(dir, slug));
  writeFileSync(join(dir, slug, 'source.txt'), source);
  writeFileSync(join(dir, slug, 'gold.json'), typeof goldJson === 'string' ? goldJson : JSON.stringify(goldJson));
}
const floors = (f: number, penalties = f) => writeFileSync(join(dir, 'floors.json'), JSON.stringify({ persons: f, courts: f, articles: f, dates: f, penalties }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-eval-'));
  out = [];
  err = [];
  writeOut = process.stdout.write;
  writeErr = process.stderr.write;
  process.stdout.write = ((s: string) => out.push(String(s)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => err.push(String(s)) > 0) as typeof process.stderr.write;
});
afterEach(() => {
  process.stdout.write = writeOut;
  process.stderr.write = writeErr;
  rmSync(dir, { recursive: true, force: true });
});

test('scores the real pipeline on a fixture and prints a table', async () => {
  fixture('one', gold);
  floors(0);
  expect(await main(['--dir', dir])).toBe(0);
  const table = out.join('');
  for (const kind of ['persons', 'courts', 'articles', 'dates', 'penalties']) expect(table).toMatch(new RegExp(`^${kind}\\s`, 'm'));
  const report = evaluateFixtures(dir);
  expect(report.documents).toHaveLength(1);
  expect(report.documents[0].error).toBeNull();
  // gold has one of each kind but articles, so whatever was found, counts add up to the gold sizes
  expect(report.totals.persons.tp + report.totals.persons.fn).toBe(1);
  expect(report.totals.articles.tp + report.totals.articles.fn).toBe(0);
});

test('exits 1 and names the kind when a floor is not reached', async () => {
  // Nobody can find a person that is not in the text: recall 0 for persons.
  fixture('one', { ...gold, persons: ['Nurzhan Mukhamedov', 'Galiya Tamabayeva'] });
  floors(1);
  expect(await main(['--dir', dir])).toBe(1);
  expect(err.join('')).toMatch(/persons: F1 \d\.\d{3} is under its floor 1\.000/);
});

test('--only skips the floor check and filters documents; --verbose lists misses', async () => {
  fixture('one', { ...gold, persons: ['Nurzhan Mukhamedov', 'Galiya Tamabayeva'] });
  fixture('two', gold);
  floors(1);
  expect(await main(['--dir', dir, '--only', 'one', '--verbose'])).toBe(0);
  expect(out.join('')).toMatch(/documents: 1/);
  expect(out.join('')).toMatch(/persons miss: "Galiya Tamabayeva"/);
  expect(out.join('')).toMatch(/^court-report\s+1\s/m);
});

test('names found that the gold lists under "not" are reported', () => {
  const fx = { gold: { ...gold, not: { persons: ['Nur-Sultan'], courts: ['the court', 'EU Delegation'] } } } as Parameters<typeof notListHits>[0];
  const found = { persons: ['Nurzhan Mukhamedov', 'Nur-Sultan'], courts: ['The Court', 'Shymkent City Court'], articles: [], dates: [], penalties: [] };
  expect(notListHits(fx, found)).toEqual(['persons: "Nur-Sultan"', 'courts: "The Court"']);
});

test('gold that breaks the format is a usage error naming the fixture, not a crash', async () => {
  fixture('broken', { ...gold, penalties: [{ person: 'X', type: 'flogging', duration: null, amount: null, currency: null, inferred: false }] });
  expect(await main(['--dir', dir])).toBe(2);
  expect(err.join('')).toMatch(/broken\/gold\.json does not follow the gold format/);
});

test('gold that is not JSON is a usage error too', async () => {
  fixture('notjson', '{ "published": ');
  expect(await main(['--dir', dir])).toBe(2);
  expect(err.join('')).toMatch(/notjson\/gold\.json is not JSON/);
});

test('unknown flags are usage errors', async () => {
  expect(await main(['--frobnicate'])).toBe(2);
});
