/**
 * The review page in a real Chromium: sign-in by the printed URL, keyboard
 * decisions (a, x with a reason, Space, u), edits, claims across sessions,
 * hostile markup staying inert; the store is checked after every step.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore } from '../../src/store';
import type { ReviewStore } from '../../src/store/types';
import { CHROMIUM, CLEAN_TEXT, HOSTILE_TEXT, recordAbout, snapshotOf, startReviewCli as startCli } from './review-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'review');
const SPEED_RECORDS = 30;
const FIRST = ['Asel', 'Bolat', 'Dina', 'Erlan', 'Gulnara', 'Nurlan'];
const LAST = ['Abenova', 'Kassymov', 'Orazbek', 'Sadykova', 'Temirov'];
/** Invented names, all distinct, for the bulk records. */
const bulkName = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

jest.setTimeout(120_000);

describe('review page', () => {
  let dir: string;
  let dbFile: string;
  let store: ReviewStore;
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const base = () => new URL(server.url).origin + '/';
  const shown = () => page.textContent('#rec-person');
  const status = async (id: string) => (await store.getRecord(id))!;
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const waitShown = (name: string) => page.waitForFunction((n) => document.getElementById('rec-person')?.textContent === n, name);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(path.join(os.tmpdir(), 'casefile-review-page-'));
    dbFile = path.join(dir, 'review.db');
    store = await openStore(dbFile);
    await store.saveExtraction(snapshotOf('hostile', HOSTILE_TEXT, { title: '<script>window.__pwned=3</script>Update', url: 'javascript:window.__pwned=4' }), [
      recordAbout('hostile', HOSTILE_TEXT, 'Eve Mallory', 'hostile', {
        person: { name: 'Eve <img src=x onerror="window.__pwned=6"> Mallory', descriptor: '<script>window.__pwned=7</script>' },
        confidence: 0.99,
        evidence: [{ start: 0, end: HOSTILE_TEXT.length, text: HOSTILE_TEXT }],
        source: { url: 'javascript:window.__pwned=4', sha256: 'hostile' },
        penalties: [{ type: 'administrative_detention', duration: 'P10D', amount: null, currency: null, inferred: false }],
      }),
    ]);
    await store.saveExtraction(
      snapshotOf('clean', CLEAN_TEXT),
      [
        recordAbout('bukenov', CLEAN_TEXT, 'Rinat Bukenov', 'clean', {
          confidence: 0.9,
          court: 'Munaylin District Court',
          date: '2019-12-13',
          charges: [{ article: '130', part: null, code: 'criminal', label: null }],
          penalties: [{ type: 'imprisonment', duration: 'P6M', amount: null, currency: null, inferred: false }],
        }),
        recordAbout('tamabayeva', CLEAN_TEXT, 'Aigul Tamabayeva', 'clean', {
          confidence: 0.8,
          date: '2019-12-02',
          penalties: [{ type: 'fine', duration: null, amount: 50000, currency: 'KZT', inferred: false }],
        }),
        recordAbout('zhumaev', CLEAN_TEXT, 'Daniyar Zhumaev', 'clean', { confidence: 0.7 }),
        recordAbout('seitkali', CLEAN_TEXT, 'Marat Seitkali', 'clean', { confidence: 0.65 }),
      ],
      { sourceId: 'monitor', country: 'KZ' },
    );
    await store.saveExtraction(
      snapshotOf('bulk', CLEAN_TEXT),
      Array.from({ length: SPEED_RECORDS }, (_, i) => recordAbout(`bulk-${i}`, CLEAN_TEXT, 'Marat Seitkali', 'bulk', { person: { name: bulkName(i), descriptor: null }, confidence: 0.1 })),
      { sourceId: 'bulk', country: 'BY' },
    );
    server = await startCli(dbFile);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('without the token nothing is readable or writable', async () => {
    const plain = await fetch(base(), { headers: { accept: 'text/html' } });
    expect(plain.status).toBe(401);
    expect(await plain.text()).toContain('Not signed in');
    expect((await fetch(base() + 'api/queue')).status).toBe(401);
    expect((await fetch(base() + 'app.js')).status).toBe(401);
    expect((await fetch(base() + '?token=wrong-token-value')).status).toBe(401);
    const post = await fetch(base() + 'api/records/bukenov/decision', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'accept' }) });
    expect(post.status).toBe(401);
    expect((await status('bukenov')).status).toBe('pending');
    const res = await page.goto(base());
    expect(res!.status()).toBe(401);
    expect(await page.textContent('h1')).toBe('Not signed in');
  });

  test('the printed URL opens the page; hostile markup stays inert text', async () => {
    const res = await page.goto(server.url);
    expect(page.url()).toBe(base()); // the token left the address bar
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('body[data-ready="1"]');
    expect(await shown()).toBe('Eve <img src=x onerror="window.__pwned=6"> Mallory');
    expect(await page.textContent('#evidence')).toContain('<script>window.__pwned=2</script>');
    expect(await page.textContent('#evidence')).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('#record img, #record script, #evidence b').count()).toBe(0);
    expect(await page.getAttribute('#rec-source', 'href')).toBeNull();
    expect(await page.inputValue('#edit [name=descriptor]')).toBe('<script>window.__pwned=7</script>');
    await page.hover('#evidence');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await shot('01-hostile-inert');
  });

  test('x with a reason rejects; the next record follows at once', async () => {
    await page.keyboard.press('x');
    await page.waitForSelector('#reject-reason', { state: 'visible' });
    await page.keyboard.type('markup, not a case');
    await page.keyboard.press('Enter');
    await waitShown('Rinat Bukenov');
    const r = await status('hostile');
    expect(r.status).toBe('rejected');
    expect(r.reason).toBe('markup, not a case');
    expect(r.decidedBy).toBe('analyst');
    // the person, court, date, article and penalty are highlighted in the evidence paragraph
    for (const kind of ['evidence', 'person', 'court', 'date', 'article', 'penalty']) {
      expect(await page.locator(`#evidence .m-${kind}`).count()).toBeGreaterThan(0);
    }
    expect(await page.textContent('#evidence .m-person')).toContain('Bukenov');
    expect(await page.getAttribute('#rec-source', 'href')).toBe('https://monitor.example.org/clean');
    await shot('02-record-view');
    await page.waitForFunction(() => document.getElementById('toast')?.className === '');
  });

  test('a accepts', async () => {
    await page.keyboard.press('a');
    await waitShown('Aigul Tamabayeva');
    const r = await status('bukenov');
    expect(r.status).toBe('accepted');
    expect(r.record.court).toBe('Munaylin District Court');
    await shot('03-accepted');
  });

  test('edit fields then a accepts the edited record', async () => {
    await page.fill('#edit [name=court]', 'Saryagash District Court');
    await page.fill('#edit [name=descriptor]', 'journalist');
    await page.click('#add-charge');
    await page.fill('#charges .charge:last-child [name=article]', '488');
    await page.selectOption('#charges .charge:last-child [name=code]', 'administrative');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await waitShown('Daniyar Zhumaev');
    const r = await status('tamabayeva');
    expect(r.status).toBe('accepted');
    expect(r.record.court).toBe('Saryagash District Court');
    expect(r.record.person.descriptor).toBe('journalist');
    expect(r.record.charges).toEqual([{ article: '488', part: null, code: 'administrative', label: null }]);
    expect(r.record.penalties).toEqual([{ type: 'fine', duration: null, amount: 50000, currency: 'KZT', inferred: false }]);
    const log = await store.audit({ recordId: 'tamabayeva' });
    expect(log.map((e) => e.action)).toEqual(['accept']);
    expect((log[0].before as { record: { court: string | null } }).record.court).toBeNull();
  });

  test('the duration picker writes ISO 8601 durations', async () => {
    await page.click('#add-penalty');
    const row = '#penalties .penalty:last-child';
    await page.selectOption(`${row} [name=type]`, 'house_arrest');
    await page.fill(`${row} [name=months]`, '2');
    await page.click('#btn-save');
    await page.waitForFunction(() => document.querySelectorAll('#penalties .penalty').length === 1 && document.getElementById('toast')?.textContent === 'Saved');
    const r = await status('zhumaev');
    expect(r.status).toBe('pending');
    expect(r.record.penalties).toEqual([{ type: 'house_arrest', duration: 'P2M', amount: null, currency: null, inferred: false }]);
  });

  test('u undoes the last decision and brings the record back', async () => {
    await page.keyboard.press('u');
    await waitShown('Aigul Tamabayeva');
    const r = await status('tamabayeva');
    expect(r.status).toBe('pending');
    expect(r.record.court).toBeNull();
    expect(await page.textContent('#rec-status')).toBe('pending');
    expect(await page.inputValue('#edit [name=court]')).toBe('');
    const log = await store.audit({ recordId: 'tamabayeva' });
    expect(log.map((e) => e.action)).toEqual(['accept', 'undo']);
  });

  test('Space skips without deciding; a second analyst never gets the same record', async () => {
    await page.keyboard.press(' ');
    await waitShown('Daniyar Zhumaev');
    expect((await status('tamabayeva')).status).toBe('pending');
    const mine = await status('zhumaev');
    expect(mine.claimedBy).toMatch(/^analyst~/);

    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await other.goto(server.url);
    await other.waitForSelector('body[data-ready="1"]');
    const theirs = await other.textContent('#rec-person');
    expect(theirs).not.toBe('Daniyar Zhumaev');
    expect(['Aigul Tamabayeva', 'Marat Seitkali']).toContain(theirs);
    await ctx.close();
  });

  test('a signed-in session still needs the CSRF token to POST', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(server.url);
    await p.waitForSelector('body[data-ready="1"]');
    const cookies = await ctx.cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect(cookies.find((c) => c.name === 'casefile_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const forged = await fetch(base() + 'api/records/seitkali/decision', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'accept' }) });
    expect(forged.status).toBe(403);
    expect((await status('seitkali')).status).toBe('pending');
    await ctx.close();
  });

  test('keyboard speed: decisions per minute (measured, not asserted)', async () => {
    await page.selectOption('#filters [name=sourceId]', 'bulk');
    await page.waitForFunction((names) => names.includes(document.getElementById('rec-person')?.textContent ?? ''), Array.from({ length: SPEED_RECORDS }, (_, i) => bulkName(i)));
    const started = Date.now();
    for (let i = 0; i < SPEED_RECORDS; i++) {
      const before = await shown();
      await page.keyboard.press('a');
      await page.waitForFunction((b) => document.getElementById('rec-person')?.textContent !== b || !document.getElementById('empty')!.hidden, before);
    }
    const seconds = (Date.now() - started) / 1000;
    const perMinute = (SPEED_RECORDS / seconds) * 60;
    expect(await store.countRecords({ status: 'accepted', sourceId: 'bulk' })).toBe(SPEED_RECORDS);
    expect(await page.isVisible('#empty')).toBe(true);
    // u still works on the empty queue: the last record comes back
    await page.keyboard.press('u');
    await page.waitForSelector('#record', { state: 'visible' });
    expect(await store.countRecords({ status: 'pending', sourceId: 'bulk' })).toBe(1);
    await page.keyboard.press('a');
    await page.waitForSelector('#empty', { state: 'visible' });
    expect(await store.countRecords({ status: 'accepted', sourceId: 'bulk' })).toBe(SPEED_RECORDS);
    const figure = { decisions: SPEED_RECORDS, seconds: Number(seconds.toFixed(2)), decisionsPerMinute: Math.round(perMinute), msPerDecision: Math.round((seconds * 1000) / SPEED_RECORDS) };
    writeFileSync(path.join(ARTIFACTS, 'keyboard-speed.json'), JSON.stringify(figure, null, 2));
    process.stderr.write(`review page: ${figure.decisions} keyboard decisions in ${figure.seconds} s = ${figure.decisionsPerMinute}/min (${figure.msPerDecision} ms each, page + store round trip)\n`);
    await shot('04-queue-empty');
  });

  test('people: variants are proposed and a reviewer confirms the merge', async () => {
    await store.saveExtraction(snapshotOf('later', 'Aigul Tamabaeva was fined again on 10 February 2020.'), [
      recordAbout('tamabaeva-2', 'Aigul Tamabaeva was fined again on 10 February 2020.', 'Aigul Tamabaeva', 'later', { date: '2020-02-10' }),
    ]);
    await page.click('#tab-people');
    await page.waitForSelector('#proposals li button');
    expect(await page.textContent('#proposals')).toContain('Aigul Tamabaeva');
    await page.click('#proposals li button:has-text("Same person")');
    await page.waitForFunction(() => document.getElementById('proposals')?.textContent?.includes('No proposals'));
    const person = await store.personTimeline('Aigul Tamabayeva');
    expect(person?.records.map((r) => r.id)).toEqual(['tamabayeva', 'tamabaeva-2']);
    await page.click('#people li:has-text("Aigul")');
    await page.waitForSelector('#timeline table');
    expect(await page.locator('#timeline tr').count()).toBe(3);
    await shot('05-people');
    // the record view shows the person's other records as a timeline
    await page.click('#timeline tr:has-text("2020-02-10") button');
    await waitShown('Aigul Tamabaeva');
    await page.waitForSelector('#person-records', { state: 'visible' });
    expect(await page.locator('#person-records-rows tr').count()).toBe(2);
    const title = await page.textContent('#person-records-title');
    expect(title).toContain('Aigul Tamabayeva');
    expect(title).toContain('Aigul Tamabaeva');
    await shot('06-person-timeline');
    expect(existsSync(path.join(ARTIFACTS, '05-people.png'))).toBe(true);
  });
});
