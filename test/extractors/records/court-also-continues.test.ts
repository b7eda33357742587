/**
 * Records: a sentence whose subject is the court or judge and that adds a penalty ("The court also banned X")
 * goes on with the proceeding told just before, even in a new paragraph; other sentences do not.
 */
import { buildRecords, extractEntities } from '../../../extractors';
import type { CaseRecord } from '../../../src/contract';

const SOURCE = { url: null, sha256: 'b'.repeat(64) };

function records(text: string, published: string | null): CaseRecord[] {
  const doc = { text, published, title: null, author: null, lang: 'en' };
  const out = buildRecords(doc, extractEntities(doc), SOURCE);
  for (const r of out) for (const e of r.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  return out;
}

const summary = (rs: CaseRecord[]) => rs.map((r) => [r.person.name, r.court, r.date, r.penalties.map((p) => `${p.type}:${p.duration ?? p.amount}`)]);

const CASES: Array<{ text: string; published: string; expect: ReturnType<typeof summary> }> = [
  {
    text: 'On 5 May 2024 the Aktau City Court gave oil worker Nurlan Sagatov a suspended sentence of three years.\n\nThe court also banned Sagatov from union activity for five years.',
    published: '2024-05-07',
    expect: [['Nurlan Sagatov', 'Aktau City Court', '2024-05-05', ['suspended_sentence:P3Y', 'ban:P5Y']]],
  },
  {
    text: 'On 5 May 2024 the Aktau City Court sentenced teacher Nurlan Sagatov to two years in prison. His family was not allowed in.\n\nThe judge further ordered that Sagatov be banned from teaching for three years.',
    published: '2024-05-07',
    expect: [['Nurlan Sagatov', 'Aktau City Court', '2024-05-05', ['imprisonment:P2Y', 'ban:P3Y']]],
  },
  {
    // no "also"/"further": a separate sentence about another ruling stays a separate record
    text: 'On 5 May 2024 the Aktau City Court gave oil worker Nurlan Sagatov a suspended sentence of three years.\n\nIn 2019 Sagatov had been banned from union activity for two years.',
    published: '2024-05-07',
    expect: [
      ['Nurlan Sagatov', 'Aktau City Court', '2024-05-05', ['suspended_sentence:P3Y']],
      ['Nurlan Sagatov', null, null, ['ban:P2Y']],
    ],
  },
];

describe('buildRecords: "the court also ..." continues the proceeding', () => {
  test.each(CASES)('$text', ({ text, published, expect: expected }) => {
    expect(summary(records(text, published))).toEqual(expected);
  });
});
