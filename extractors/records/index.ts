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
import { rulingDateNear } from '../dates';
import { alternation } from '../nlp/alternation';
import { splitSentences } from '../nlp/sentences';
import { isDefendantMention } from '../penalties';
import { findDescriptor, surnameKey } from '../persons';
import { CONFIDENCE, PROCEEDING_CUES } from './data/weights';

export interface RecordSource {
  url: string | null;
  sha256: string;
}

interface Proceeding {
  person: string;
  penalties: Penalty[];
  /** kind|duration|amount of each penalty, to tell a second sentence of the same kind from a repeat */
  signatures: Set<string>;
  /** indexes into the sentence list */
  sentences: Set<number>;
  date: string | null;
  court: string | null;
  /** offset of the first piece of evidence (the anchor for courts and charges) */
  anchor: number;
}

const PROCEEDING_RE = new RegExp(`\\b(?:${alternation(PROCEEDING_CUES)})\\b`, 'gi');
/** between a subject and its cue: "X was", "X, a blogger, was later", "X, who ..., was" */
const SUBJECT_GAP = /^(?:,[^;]{0,90}?,|,)?\s*(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are|being|had|has|have)\s+)?(?:(?:later|also|then|subsequently|formally|first|already)\s+)?$/i;
/** between a cue and its object: "trial of blogger X", "case against journalist X", "charged X" */
const OBJECT_GAP = /^\s*(?:(?:of|against|in|for|on)\s+)?(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
const NOT_DEFENDANT_BEFORE = /\b(?:Judge|judge|Justice|prosecutor|Prosecutor|lawyer|Lawyer|attorney|by|presiding|according\s+to|said|told|complaint\s+(?:filed\s+|lodged\s+)?by)\s+(?:[\p{L}.'-]+\s+){0,3}$/u;

function sentenceIndexAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Where a new paragraph starts: after a blank line, or at a bulleted line. */
const PARAGRAPH_BREAK = /\n[ \t]*\n|\n(?=[ \t]*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s)/g;

/** Paragraph starts of a text (a blank line ends a paragraph), memoised for the text being built. */
let paragraphMemo: { text: string; starts: number[] } = { text: '', starts: [0] };
function paragraphOf(text: string, at: number): { start: number; end: number } {
  if (paragraphMemo.text !== text) {
    const starts = [0];
    // a blank line ends a paragraph; so does a line starting a bullet ("• ", "- ", "1. ")
    for (const m of text.matchAll(PARAGRAPH_BREAK)) starts.push((m.index ?? 0) + m[0].length);
    paragraphMemo = { text, starts };
  }
  const st = paragraphMemo.starts;
  let lo = 0;
  let hi = st.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (st[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  const next = lo + 1 < st.length ? st[lo + 1] - 1 : text.length;
  return { start: st[lo], end: next };
}

/** The nearest named court: in the sentence first, else the closest before it in the paragraph. */
const courtMentionCache = new WeakMap<Entities, Array<{ name: string; m: Span }>>();

function courtNear(text: string, entities: Entities, sentence: Span): string | null {
  let mentions = courtMentionCache.get(entities);
  if (!mentions) {
    mentions = entities.courts.flatMap((c) => c.mentions.map((m) => ({ name: c.name, m })));
    courtMentionCache.set(entities, mentions);
  }
  const inSent = mentions.filter((x) => x.m.start >= sentence.start && x.m.end <= sentence.end);
  if (inSent.length > 0) return inSent[0].name;
  const para = paragraphOf(text, sentence.start);
  const before = mentions.filter((x) => x.m.start >= para.start && x.m.end <= sentence.start).sort((a, b) => b.m.start - a.m.start);
  return before[0]?.name ?? null;
}

function personKey(name: string): string {
  const parts = name.trim().split(/\s+/);
  const surname = parts.length > 1 ? parts[parts.length - 1] : parts[0];
  return `${surnameKey(surname)}:${surnameKey(parts[0]).slice(0, 1)}`;
}

/** Penalties of one proceeding are told close together: look back over this many proceedings of the same date only. */
const RECENT_GROUPS = 8;

function signatureOf(p: Penalty): string {
  return `${p.type}|${p.duration ?? ''}|${p.amount ?? ''}`;
}

/** Splits one person's penalties into proceedings: same sentence, or same date and compatible court. */
function groupPenalties(text: string, entities: Entities, sentences: readonly Span[], person: string, ps: Penalty[]): Proceeding[] {
  const out: Proceeding[] = [];
  const bySentence = new Map<number, Proceeding>();
  const byDate = new Map<string, Proceeding[]>();
  for (const p of [...ps].sort((a, b) => a.mention.start - b.mention.start)) {
    const si = sentenceIndexAt(sentences, p.mention.start);
    const court = si >= 0 ? courtNear(text, entities, sentences[si]) : null;
    // the same sentence is the same proceeding, unless it dates the two penalties differently ("on 3 May ...; on 13 May ...")
    const sameSentence = bySentence.get(si);
    const same =
      (sameSentence && (sameSentence.date === null || p.date === null || sameSentence.date === p.date) ? sameSentence : undefined) ??
      (p.date !== null
        ? (byDate.get(p.date) ?? []).slice(-RECENT_GROUPS).find((g) => (court === null || g.court === null || g.court === court) && !g.signatures.has(signatureOf(p)))
        : undefined);
    let g = same;
    if (g) {
      g.penalties.push(p);
      g.signatures.add(signatureOf(p));
      if (si >= 0) g.sentences.add(si);
      if (!g.date && p.date) byDate.set(p.date, [...(byDate.get(p.date) ?? []), g]);
      g.date ??= p.date;
      g.court ??= court;
    } else {
      g = { person, penalties: [p], signatures: new Set([signatureOf(p)]), sentences: new Set(si >= 0 ? [si] : []), date: p.date, court, anchor: p.mention.start };
      out.push(g);
      if (p.date) byDate.set(p.date, [...(byDate.get(p.date) ?? []), g]);
    }
    if (si >= 0) bySentence.set(si, g);
  }
  return out;
}

/** Persons put on trial or charged without a penalty in the text: one proceeding each. */
function chargeOnly(text: string, entities: Entities, sentences: readonly Span[], withPenalty: Set<string>): Proceeding[] {
  const out: Proceeding[] = [];
  const seen = new Set<string>();
  const mentions = entities.persons.flatMap((p) => p.mentions.map((m) => ({ name: p.name, m }))).sort((a, b) => a.m.start - b.m.start);
  const inSentence = (sent: Span): typeof mentions => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].m.start < sent.start) lo = mid + 1;
      else hi = mid;
    }
    const out: typeof mentions = [];
    for (let i = lo; i < mentions.length && mentions[i].m.start < sent.end; i++) if (mentions[i].m.end <= sent.end) out.push(mentions[i]);
    return out;
  };
  PROCEEDING_RE.lastIndex = 0;
  for (let c = PROCEEDING_RE.exec(text); c; c = PROCEEDING_RE.exec(text)) {
    const si = sentenceIndexAt(sentences, c.index);
    if (si < 0) continue;
    const sent = sentences[si];
    const cueEnd = c.index + c[0].length;
    // the person nearest the cue in its sentence (subject before, or object right after "against"/"of")
    // "X was not charged": no proceeding
    if (/\b(?:not|never|no\s+longer)\s+(?:been\s+|yet\s+)?$/i.test(text.slice(Math.max(sent.start, c.index - 20), c.index))) continue;
    const cands = inSentence(sent)
      .filter((x) => !NOT_DEFENDANT_BEFORE.test(text.slice(Math.max(0, x.m.start - 40), x.m.start)) && isDefendantMention(text, x.m))
      // the person must be the cue's own subject ("X, a blogger, was charged") or object ("the trial of blogger X")
      .filter((x) => (x.m.end <= c!.index ? SUBJECT_GAP.test(text.slice(x.m.end, c!.index)) : OBJECT_GAP.test(text.slice(cueEnd, x.m.start))))
      .map((x) => ({ ...x, dist: x.m.end <= c!.index ? c!.index - x.m.end : x.m.start - cueEnd }))
      .filter((x) => x.dist >= 0 && x.dist <= 120)
      .sort((a, b) => a.dist - b.dist);
    const who = cands[0];
    if (!who || withPenalty.has(who.name)) continue;
    if (seen.has(who.name)) {
      // more of the same proceeding in the same paragraph: "The trial of X began. X was charged under Article 131."
      const g = out.find((x) => x.person === who.name);
      if (g && paragraphOf(text, g.anchor).start === paragraphOf(text, sent.start).start) {
        g.sentences.add(si);
        if (!g.date) g.date = rulingDateNear(text, entities.dates, { start: c.index, end: cueEnd }, sentences)?.date ?? null;
        g.court ??= courtNear(text, entities, sent);
      }
      continue;
    }
    seen.add(who.name);
    const date = rulingDateNear(text, entities.dates, { start: c.index, end: cueEnd }, sentences);
    out.push({ person: who.name, penalties: [], signatures: new Set(), sentences: new Set([si]), date: date?.date ?? null, court: courtNear(text, entities, sent), anchor: c.index });
  }
  return out;
}

/** a sentence about a different proceeding of the same person */
const OTHER_CASE = /\b(?:another|separate|second|new|earlier|previous)\s+(?:criminal\s+)?(?:case|trial|proceedings?|charges?)\b/i;

/** the person right before it is the one convicted or charged: "X, 52, was convicted of ... under Article 369" */
const CONVICTION_CUE = /^(?:,[^;]{0,60}?,)?\s*(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|also\s+)?(?:convicted|charged|found\s+guilty|sentenced|prosecuted|indicted)\b/i;

function chargesFor(text: string, g: Proceeding, sentences: readonly Span[], articles: ReturnType<typeof extractArticleMatches>, entities: Entities, onlyProceeding: boolean): Charge[] {
  const inSentences = (a: { mention: Span }): boolean => [...g.sentences].some((i) => a.mention.start >= sentences[i].start && a.mention.end <= sentences[i].end);
  if (articles.length === 0) return [];
  let picked = articles.filter(inSentences);
  if (picked.length === 0) {
    // sentences of the same paragraph that name the person
    const para = paragraphOf(text, g.anchor);
    const own = entities.persons.find((p) => p.name === g.person)?.mentions ?? [];
    const sentIdx = new Set(own.filter((m) => m.start >= para.start && m.end <= para.end).map((m) => sentenceIndexAt(sentences, m.start)));
    const anchorSent = sentenceIndexAt(sentences, g.anchor);
    picked = articles.filter((a) => {
      const si = sentenceIndexAt(sentences, a.mention.start);
      if (a.mention.start < para.start || a.mention.end > para.end || !sentIdx.has(si) || si > anchorSent) return false;
      // "another criminal case against him, under Article 174": a different proceeding
      return !OTHER_CASE.test(text.slice(sentences[si].start, sentences[si].end));
    });
    for (const a of picked) g.sentences.add(sentenceIndexAt(sentences, a.mention.start));
  }
  if (picked.length === 0 && onlyProceeding) {
    // the person's one proceeding: "X was convicted under Articles 369 and 130" told elsewhere in the text
    const own = entities.persons.find((p) => p.name === g.person)?.mentions ?? [];
    for (const m of own) {
      const si = sentenceIndexAt(sentences, m.start);
      if (si < 0) continue;
      const s = sentences[si];
      const body = text.slice(s.start, s.end);
      if (OTHER_CASE.test(body) || !CONVICTION_CUE.test(text.slice(m.end, Math.min(s.end, m.end + 120)))) continue;
      const here = articles.filter((a) => a.mention.start >= s.start && a.mention.end <= s.end);
      if (here.length === 0) continue;
      picked = here;
      g.sentences.add(si);
      break;
    }
  }
  const seen = new Set<string>();
  const out: Charge[] = [];
  for (const a of picked) {
    const k = `${a.article}|${a.part}|${a.code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ article: a.article, part: a.part, code: a.code, label: a.label });
  }
  return out;
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
    found = findDescriptor(text, m);
    if (found) break;
  }
  memo.set(name, found);
  return found;
}

export function buildRecords(doc: Pick<Document, 'text'>, entities: Entities, source: RecordSource): CaseRecord[] {
  const text = doc.text;
  const sentences = splitSentences(text);
  const articles = extractArticleMatches(text);
  const byPerson = new Map<string, Penalty[]>();
  for (const p of entities.penalties) {
    if (!p.person) continue;
    byPerson.set(p.person, [...(byPerson.get(p.person) ?? []), p]);
  }
  const proceedings: Proceeding[] = [];
  for (const [person, ps] of byPerson) proceedings.push(...groupPenalties(text, entities, sentences, person, ps));
  proceedings.push(...chargeOnly(text, entities, sentences, new Set(byPerson.keys())));
  proceedings.sort((a, b) => a.anchor - b.anchor);

  const perPerson = new Map<string, number>();
  for (const g of proceedings) perPerson.set(g.person, (perPerson.get(g.person) ?? 0) + 1);
  const usedIds = new Map<string, number>();
  const descriptors = new Map<string, string | null>();
  return proceedings.map((g) => {
    const charges = chargesFor(text, g, sentences, articles, entities, perPerson.get(g.person) === 1);
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
