/**
 * Proceedings: one person's penalties grouped by sentence, ruling date and
 * court; and persons charged or tried with no penalty told ("Moldin was
 * charged under Article 131"), one proceeding each.
 */
import type { Entities, Penalty, Span } from '../../src/contract';
import { rulingDateNear } from '../dates';
import { alternation } from '../nlp/alternation';
import { isDefendantMention } from '../penalties';
import { PROCEEDING_CUES } from './data/weights';
import { courtNear, sentenceIndexAt } from './text-index';
import { type Analysis, within } from '../nlp/analysis';

export interface Proceeding {
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

/** Penalties of one proceeding are told close together: look back over this many proceedings of the same date only. */
const RECENT_GROUPS = 8;

/**
 * A sentence whose subject is the court or judge and that adds to what was said ("The court also banned X ...",
 * "The judge further ordered ..."): it goes on with the proceeding told just before, even in a new paragraph.
 */
const CONTINUES_RULING = /^\s*["“]?\s*(?:The|This|That)\s+(?:same\s+)?(?:court|judge|tribunal|panel|magistrate|bench)\b[^.;]{0,60}?\b(?:also|further|additionally|in\s+addition|moreover|as\s+well)\b/i;
/** How many sentences back the proceeding that such a sentence continues may be told. */
const CONTINUES_BACK_SENTENCES = 3;

/** The proceeding a "the court also ..." sentence continues: this person's latest, told in the last few sentences. */
function continuedProceeding(a: Analysis, sentences: readonly Span[], si: number, out: Proceeding[], p: Penalty): Proceeding | undefined {
  const text = a.text;
  if (si < 0 || out.length === 0) return undefined;
  const sent = sentences[si];
  if (!CONTINUES_RULING.test(text.slice(sent.start, Math.min(sent.end, p.mention.start)))) return undefined;
  const last = out[out.length - 1];
  const lastSentence = Math.max(...last.sentences);
  if (lastSentence >= si || si - lastSentence > CONTINUES_BACK_SENTENCES) return undefined;
  if (last.signatures.has(signatureOf(p)) || (p.date !== null && last.date !== null && p.date !== last.date)) return undefined;
  return last;
}

function signatureOf(p: Penalty): string {
  return `${p.type}|${p.duration ?? ''}|${p.amount ?? ''}`;
}

/** Splits one person's penalties into proceedings: same sentence, or same date and compatible court. */
export function groupPenalties(a: Analysis, entities: Entities, sentences: readonly Span[], person: string, ps: Penalty[]): Proceeding[] {
  const text = a.text;
  const out: Proceeding[] = [];
  const bySentence = new Map<number, Proceeding>();
  const byDate = new Map<string, Proceeding[]>();
  for (const p of [...ps].sort((a, b) => a.mention.start - b.mention.start)) {
    const si = sentenceIndexAt(sentences, p.mention.start);
    const court = si >= 0 ? courtNear(a, entities, sentences[si]) : null;
    // the same sentence is the same proceeding, unless it dates the two penalties differently ("on 3 May ...; on 13 May ...")
    const sameSentence = bySentence.get(si);
    const same =
      (sameSentence && (sameSentence.date === null || p.date === null || sameSentence.date === p.date) ? sameSentence : undefined) ??
      (p.date !== null
        ? (byDate.get(p.date) ?? []).slice(-RECENT_GROUPS).find((g) => (court === null || g.court === null || g.court === court) && !g.signatures.has(signatureOf(p)))
        : undefined) ??
      continuedProceeding(a, sentences, si, out, p);
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
export function chargeOnly(a: Analysis, entities: Entities, sentences: readonly Span[], withPenalty: Set<string>): Proceeding[] {
  const text = a.text;
  const out: Proceeding[] = [];
  const seen = new Set<string>();
  const mentions = entities.persons.flatMap((p) => p.mentions.map((m) => ({ name: p.name, m }))).sort((a, b) => a.m.start - b.m.start);
  const placed = mentions.map((x) => ({ ...x, start: x.m.start, end: x.m.end }));
  const inSentence = (sent: Span): typeof mentions => within(placed, sent.start, sent.end);
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
      if (g && a.paragraphAt(g.anchor).start === a.paragraphAt(sent.start).start) {
        g.sentences.add(si);
        if (!g.date) g.date = rulingDateNear(text, entities.dates, { start: c.index, end: cueEnd }, sentences)?.date ?? null;
        g.court ??= courtNear(a, entities, sent);
      }
      continue;
    }
    seen.add(who.name);
    const date = rulingDateNear(text, entities.dates, { start: c.index, end: cueEnd }, sentences);
    out.push({ person: who.name, penalties: [], signatures: new Set(), sentences: new Set([si]), date: date?.date ?? null, court: courtNear(a, entities, sent), anchor: c.index });
  }
  return out;
}
