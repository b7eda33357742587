/**
 * Records: one per person per proceeding, built by the real pipeline
 * (extractEntities + buildRecords) on literal texts and on the seed page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRecords, extractEntities } from '../../../extractors';
import { CaseRecordSchema, type CaseRecord } from '../../../src/contract';

const SOURCE = { url: 'https://example.org/update', sha256: 'a'.repeat(64) };

function records(text: string, published: string | null = null): CaseRecord[] {
  const doc = { text, published, title: null, author: null, lang: 'en' };
  const out = buildRecords(doc, extractEntities(doc), SOURCE);
  for (const r of out) {
    CaseRecordSchema.parse(r);
    for (const e of r.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  }
  return out;
}

const SEED = readFileSync(join(__dirname, '../../../fixtures/texts/seed-kz-2019-12/source.txt'), 'utf8');

describe('buildRecords on the seed page', () => {
  const recs = records(SEED, '2020-01-15');
  const byName = (surname: string): CaseRecord[] => recs.filter((r) => r.person.name.includes(surname));

  test("Kobeysinov: six months' imprisonment on 13 December 2019 under Article 130 (slander)", () => {
    const [r] = byName('Kobeysinov');
    expect(r.date).toBe('2019-12-13');
    expect(r.penalties).toEqual([{ type: 'imprisonment', duration: 'P6M', amount: null, currency: null, inferred: false }]);
    expect(r.charges.map((c) => [c.article, c.code])).toEqual([['130', 'criminal']]);
    expect(r.charges[0].label).toMatch(/slander/);
    expect(r.evidence[0].text).toMatch(/^On 13th December 2019, the Munaylin District Court/);
  });

  test('Bezhanova gets her own record: six months of restriction of freedom', () => {
    const [r] = byName('Bezhanova');
    expect(r.penalties.map((p) => [p.type, p.duration])).toEqual([['restriction_of_freedom', 'P6M']]);
  });

  test('Bukenov: two proceedings (a warning on 5 December, five days on 27 December) give two records', () => {
    const rs = byName('Bukenov');
    expect(rs.map((r) => [r.date, r.penalties.map((p) => p.type)])).toEqual([
      ['2019-12-05', ['warning']],
      ['2019-12-27', ['administrative_detention']],
    ]);
    expect(rs[1].charges.map((c) => [c.article, c.code])).toEqual([['73', 'administrative']]);
  });

  test('Rakhimzhanov to 13 days is carried over: inferred, and less confident than Zheksebaev', () => {
    const [r] = byName('Rakhimzhanov');
    const [z] = byName('Zheksebaev');
    expect(r.penalties).toEqual([{ type: 'administrative_detention', duration: 'P13D', amount: null, currency: null, inferred: true }]);
    expect(r.confidence).toBeLessThan(z.confidence);
  });

  test('Mukhamedov: community service and a fine are one proceeding', () => {
    const rs = byName('Mukhamedov');
    expect(rs).toHaveLength(1);
    expect(rs[0].penalties.map((p) => [p.type, p.duration])).toEqual([['community_service', 'PT40H'], ['fine', null]]);
  });

  test('officials and journalists who merely appear get no record', () => {
    for (const name of ['Tokayev', 'Abayev', 'Zhovtis', 'Duisekenova', 'Inzhigliev', 'Kuandykov', 'Ablazimov', 'Mukina']) expect(byName(name)).toEqual([]);
  });

  test('ids are stable for the same input and distinct across records', () => {
    const again = records(SEED, '2020-01-15');
    expect(again.map((r) => r.id)).toEqual(recs.map((r) => r.id));
    expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length);
    for (const r of recs) expect(r.id).toMatch(/^[0-9a-f]{64}$/);
  });

  test('confidence stays within 0..1', () => {
    for (const r of recs) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('buildRecords on literal texts', () => {
  test('a person charged but not yet sentenced gets a record without penalties', () => {
    const text = 'On 26th November 2019 the trial of blogger Alibek Moldin began in Aktobe. Moldin was charged under Article 131 of the Criminal Code.';
    const rs = records(text);
    expect(rs.map((r) => [r.person.name, r.penalties.length, r.charges.map((c) => c.article)])).toEqual([['Alibek Moldin', 0, ['131']]]);
  });

  test('one sentence with court, date, article and penalty is the most confident', () => {
    const full = records('On 13 December 2019 the Munaylin District Court sentenced activist Zhambyl Kobeysinov to six months in prison under Article 130 of the Criminal Code.');
    const bare = records('Zhambyl Kobeysinov was sentenced to six months in prison.');
    expect(full[0].confidence).toBeGreaterThan(bare[0].confidence);
  });

  test('persons who are not the subject or object of a proceeding get no record', () => {
    const text = 'Their lawyer, Nighat Rizvi, said the reporters had been charged. Nurbek Toktakunov himself was not charged. The case was opened on a complaint by governor Mansur Abdiev.';
    expect(records(text)).toEqual([]);
  });

  test('two rulings told in one sentence with different dates are two proceedings', () => {
    const rs = records('Blogger Aliaksandr Kabanau was sentenced to 10 days of administrative arrest on 3 May 2022; on 13 May 2022 he was arrested again and received another 15 days.');
    expect(rs.map((r) => [r.date, r.penalties.map((p) => p.duration)])).toEqual([['2022-05-03', ['P10D']], ['2022-05-13', ['P15D']]]);
  });

  test('an acquittal is a proceeding too', () => {
    expect(records('A third defendant, Omar Abdel-Ghani, was acquitted.').map((r) => [r.person.name, r.penalties])).toEqual([['Omar Abdel-Ghani', []]]);
  });

  test('a text with no proceeding gives no records', () => {
    expect(records('President Kassym-Jomart Tokayev said on 20 December 2019 that Article 130 would be decriminalised.')).toEqual([]);
  });

  test('empty text gives no records', () => {
    expect(records('')).toEqual([]);
  });

  test('the source is carried into every record', () => {
    const [r] = records('Zhambyl Kobeysinov was sentenced to six months in prison.');
    expect(r.source).toEqual(SOURCE);
  });
});
