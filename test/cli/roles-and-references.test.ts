/**
 * `casefile extract` prints each person's role and the references the discourse layer resolved
 * ("the applicant", "him") among the person's mentions; the penalty through a reference is inferred,
 * and the record goes to the resolved person. The text is our own.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ResultObjectSchema } from '../../src/contract';

const BIN = join(__dirname, '../../bin/casefile.js');

const TEXT = [
  'Mr Anton Belov (“the applicant”) is a Russian national who lives in Perm. He was represented by Ms Vera Lind, a lawyer practising in Moscow.',
  '',
  'On 3 May 2010 the Perm District Court, presided over by Judge Oleg Sviridov, found the applicant guilty of disorderly conduct and fined him 2,000 Russian roubles (RUB).',
].join('\n');

describe('casefile extract: roles and resolved references', () => {
  const r = spawnSync(process.execPath, [BIN, 'extract', '--text', '-'], { input: TEXT, encoding: 'utf8' });
  const obj = ResultObjectSchema.parse(JSON.parse(r.stdout));
  const person = (name: string) => obj.entities.persons.find((p) => p.name === name);

  it('exits 0 with a result that follows the contract', () => {
    expect(r.status).toBe(0);
  });

  it('gives each person the role the text says', () => {
    expect(person('Anton Belov')?.role).toBe('defendant');
    expect(person('Vera Lind')?.role).toBe('lawyer');
    expect(person('Oleg Sviridov')?.role).toBe('judge');
  });

  it('adds the resolved references to the defendant’s mentions, each span true to the text', () => {
    const belov = person('Anton Belov')!;
    expect(belov.mentions.map((m) => m.text)).toEqual(['Anton Belov', 'He', 'the applicant', 'him']);
    for (const m of belov.mentions) expect(obj.document.text.slice(m.start, m.end)).toBe(m.text);
    const others = obj.entities.persons.filter((p) => p !== belov).flatMap((p) => p.mentions);
    for (const m of belov.mentions) for (const o of others) expect(m.start < o.end && o.start < m.end).toBe(false);
  });

  it('gives the fine to the defendant, inferred, and never to the lawyer or the judge', () => {
    expect(obj.entities.penalties.map((p) => [p.person, p.type, p.amount, p.currency, p.inferred])).toEqual([['Anton Belov', 'fine', 2000, 'RUB', true]]);
    expect(obj.records.map((rec) => rec.person.name)).toEqual(['Anton Belov']);
    expect(obj.records[0].penalties[0].inferred).toBe(true);
  });
});
