/**
 * The discourse layer: each case states a reference (its n-th occurrence in the text) and the person it
 * must resolve to, or null when no person fits or two do (eyecite's checkResolution style); then roles
 * decided from the one list of cues. Sentences are our own.
 */
import { buildDiscourse, type Discourse } from '../../../extractors/discourse';
import { analyse } from '../../../extractors/nlp/analysis';
import { extractPersons } from '../../../extractors/persons';

function discourseOf(text: string): Discourse {
  const a = analyse({ text });
  return buildDiscourse(a, extractPersons(a));
}

/** The start of the n-th (1-based) occurrence of `needle` in `text`, matching whole words. */
function nth(text: string, needle: string, n: number): number {
  const re = new RegExp(`(?<![\\p{L}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  const hits = [...text.matchAll(re)].map((m) => m.index ?? 0);
  if (hits.length < n) throw new Error(`"${needle}" occurs ${hits.length} times, not ${n}`);
  return hits[n - 1];
}

type Case = [text: string, reference: string, occurrence: number, person: string | null, rule: string];

const RESOLUTIONS: Case[] = [
  // aliases the text defines
  ['Mr Anton Belov ("the applicant") was born in 1970. The applicant was fined in 2004.', 'The applicant', 1, 'Anton Belov', 'alias'],
  ['Ms Irina Volkova (hereinafter "the defendant") denied the charge. The court found the defendant guilty.', 'the defendant', 2, 'Irina Volkova', 'alias'],
  ['The applicant in the first case, Mr Zoran Petrovic, lives in Nis. The applicant was fined.', 'The applicant', 2, 'Zoran Petrovic', 'alias'],
  ['Mr Pavel Orlov (“the first applicant”) and Ms Olga Orlova (“the second applicant”) are spouses. The second applicant was fined.', 'The second applicant', 1, 'Olga Orlova', 'alias'],
  ['Mr Pavel Orlov (“the first applicant”) and Ms Olga Orlova (“the second applicant”) are spouses. The first applicant was detained.', 'The first applicant', 1, 'Pavel Orlov', 'alias'],
  // the one defendant, or the one person named
  ['The court convicted Marek Nowak of fraud. The defendant appealed.', 'The defendant', 1, 'Marek Nowak', 'sole-defendant'],
  ['Mr Tomas Kowalczyk refused to show his papers. The applicant was fined 100 Swiss francs.', 'The applicant', 1, 'Tomas Kowalczyk', 'sole-person'],
  // role nouns pointing back to one named person
  ['Blogger Aidos Sadykov posted a video. The blogger was detained the next day.', 'The blogger', 1, 'Aidos Sadykov', 'descriptor'],
  ['Activist Nurlan Ospanov and journalist Dana Ermekova were detained. The activist was later released.', 'The activist', 1, 'Nurlan Ospanov', 'descriptor'],
  // he / she / him / her
  ['Viktor Lind was arrested in May. He was sentenced to two years.', 'He', 1, 'Viktor Lind', 'pronoun'],
  ['Mr Karl Weiss and Ms Anna Roth were tried together. She was acquitted.', 'She', 1, 'Anna Roth', 'pronoun'],
  ['Mr Karl Weiss and Ms Anna Roth were tried together. He was convicted.', 'He', 1, 'Karl Weiss', 'pronoun'],
  // an object pronoun does not point at the subject of its verb, nor at the judge
  ['Oskar Dahl was detained at the border. Judge Erik Holm sentenced him to a year in prison.', 'him', 1, 'Oskar Dahl', 'pronoun'],
  // two persons fit and neither is cast as defendant: unknown
  ['Mr Ivan Sokolov met Mr Pyotr Gromov at the station. He said nothing.', 'He', 1, null, 'pronoun-ambiguous'],
  // two persons fit, one is the defendant
  ['The court convicted Mr Lev Markov. Mr Oleg Frolov, a witness, said he had seen Mr Markov at the scene. He was fined 500 roubles.', 'He', 1, 'Lev Markov', 'pronoun-defendant'],
  // an apposition ("X, a witness, said he") is the named person, not an unnamed one
  ['Mr Oleg Frolov, a witness, said he had seen the fight.', 'he', 1, 'Oleg Frolov', 'pronoun'],
  // an unnamed person told in between is the nearer antecedent
  ['Mr Lars Nilsson spoke. A court convicted a university student of insulting him and sentenced her to a year.', 'her', 1, null, 'indefinite-antecedent'],
  // a name the finder missed is the subject in between: the pronoun is not the person named before it
  ['Richard Nixon resigned in 1974. In 1981, NORTHCO pleaded guilty to charges for income he had earned in 1978.', 'he', 1, null, 'no-antecedent'],
  // ... and so is an unnamed person who is the subject in between
  ['Richard Nixon resigned in 1974. In 1981, the aide pleaded guilty to tax evasion. On June 19 he was sentenced.', 'he', 1, null, 'no-antecedent'],
  ['Richard Nixon resigned in 1974. A former aide was charged with fraud. He was sentenced to five years.', 'He', 1, null, 'no-antecedent'],
  // ... but a role noun that names the person told before keeps the chain
  ['Ivan Petrov, a blogger, was arrested in May. The blogger was charged with fraud. In June he was sentenced.', 'he', 1, 'Ivan Petrov', 'pronoun'],
  // ... and a surname named once as the one who pleaded is found, so the pronoun is his
  ['Richard Nixon resigned in 1974. In 1981, Butz pleaded guilty to charges for income he had earned in 1978.', 'he', 1, 'Butz', 'pronoun'],
  // two defendants fit: a subject pronoun goes on with the subject of the sentence before
  ['He, alongside Ahmed Sukkari, was sentenced to death.', 'He', 1, null, 'no-antecedent'],
  ['Hisham Moustafa is a billionaire. He, alongside Ahmed Sukkari, was sentenced to death. After a retrial he is now serving a fifteen-year term.', 'he', 1, 'Hisham Moustafa', 'pronoun-subject'],
  // a sentence in between that names nobody keeps the chain
  ['Viktor Lind was arrested in May. The trial opened in June. He was sentenced to two years.', 'He', 1, 'Viktor Lind', 'pronoun'],
  // no antecedent at all
  ['He was fined 2,000 roubles. Ivan Petrov had been detained the day before.', 'He', 1, null, 'no-antecedent'],
  // "the applicant" with two candidates and no alias: unknown
  ['Mr Adam Kowalski and Mr Pavel Smirnov were both convicted. The applicant appealed.', 'The applicant', 1, null, 'no-antecedent'],
  // the subject of a ruling skips a judge who spoke in between, across paragraphs; a judge's own "he said" does not
  ['Peter Marsh was found guilty of fraud.\n\nJudge Alan Booth called the fraud shameful.\n\nHe was jailed for 15 months.', 'He', 1, 'Peter Marsh', 'pronoun'],
  ['Peter Marsh was found guilty of fraud.\n\nJudge Alan Booth called the fraud shameful.\n\nHe said it was a sad case.', 'He', 1, 'Alan Booth', 'pronoun'],
  // whoever lodged the application is "the applicant", beside others named in no part
  ['Having regard to the application introduced on 8 March 1996 by Ivan Kolar against Croatia; Mr Petar Babic was heard. The applicant was fined.', 'The applicant', 1, 'Ivan Kolar', 'sole-defendant'],
  // "the former" and "the latter": the first or second of two persons named together just before
  ['Karl Weber and Otto Brandt were tried together. The former was sentenced to six years.', 'The former', 1, 'Karl Weber', 'former-latter'],
  ['Karl Weber and Otto Brandt were tried together. The former was jailed and the latter was fined.', 'the latter', 1, 'Otto Brandt', 'former-latter'],
  ['Mr Tomas Halvik shared a cell with A.B. and C.D. The latter was a former guard.', 'The latter', 1, null, 'no-antecedent'],
  // an age the text gave with a name: "X, 45," or "45-year-old X"; two of that age are no one
  ['Omar Haddad, 45, was arrested in 2005. The 45-year-old was jailed for seven years.', 'The 45-year-old', 1, 'Omar Haddad', 'age'],
  ['The 45-year-old teacher Omar Haddad was arrested. The 45-year-old man was jailed.', 'The 45-year-old man', 1, 'Omar Haddad', 'age'],
  ['Omar Haddad, 45, and Karim Sadewo, 45, were arrested. The 45-year-old was jailed.', 'The 45-year-old', 1, null, 'descriptor-ambiguous'],
  // "his client": the one the lawyer who speaks represents
  ["Omar Haddad's lawyer, Karim Sadewo, said his client was sentenced to seven years.", 'his client', 1, 'Omar Haddad', 'client'],
  ['Karim Sadewo, the lawyer for Omar Haddad, said the court sentenced his client to seven years.', 'his client', 1, 'Omar Haddad', 'client'],
  ['Karim Sadewo spoke to Omar Haddad on Monday. He said his client would appeal.', 'his client', 1, null, 'no-antecedent'],
  // a cleric, then "the cleric"
  ['Omar Haddad, a Muslim cleric, was arrested in 2005. The cleric was sentenced to seven years.', 'The cleric', 1, 'Omar Haddad', 'descriptor'],
];

describe('buildDiscourse: each reference and its antecedent', () => {
  test.each(RESOLUTIONS)('%s [%s #%i] -> %s', (text, reference, occurrence, person, rule) => {
    const d = discourseOf(text);
    const at = nth(text, reference, occurrence);
    const r = d.resolutions.find((x) => x.ref.span.start === at);
    expect(r).toBeDefined();
    expect(r!.ref.span.text).toBe(text.slice(r!.ref.span.start, r!.ref.span.end));
    expect(r!.entity?.name ?? null).toBe(person);
    expect(r!.rule).toBe(rule);
  });
});

type RoleCase = [text: string, person: string, role: string | null];

const ROLES: RoleCase[] = [
  ['The applicant was represented by Ms Maria Klein, a lawyer practising in Vienna.', 'Maria Klein', 'lawyer'],
  ['The Government were represented by their Agent, Mr Hans Vogel, of the Ministry of Justice.', 'Hans Vogel', 'lawyer'],
  ['Judge Amalia Reyes adjourned the hearing.', 'Amalia Reyes', 'judge'],
  ['Presiding judge Monika Wolska read out the verdict.', 'Monika Wolska', 'judge'],
  ['However, Hale LJ dissented on that point.', 'Hale', 'judge'],
  ['Collins J said the order would stand.', 'Collins', 'judge'],
  ['Prosecutor Stefan Kurz asked for five years.', 'Stefan Kurz', 'prosecutor'],
  ['His lawyer Petra Lang said they would appeal.', 'Petra Lang', 'lawyer'],
  ['Mr Jonas Petraitis (“the applicant”) is a Swedish national.', 'Jonas Petraitis', 'defendant'],
  ['Marta Nowak, 34, was sentenced to two years.', 'Marta Nowak', 'defendant'],
  ['The court sentenced lawyer Ilya Brodsky to three years.', 'Ilya Brodsky', 'defendant'],
  ['Human rights lawyer Kamal Aziz, who was convicted in May, remains in prison.', 'Kamal Aziz', 'defendant'],
  ['A police officer, Sergeant Tom Reed, testified that the crowd was calm.', 'Tom Reed', 'witness'],
  ['He was convicted of insulting President Omar Saleh online.', 'Omar Saleh', 'victim'],
  ['Interior Minister Rafael Soto said the law was clear.', 'Rafael Soto', 'official'],
  ['The complaint was brought by Dr Leila Haddad, the hospital director.', 'Leila Haddad', 'other'],
  ['The court jailed the editor, Reuters correspondent Parisa Hafezi reported.', 'Parisa Hafezi', 'other'],
  ['Maria Lopez went home.', 'Maria Lopez', null],
];

describe('buildDiscourse: a person’s role from the cues next to its name', () => {
  test.each(ROLES)('%s -> %s is %s', (text, person, role) => {
    const d = discourseOf(text);
    const p = d.persons.find((x) => x.name === person);
    expect(p).toBeDefined();
    expect(p!.role ?? null).toBe(role);
  });
});

describe('buildDiscourse: persons and their mentions', () => {
  const text = 'Mr Anton Belov ("the applicant") was represented by Ms Vera Lind, a lawyer. The applicant was fined. He paid.';
  const d = discourseOf(text);

  it('adds the resolved references to the person’s mentions, in text order', () => {
    const belov = d.persons.find((p) => p.name === 'Anton Belov')!;
    expect(belov.mentions.map((m) => m.text)).toEqual(['Anton Belov', 'The applicant', 'He']);
    for (const m of belov.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it('never lets a reference overlap another person’s name', () => {
    const names = d.persons.flatMap((p) => p.mentions.slice(0, 1).map((m) => ({ p: p.name, m })));
    for (const p of d.persons) {
      for (const m of p.mentions) {
        for (const n of names) if (n.p !== p.name) expect(m.start < n.m.end && n.m.start < m.end).toBe(false);
      }
    }
  });

  it('gives the alias text inside the brackets to nobody', () => {
    const inAlias = text.indexOf('the applicant');
    expect(d.resolutions.some((r) => r.ref.span.start === inAlias)).toBe(false);
  });

  it('gives "Mrs Nowakowa" to the person introduced as Mrs, not to the Miss named last', () => {
    const t = 'Mrs Anna Nowakowa and Miss Ewa Nowakowa are Polish nationals. On 3 May 1999 Mrs Nowakowa was heard by the police.';
    const byName = Object.fromEntries(discourseOf(t).persons.map((p) => [p.name, p.mentions.map((m) => m.start)]));
    expect(byName['Anna Nowakowa']).toContain(t.lastIndexOf('Nowakowa'));
    expect(byName['Ewa Nowakowa']).not.toContain(t.lastIndexOf('Nowakowa'));
  });

  it('lets "the applicants" of an excerpt that never names them stand for the few persons in no other part', () => {
    const t = 'Mr Artur Benko was bound for ten minutes. According to Ms Olga Lisova, she heard him. At 4 a.m. the applicants were transferred to the station.';
    expect(discourseOf(t).groups.map((x) => [x.rule, x.names])).toEqual([['party-group', ['Artur Benko', 'Olga Lisova']]]);
    // (a judge or lawyer named before is no applicant; one person alone is no group)
    expect(discourseOf('Judge Ivan Kolar heard Mr Artur Benko. The applicants appealed.').groups).toEqual([]);
  });

  it('resolves "the applicants" and a later "them" to both applicants', () => {
    const t = 'The first applicant, Mr Olav Dahl, and the second applicant, Ms Siri Dahl, are married. On 3 May 2011 the applicants were convicted and the court sentenced them to ten months.';
    const g = discourseOf(t).groups;
    expect(g.map((x) => [x.rule, x.names])).toEqual([
      ['party-group', ['Olav Dahl', 'Siri Dahl']],
      ['plural-pronoun', ['Olav Dahl', 'Siri Dahl']],
    ]);
  });
});
