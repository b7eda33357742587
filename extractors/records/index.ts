/**
 * buildRecords(doc, entities, source): one CaseRecord per person per proceeding.
 * Penalties are grouped by person, then split into proceedings by ruling date,
 * court and sentence; persons charged or tried without a penalty told get a
 * record too. Example: Kobeysinov's six months (13 Dec 2019, Munaylin District
 * Court, Article 130) is one record with that sentence as evidence.
 */
import { createHash } from 'node:crypto';
import type { CaseRecord, Charge, Document, Entities, Penalty, Span } from '../../src/contract';
import { extractArticleMatches } from '../articles';
import { analyse, type Analysis } from '../nlp/analysis';
import { findDescriptor, surnameKey } from '../persons';
import { chargesFor } from './charges';
import { CONFIDENCE } from './data/weights';
import { chargeOnly, groupPenalties, type Proceeding } from './proceedings';
import { sentenceIndexAt } from './text-index';

export interface RecordSource {
  url: string | null;
  sha256: string;
}

function personKey(name: string): string {
  const parts = name.trim().split(/\s+/);
  const surname = parts.length > 1 ? parts[parts.length - 1] : parts[0];
  return `${surnameKey(surname)}:${surnameKey(parts[0]).slice(0, 1)}`;
}

function confidenceOf(g: Proceeding, charges: Charge[], oneSentence: boolean): number {
  let c = CONFIDENCE.base;
  if (g.penalties.length > 0) c += CONFIDENCE.penalty;
  if (g.court) c += CONFIDENCE.court;
  if (g.date) c += CONFIDENCE.date;
  if (charges.length > 0) c += CONFIDENCE.charge;
  if (oneSentence) c += CONFIDENCE.oneSentence;
  if (g.penalties.some((p) => p.inferred)) c += CONFIDENCE.inferredPenalty;
  return Math.round(Math.min(1, Math.max(0, c)) * 100) / 100;
}

function descriptorOf(text: string, entities: Entities, name: string, memo: Map<string, string | null>): string | null {
  if (memo.has(name)) return memo.get(name) ?? null;
  const person = entities.persons.find((p) => p.name === name);
  let found: string | null = null;
  for (const m of person?.mentions ?? []) {
    // descriptors stand beside the name, not beside "he" or "the applicant" (resolved references among the mentions)
    if (!/^\p{Lu}/u.test(m.text) || /^(?:He|She|Him|Her|The)\b/.test(m.text)) continue;
    found = findDescriptor(text, m);
    if (found) break;
  }
  memo.set(name, found);
  return found;
}

export function buildRecords(doc: Pick<Document, 'text'>, entities: Entities, source: RecordSource, analysis?: Analysis): CaseRecord[] {
  const a = analysis && analysis.text === doc.text ? analysis : analyse(doc);
  const text = a.text;
  const sentences = a.sentences;
  const articles = extractArticleMatches(text);
  const byPerson = new Map<string, Penalty[]>();
  for (const p of entities.penalties) {
    if (!p.person) continue;
    const list = byPerson.get(p.person);
    if (list) list.push(p);
    else byPerson.set(p.person, [p]);
  }
  const proceedings: Proceeding[] = [];
  for (const [person, ps] of byPerson) proceedings.push(...groupPenalties(a, entities, sentences, person, ps));
  proceedings.push(...chargeOnly(a, entities, sentences, new Set(byPerson.keys())));
  proceedings.sort((a, b) => a.anchor - b.anchor);

  const perPerson = new Map<string, number>();
  for (const g of proceedings) perPerson.set(g.person, (perPerson.get(g.person) ?? 0) + 1);
  const usedIds = new Map<string, number>();
  const descriptors = new Map<string, string | null>();
  return proceedings.map((g) => {
    const charges = chargesFor(a, g, sentences, articles, entities, perPerson.get(g.person) === 1);
    const ev = [...g.sentences].sort((a, b) => a - b).map((i) => sentences[i]);
    const penaltySents = new Set(g.penalties.map((p) => sentenceIndexAt(sentences, p.mention.start)));
    const oneSentence =
      g.penalties.length > 0 && penaltySents.size === 1 && g.court !== null && g.date !== null && charges.length > 0 &&
      (() => {
        const s = sentences[[...penaltySents][0]];
        const inS = (sp: Span): boolean => sp.start >= s.start && sp.end <= s.end;
        return charges.length > 0 && articles.some((a) => inS(a.mention)) && entities.courts.some((c) => c.name === g.court && c.mentions.some(inS)) && entities.dates.some((d) => d.date === g.date && inS(d.mention));
      })();
    const signature = g.penalties.map((p) => `${p.type}:${p.duration ?? ''}:${p.amount ?? ''}`).join(',');
    let key = `${source.sha256}\n${personKey(g.person)}\n${g.date ?? ''}|${g.court ?? ''}|${signature}`;
    const n = usedIds.get(key) ?? 0;
    usedIds.set(key, n + 1);
    if (n > 0) key += `#${n}`;
    return {
      id: createHash('sha256').update(key).digest('hex'),
      person: { name: g.person, descriptor: descriptorOf(text, entities, g.person, descriptors) },
      court: g.court,
      date: g.date,
      charges,
      penalties: g.penalties.map((p) => ({ type: p.type, duration: p.duration, amount: p.amount, currency: p.currency, inferred: p.inferred })),
      evidence: ev.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
      confidence: confidenceOf(g, charges, oneSentence),
      source: { url: source.url, sha256: source.sha256 },
    };
  });
}
