/** The review store's behaviour, the same suite on SQLite and on PostgreSQL. */
import { spawnSync } from 'node:child_process';
import { StoreError } from '../../src/store';
import { BACKENDS, openTestStore, record, snapshot, type TestStore } from './test-stores';

describe.each(BACKENDS)('review store on %s', (kind) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(kind);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  test('saveExtraction is idempotent and keeps review state', async () => {
    const { store } = t;
    expect(await store.saveExtraction(snapshot(), [record('r1'), record('r2', { confidence: 0.4 })], { sourceId: 'iphr', country: 'KZ' })).toEqual({ inserted: 2, existing: 0 });
    expect(await store.saveExtraction(snapshot(), [record('r1'), record('r2', { confidence: 0.4 })])).toEqual({ inserted: 0, existing: 2 });
    await store.decide('r1', { reviewer: 'ann', action: 'accept' });
    expect(await store.saveExtraction(snapshot(), [record('r1', { confidence: 0.1 })])).toEqual({ inserted: 0, existing: 1 });
    const r1 = await store.getRecord('r1');
    expect(r1?.status).toBe('accepted');
    expect(r1?.record.confidence).toBe(0.8);
    expect(r1?.sourceId).toBe('iphr');
    expect(r1?.country).toBe('KZ');
    const all = await store.listRecords();
    expect(all.map((r) => r.record.id).sort()).toEqual(['r1', 'r2']);
    expect((await store.listRecords({ status: 'pending' })).map((r) => r.record.id)).toEqual(['r2']);
  });

  test('the snapshot keeps the cleaned text for evidence', async () => {
    await t.store.saveExtraction(snapshot('sha-x'), [record('r1')]);
    const s = await t.store.getSnapshot('sha-x');
    expect(s?.text).toBe(snapshot().text);
    expect(s?.url).toBe('https://news.example.org/update-1');
    const r = (await t.store.getRecord('r1'))!.record;
    expect(r.evidence[0].text).toBe(s!.text.slice(r.evidence[0].start, r.evidence[0].end));
    expect(await t.store.getSnapshot('nope')).toBeNull();
  });

  test('invalid records are refused with a clear error and nothing is written', async () => {
    const bad = { ...record('ok2'), confidence: 7 };
    await expect(t.store.saveExtraction(snapshot(), [record('ok1'), bad])).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await t.store.countRecords()).toBe(0);
    await expect(t.store.saveExtraction({ ...snapshot(), sha256: '' }, [])).rejects.toBeInstanceOf(StoreError);
  });

  test('filters and sorting', async () => {
    await t.store.saveExtraction(snapshot('s1'), [record('a', { confidence: 0.9, date: '2019-11-02' }), record('b', { confidence: 0.3, date: '2019-12' })], { sourceId: 'iphr', country: 'KZ' });
    await t.store.saveExtraction(
      snapshot('s2'),
      [record('c', { confidence: 0.6, date: '2020-01-05', penalties: [{ type: 'fine', duration: null, amount: 10, currency: 'KZT', inferred: false }] })],
      { sourceId: 'civicus', country: 'BY' },
    );
    const ids = async (f: Parameters<typeof t.store.listRecords>[0]) => (await t.store.listRecords(f)).map((r) => r.record.id);
    expect(await ids({ sort: 'confidence-desc' })).toEqual(['a', 'c', 'b']);
    expect(await ids({ sort: 'confidence-asc' })).toEqual(['b', 'c', 'a']);
    expect(await ids({ sort: 'date-desc' })).toEqual(['c', 'b', 'a']);
    expect(await ids({ sourceId: 'civicus' })).toEqual(['c']);
    expect(await ids({ country: 'KZ', sort: 'date-asc' })).toEqual(['a', 'b']);
    expect(await ids({ penaltyType: 'fine' })).toEqual(['c']);
    expect(await ids({ penaltyType: 'imprisonment', sort: 'confidence-desc' })).toEqual(['a', 'b']);
    expect(await ids({ dateFrom: '2019-12-01', dateTo: '2019-12', sort: 'date-asc' })).toEqual(['b']);
    expect(await ids({ minConfidence: 0.5, maxConfidence: 0.7 })).toEqual(['c']);
    expect(await t.store.countRecords({ country: 'KZ' })).toBe(2);
    expect(await t.store.facets()).toEqual({ sources: ['civicus', 'iphr'], countries: ['BY', 'KZ'], penaltyTypes: ['fine', 'imprisonment'] });
  });

  test('claims: two analysts never get the same record; a claim expires', async () => {
    await t.store.saveExtraction(snapshot(), [record('a', { confidence: 0.9 }), record('b', { confidence: 0.5 })]);
    const first = await t.store.claimNext({ reviewer: 'ann' });
    const second = await t.store.claimNext({ reviewer: 'bob' });
    expect(first?.record.id).toBe('a');
    expect(second?.record.id).toBe('b');
    expect(await t.store.claimNext({ reviewer: 'cat' })).toBeNull();
    // asking again returns the record one already holds
    expect((await t.store.claimNext({ reviewer: 'ann' }))?.record.id).toBe('a');
    await expect(t.store.decide('a', { reviewer: 'bob', action: 'accept' })).rejects.toMatchObject({ code: 'claim-held' });
    // a short claim runs out and the record goes to the next analyst
    await t.store.release('a', 'ann');
    expect((await t.store.claimNext({ reviewer: 'ann', claimTtlMs: 30 }))?.record.id).toBe('a');
    await new Promise((r) => setTimeout(r, 60));
    expect((await t.store.claimNext({ reviewer: 'cat' }))?.record.id).toBe('a');
  });

  test('concurrent claimants get distinct records', async () => {
    const many = Array.from({ length: 12 }, (_, i) => record(`r${String(i).padStart(2, '0')}`));
    await t.store.saveExtraction(snapshot(), many);
    const got = await Promise.all(Array.from({ length: 12 }, (_, i) => t.store.claimNext({ reviewer: `rev${i}` })));
    const ids = got.map((g) => g?.record.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(12);
  });

  test('skipped ids are not offered again in the session', async () => {
    await t.store.saveExtraction(snapshot(), [record('a', { confidence: 0.9 }), record('b', { confidence: 0.5 })]);
    expect((await t.store.claimNext({ reviewer: 'ann' }))?.record.id).toBe('a');
    const next = await t.store.claimNext({ reviewer: 'ann', excludeIds: ['a'] });
    expect(next?.record.id).toBe('b');
    // the skipped record was released for others
    expect((await t.store.claimNext({ reviewer: 'bob' }))?.record.id).toBe('a');
  });

  test('decisions, edits and undo are logged append-only with before and after', async () => {
    await t.store.saveExtraction(snapshot(), [record('a'), record('b')]);
    const edited = record('a', { person: { name: 'Rinat Bukenov', descriptor: 'blogger' }, court: 'Almaty City Court', confidence: 0.1, evidence: [] });
    const accepted = await t.store.decide('a', { reviewer: 'ann', action: 'accept', record: edited });
    expect(accepted.status).toBe('accepted');
    expect(accepted.decidedBy).toBe('ann');
    expect(accepted.record.court).toBe('Almaty City Court');
    expect(accepted.record.person.descriptor).toBe('blogger');
    // evidence and confidence are not editable
    expect(accepted.record.confidence).toBe(0.8);
    expect(accepted.record.evidence).toHaveLength(1);
    const rejected = await t.store.decide('b', { reviewer: 'ann', action: 'reject', reason: ' not a court case ' });
    expect(rejected.status).toBe('rejected');
    expect(rejected.reason).toBe('not a court case');

    const undone = await t.store.undoLast('ann');
    expect(undone?.record.id).toBe('b');
    expect(undone?.status).toBe('pending');
    expect(undone?.reason).toBeNull();
    const undone2 = await t.store.undoLast('ann');
    expect(undone2?.record.id).toBe('a');
    expect(undone2?.status).toBe('pending');
    expect(undone2?.record.court).toBe('Munaylin District Court');
    expect(await t.store.undoLast('ann')).toBeNull();

    const log = await t.store.audit();
    expect(log.map((e) => [e.action, e.recordId, e.reviewer])).toEqual([
      ['accept', 'a', 'ann'],
      ['reject', 'b', 'ann'],
      ['undo', 'b', 'ann'],
      ['undo', 'a', 'ann'],
    ]);
    expect(log[0].before).toMatchObject({ status: 'pending', record: { court: 'Munaylin District Court' } });
    expect(log[0].after).toMatchObject({ status: 'accepted', record: { court: 'Almaty City Court' } });
    expect(log[1].reason).toBe('not a court case');
    expect(log[3].undoes).toBe(log[0].id);
    expect(Date.parse(log[0].at)).not.toBeNaN();

    const table = 'review_audit';
    if (t.store.backend.kind === 'sqlite') {
      const db = t.store.backend.db;
      expect(() => db.prepare(`UPDATE ${table} SET reviewer = 'mallory'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM ${table}`).run()).toThrow(/append-only/);
    } else {
      const pool = t.store.backend.pool;
      await expect(pool.query(`UPDATE ${table} SET reviewer = 'mallory'`)).rejects.toThrow(/append-only/);
      await expect(pool.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
    }
  });

  test('analysts sharing one reviewer name undo only their own decisions', async () => {
    await t.store.saveExtraction(snapshot(), [record('a'), record('b')]);
    await t.store.decide('a', { reviewer: 'analyst', claimant: 'analyst~s1', action: 'accept' });
    await t.store.decide('b', { reviewer: 'analyst', claimant: 'analyst~s2', action: 'reject' });
    expect((await t.store.undoLast('analyst', 'analyst~s1'))?.record.id).toBe('a');
    expect((await t.store.getRecord('b'))?.status).toBe('rejected');
    expect(await t.store.undoLast('analyst', 'analyst~s1')).toBeNull();
    expect((await t.store.undoLast('analyst', 'analyst~s2'))?.record.id).toBe('b');
  });

  test('editRecord logs an edit; undo refuses when someone changed the record since', async () => {
    await t.store.saveExtraction(snapshot(), [record('a')]);
    const e = await t.store.editRecord('a', record('a', { date: '2019-12-14' }), 'ann');
    expect(e.record.date).toBe('2019-12-14');
    expect(e.status).toBe('pending');
    // an edit alone is not a decision: nothing to undo
    expect(await t.store.undoLast('ann')).toBeNull();
    await t.store.decide('a', { reviewer: 'ann', action: 'accept' });
    await t.store.editRecord('a', record('a', { date: '2019-12-15' }), 'bob');
    await expect(t.store.undoLast('ann')).rejects.toMatchObject({ code: 'undo-conflict' });
    expect((await t.store.getRecord('a'))?.status).toBe('accepted');
    expect((await t.store.audit({ recordId: 'a' })).map((x) => x.action)).toEqual(['edit', 'accept', 'edit']);
    await expect(t.store.editRecord('a', { ...record('a'), date: 'yesterday' }, 'ann')).rejects.toMatchObject({ code: 'invalid-record' });
    await expect(t.store.decide('zzz', { reviewer: 'ann', action: 'accept' })).rejects.toMatchObject({ code: 'not-found' });
  });

  test('people across articles: one person with a timeline; variants proposed; merge confirmed', async () => {
    await t.store.saveExtraction(snapshot('nov'), [record('n1', { date: '2019-11-20' }), record('t1', { person: { name: 'Aigul Tamabayeva', descriptor: null }, date: '2019-12-02' })]);
    await t.store.saveExtraction(snapshot('dec'), [
      record('d1', { person: { name: 'Rinat  BUKENOV', descriptor: null }, date: '2019-12-13' }),
      record('t2', { person: { name: 'Aigul Tamabaeva', descriptor: null }, date: '2020-01-10' }),
      record('z1', { person: { name: 'Daniyar Zhumaev', descriptor: null }, date: null }),
      record('z2', { person: { name: 'Daniyar Dzhumaev', descriptor: null }, date: '2019-10-01' }),
    ]);
    const people = await t.store.persons();
    const bukenov = people.find((p) => p.names.includes('Rinat Bukenov'))!;
    expect(bukenov.records.map((r) => [r.id, r.date])).toEqual([
      ['n1', '2019-11-20'],
      ['d1', '2019-12-13'],
    ]);
    expect(people).toHaveLength(5);

    const proposals = await t.store.mergeProposals();
    expect(proposals.map((p) => [p.nameA, p.nameB].sort().join(' / ')).sort()).toEqual(['Aigul Tamabaeva / Aigul Tamabayeva', 'Daniyar Dzhumaev / Daniyar Zhumaev']);

    await t.store.decideMerge('Aigul Tamabayeva', 'Aigul Tamabaeva', true, 'ann');
    await t.store.decideMerge('Daniyar Zhumaev', 'Daniyar Dzhumaev', false, 'ann');
    expect(await t.store.mergeProposals()).toEqual([]);
    const tama = await t.store.personTimeline('Aigul Tamabaeva');
    expect(tama?.records.map((r) => r.id)).toEqual(['t1', 't2']);
    expect(tama?.names.sort()).toEqual(['Aigul Tamabaeva', 'Aigul Tamabayeva']);
    expect(await t.store.persons()).toHaveLength(4);
    const log = await t.store.audit({ reviewer: 'ann' });
    expect(log.map((e) => e.action)).toEqual(['merge-persons', 'reject-merge']);
    await expect(t.store.decideMerge('Aigul Tamabaeva', 'Nobody Known', true, 'ann')).rejects.toMatchObject({ code: 'not-found' });
  });

  test('export marks per destination', async () => {
    await t.store.setExportMarks('pg:x', [{ recordId: 'a', contentHash: 'h1' }]);
    await t.store.setExportMarks('pg:x', [{ recordId: 'a', contentHash: 'h2' }, { recordId: 'b', contentHash: 'h3' }]);
    const marks = await t.store.exportMarks('pg:x');
    expect([...marks.values()].map((m) => [m.recordId, m.contentHash]).sort()).toEqual([
      ['a', 'h2'],
      ['b', 'h3'],
    ]);
    expect((await t.store.exportMarks('other')).size).toBe(0);
    await t.store.deleteExportMarks('pg:x', ['a']);
    expect([...(await t.store.exportMarks('pg:x')).keys()]).toEqual(['b']);
  });

  test('another process sees the same store', async () => {
    await t.store.saveExtraction(snapshot(), [record('a')]);
    const out = spawnSync(
      process.execPath,
      ['-e', `const {openStore}=require(${JSON.stringify(require.resolve('../../dist/src/store'))});openStore(${JSON.stringify(t.url)}).then(async s=>{const r=await s.claimNext({reviewer:'other'});process.stdout.write(String(r&&r.record.id));await s.close()})`],
      { encoding: 'utf8', timeout: 20000 },
    );
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('a');
    expect(await t.store.claimNext({ reviewer: 'ann' })).toBeNull();
  });
});
