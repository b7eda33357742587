/** The real-text gold: excerpts cut from ../shared by offsets, checked by sha256, scored with ANNOTATION.md's conventions. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreDocument } from '../../bench/eval-match';
import { ENTITY_KINDS } from '../../bench/eval-match';
import { evaluateRealSet, floorFailures, formatTable, readRealFloors, realGoldSets, treeExtractor } from '../../bench/eval';
import { loadRealGold, sharedDir } from '../../bench/eval-real';
import { repoRoot } from '../../bench/eval';

const corpora = join(sharedDir(repoRoot()), 'corpora');

test('each pool ships development gold whose excerpts match their sha256', () => {
  const sets = realGoldSets('real');
  expect(sets.map((s) => s.name).sort()).toEqual(['echr-facts dev', 'news-courts dev']);
  for (const set of sets) {
    const excerpts = loadRealGold(set.path, corpora);
    expect(excerpts.length).toBeGreaterThanOrEqual(20);
    for (const ex of excerpts) expect(ex.text.length).toBe(ex.line.end - ex.line.start);
  }
});

test('a gold line whose offsets moved is refused with its place', () => {
  const dev = realGoldSets('real').find((s) => s.pool === 'news-courts')!;
  const first = JSON.parse(readFileSync(dev.path, 'utf8').split('\n')[0]);
  first.start += 1;
  const dir = mkdtempSync(join(tmpdir(), 'casefile-gold-'));
  const path = join(dir, 'moved.jsonl');
  writeFileSync(path, JSON.stringify(first) + '\n');
  expect(() => loadRealGold(path, corpora)).toThrow(/moved\.jsonl:1: .*does not match its sha256/);
});

test('distinct gold counts each date and each (article, part, code) once', () => {
  const lists = (dates: string[], parts: Array<string | null>) => ({
    persons: [],
    courts: [],
    articles: parts.map((part) => ({ article: '162', part, code: 'criminal' as const })),
    dates,
    penalties: [],
  });
  const s = scoreDocument(lists(['2005-05-12'], ['2', '3']), lists(['2005-05-12', '2005-05-12'], ['2']), 'distinct');
  expect(s.dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  expect(s.articles).toMatchObject({ tp: 1, fp: 0, fn: 1 });
});

test('every development set on real text stays at or above its pinned floors', () => {
  const floors = readRealFloors();
  const sets = realGoldSets('real');
  expect(Object.keys(floors).sort()).toEqual(sets.map((s) => s.name).sort());
  for (const set of sets) {
    const report = evaluateRealSet(set);
    expect(report.documents.filter((d) => d.error !== null)).toEqual([]);
    for (const kind of ENTITY_KINDS) expect(floors[set.name][kind]).toBeGreaterThanOrEqual(0);
    const failures = floorFailures(report, floors[set.name]);
    if (failures.length > 0) process.stderr.write(`${set.name}\n${formatTable(report, floors[set.name])}`);
    expect(failures).toEqual([]);
  }
}, 120000);

test('our own batches on real text point at their texts exactly', () => {
  const sets = realGoldSets('blind');
  expect(sets.length).toBeGreaterThanOrEqual(2);
  for (const set of sets) {
    const excerpts = loadRealGold(set.path, corpora);
    // (every batch holds at least 14 excerpts of its pool; a batch of both pools at least 30; a supplement such as
    // batch5p, the few penalty texts the pool had left, and batch13-news, the last news texts its rule lets in, hold fewer)
    expect(excerpts.length).toBeGreaterThanOrEqual(/batch\d+p-|batch13-news/.test(set.path) ? 1 : 14);
    for (const ex of excerpts) {
      for (const name of ex.line.gold.persons) expect(ex.text).toContain(name);
      // (a court may be named without the own-language gloss its text gives before the seat: "Court of Civitavecchia")
      const withoutGlosses = ex.text.replace(/ \( ?[^()]*? ?\)(?= of )/g, '');
      for (const name of ex.line.gold.courts) expect(ex.text.includes(name) || withoutGlosses.includes(name) ? name : ex.text).toBe(name);
      for (const p of ex.line.gold.penalties) expect(ex.text).toContain(p.text);
    }
  }
});

test('--tree scores another built checkout on the same gold: this checkout scores as itself, a missing build is named', () => {
  const set = realGoldSets('real').find((s) => s.pool === 'echr-facts')!;
  const own = evaluateRealSet(set);
  const viaTree = evaluateRealSet(set, { extract: treeExtractor(repoRoot()) });
  expect(viaTree.totals).toEqual(own.totals);
  expect(() => treeExtractor(join(tmpdir(), 'no-such-checkout'))).toThrow(/--tree: .*extract-document\.js is missing/);
}, 120000);
