/**
 * The review page in a real Chromium shows the role the text gives the
 * record's person beside the name, and marks the references the extractor
 * resolved to that person ("the applicant", "he") as the person's own.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Entities, Span } from '../../src/contract';
import { openStore } from '../../src/store';
import type { ReviewStore } from '../../src/store/types';
import { CHROMIUM, recordAbout, snapshotOf, startReviewCli } from './review-fixtures';

jest.setTimeout(120_000);

const TEXT = [
  'Mr Talgat Omarov ("the applicant") was born in 1975 and lives in Taraz.',
  'The applicant was represented by Ms Dana Serikova, a lawyer practising in Taraz.',
  'On 4 March 2019 the Medeu District Court fined the applicant 150,000 tenge. He appealed.',
].join('\n\n');

/** Every occurrence of `needle` in TEXT as a span. */
function spans(needle: string): Span[] {
  const out: Span[] = [];
  for (let i = TEXT.indexOf(needle); i >= 0; i = TEXT.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length, text: needle });
  return out;
}

const ENTITIES = {
  persons: [
    { name: 'Talgat Omarov', role: 'defendant', mentions: [...spans('Talgat Omarov'), ...spans('the applicant'), ...spans('The applicant'), ...spans('He appealed').map((s) => ({ ...s, end: s.start + 2, text: 'He' }))] },
    { name: 'Dana Serikova', role: 'lawyer', mentions: spans('Dana Serikova') },
  ],
  courts: [{ name: 'Medeu District Court', mentions: spans('Medeu District Court') }],
  articles: [],
  dates: [{ date: '2019-03-04', mention: spans('4 March 2019')[0] }],
  penalties: [],
} as unknown as Entities;

describe('review page: roles and resolved references', () => {
  let dir: string;
  let store: ReviewStore;
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-review-roles-'));
    const dbFile = path.join(dir, 'review.db');
    store = await openStore(dbFile);
    await store.saveExtraction({ ...snapshotOf('roles', TEXT), entities: ENTITIES }, [
      recordAbout('omarov', TEXT, 'On 4 March 2019', 'roles', {
        person: { name: 'Talgat Omarov', descriptor: null },
        confidence: 0.9,
        penalties: [{ type: 'fine', duration: null, amount: 150000, currency: 'KZT', inferred: true }],
      }),
      recordAbout('nobody', TEXT, 'born in 1975', 'roles', { person: { name: 'Aruzhan Bekova', descriptor: null }, confidence: 0.2 }),
    ]);
    server = await startReviewCli(dbFile);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the role stands beside the name; "the applicant" and "He" are marked as the record person', async () => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="1"]');
    await page.waitForFunction(() => document.getElementById('rec-person')?.textContent === 'Talgat Omarov');
    expect(await page.isVisible('#rec-role')).toBe(true);
    expect(await page.textContent('#rec-role')).toBe('defendant');
    const references = await page.locator('#evidence .m-reference').allTextContents();
    expect(references).toEqual(['the applicant', 'He']);
    const persons = await page.locator('#evidence .m-person').allTextContents();
    expect(persons).not.toContain('the applicant');
  });

  test('a person the extractor gave no role has no role shown', async () => {
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('rec-person')?.textContent === 'Aruzhan Bekova');
    expect(await page.isVisible('#rec-role')).toBe(false);
    expect(await page.locator('#evidence .m-reference').count()).toBe(0);
  });
});
