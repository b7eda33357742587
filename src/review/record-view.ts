/**
 * What the record view shows: the paragraphs holding the evidence, with the
 * spans to highlight (evidence, person, court, date, article, penalty) as
 * offsets into each paragraph. The page builds DOM from these with
 * textContent only, so hostile text stays text.
 */
import type { Entities, Span } from '../contract';
import { surnameKey } from '../../extractors/persons/transliteration';
import type { PersonTimeline, ReviewStore, SourceSnapshot, StoredRecord } from '../store/types';

/** `reference`: a place where the text means the record's person without the name ("the applicant", "he"), as the extractor resolved it. */
export type MarkKind = 'evidence' | 'person' | 'reference' | 'court' | 'date' | 'article' | 'penalty';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
}

export interface ViewParagraph {
  /** offset of the paragraph in the snapshot text */
  start: number;
  text: string;
  marks: Mark[];
}

export interface RecordView {
  stored: StoredRecord;
  source: { url: string | null; safeUrl: string | null; title: string | null; published: string | null; fetchedAt: string | null };
  paragraphs: ViewParagraph[];
  /** the same person across articles (exact name or confirmed merges), this record included */
  person: PersonTimeline | null;
  /** what the text says the record's person is in the proceedings (defendant, judge, ...), when the extractor decided it */
  role: string | null;
}

/** Only http(s) links are offered: a javascript: or data: URL from a page never becomes clickable. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((p) => p.end > p.start);
}

/** The span's place in text: as given if it still matches, else the first occurrence of its text. */
function locate(text: string, span: Span): { start: number; end: number } | null {
  if (text.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  const i = span.text ? text.indexOf(span.text) : -1;
  return i >= 0 ? { start: i, end: i + span.text.length } : null;
}

function allOccurrences(text: string, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (needle.length < 3) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  return out;
}

type PersonEntity = Entities['persons'][number] & { role?: string | null };

const lastWord = (name: string) => name.trim().split(/\s+/).pop() ?? '';

/** The extracted person the record is about: the same name, else the one person with the same surname. */
function recordPerson(entities: Entities | null, stored: StoredRecord): PersonEntity | null {
  if (!entities) return null;
  const name = stored.record.person.name.trim();
  const exact = entities.persons.find((p) => p.name === name);
  if (exact) return exact;
  const key = surnameKey(lastWord(name));
  const same = entities.persons.filter((p) => key.length > 0 && surnameKey(lastWord(p.name)) === key);
  return same.length === 1 ? same[0] : null;
}

/** A mention that does not spell any word of the name is a reference the extractor resolved ("the applicant", "she"). */
function isReference(person: PersonEntity, span: Span): boolean {
  const words = person.name.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const said = span.text.toLowerCase();
  return !words.some((w) => said.includes(w));
}

function entityMarks(text: string, entities: Entities | null, stored: StoredRecord): Mark[] {
  const marks: Mark[] = [];
  const add = (kind: MarkKind, span: Span) => {
    const at = locate(text, span);
    if (at) marks.push({ kind, ...at });
  };
  const self = recordPerson(entities, stored);
  if (entities) {
    for (const p of entities.persons) for (const m of p.mentions) add(p === self && isReference(p, m) ? 'reference' : 'person', m);
    for (const c of entities.courts) for (const m of c.mentions) add('court', m);
    for (const d of entities.dates) add('date', d.mention);
    for (const a of entities.articles) add('article', a.mention);
    for (const p of entities.penalties) add('penalty', p.mention);
  }
  // The record's own person and court are marked even where the extractor's spans are missing.
  const r = stored.record;
  const surname = lastWord(r.person.name);
  for (const at of [...allOccurrences(text, r.person.name), ...allOccurrences(text, surname)]) marks.push({ kind: 'person', ...at });
  if (r.court) for (const at of allOccurrences(text, r.court)) marks.push({ kind: 'court', ...at });
  return marks;
}

/** A mark inside another of the same kind ("Bukenov" in "Rinat Bukenov") adds nothing but a split. */
function dropNested(marks: Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const key = `${m.kind}:${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !marks.some((o) => o !== m && o.kind === m.kind && o.start <= m.start && o.end >= m.end && (o.start < m.start || o.end > m.end));
  });
}

async function entitiesFor(store: ReviewStore, snapshot: SourceSnapshot): Promise<Entities | null> {
  if (snapshot.entities) return snapshot.entities;
  try {
    // Loaded on first use: the review page must still open if the extractors fail to load.
    const { extractEntities } = await import('../../extractors');
    const entities = extractEntities({ text: snapshot.text, published: snapshot.published });
    await store.setSnapshotEntities(snapshot.sha256, entities);
    return entities;
  } catch (err) {
    // Highlighting is a help, not a requirement: the record is still shown.
    process.stderr.write(`casefile review: could not extract entities for ${snapshot.sha256}: ${(err as Error).message}\n`);
    return null;
  }
}

export async function buildRecordView(store: ReviewStore, stored: StoredRecord): Promise<RecordView> {
  const snapshotSha = stored.snapshotSha256 ?? null;
  const snapshot = snapshotSha ? await store.getSnapshot(snapshotSha) : null;
  const url = stored.record.source.url ?? snapshot?.url ?? null;
  const source = { url, safeUrl: safeHttpUrl(url), title: snapshot?.title ?? null, published: snapshot?.published ?? null, fetchedAt: snapshot?.fetchedAt ?? null };
  if (!snapshot) {
    // No snapshot: the evidence sentences on their own are all there is to show.
    const paragraphs = stored.record.evidence.map((e) => ({ start: e.start, text: e.text, marks: [{ kind: 'evidence' as const, start: 0, end: e.text.length }] }));
    return { stored, source, paragraphs, person: await store.personTimeline(stored.record.person.name), role: null };
  }
  const text = snapshot.text;
  const evidence = stored.record.evidence.map((e) => locate(text, e)).filter((e): e is { start: number; end: number } => e !== null);
  const all = paragraphsOf(text);
  const shown = evidence.length ? all.filter((p) => evidence.some((e) => e.start < p.end && e.end > p.start)) : all.slice(0, 3);
  const entities = await entitiesFor(store, snapshot);
  const marks = dropNested([...evidence.map((e) => ({ kind: 'evidence' as const, ...e })), ...entityMarks(text, entities, stored)]);
  const paragraphs = shown.map((p) => ({
    start: p.start,
    text: text.slice(p.start, p.end),
    marks: marks
      .filter((m) => m.start < p.end && m.end > p.start)
      .map((m) => ({ kind: m.kind, start: Math.max(m.start, p.start) - p.start, end: Math.min(m.end, p.end) - p.start })),
  }));
  return { stored, source, paragraphs, person: await store.personTimeline(stored.record.person.name), role: recordPerson(entities, stored)?.role ?? null };
}
