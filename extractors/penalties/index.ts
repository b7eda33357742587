/**
 * extractPenalties(text, {persons, dates, courts}) finds every penalty a court
 * or authority handed down against a named person: "the court sentenced
 * activist Zhambyl Kobeysinov to six months' imprisonment" → imprisonment P6M.
 * Steps: 1 split sentences; 2 find penalty phrases (durations, fines, warnings,
 * death, life, deportation); 3 drop demands, maximums, remand, sport; 4 say
 * who got each; 5 date it.
 */
import type { Court, DateEntity, Penalty, Person } from '../../src/contract';
import { rulingDateNear } from '../dates';
import { buildDiscourse, type Discourse } from '../discourse';
import { asAnalysis, type Analysis, within } from '../nlp/analysis';
import { spanOf } from '../nlp/spans';
import { distributeRespectively, type Group, lastGroup, laterLists, type Who, whoGot } from './attribution';
import { durationPhrases } from './durations';
import { excluded } from './filters';
import { finePhrases } from './fines';
import { type Mention, mentionsIn, mentionsOfDiscourse } from './mentions';
import { simplePhrases } from './other-kinds';
import type { Phrase } from './phrase';
import { DISMISSED_OFFICIAL_CUE } from './rules';

export { parseDuration } from './durations';
export { isDefendantMention } from './attribution';

export interface PenaltyContext {
  persons: Person[];
  dates: DateEntity[];
  courts: Court[];
  /** who is who (discourse/): built from `persons` when not given */
  discourse?: Discourse;
}

export function extractPenalties(input: string | Analysis, ctx: PenaltyContext): Penalty[] {
  const a = asAnalysis(input);
  const text = a.text;
  const sentences = a.sentences;
  const discourse = ctx.discourse ?? buildDiscourse(a, ctx.persons);
  const ms = mentionsOfDiscourse(discourse);
  // how often each country cue occurs, counted once per document for every fine's currency
  const cueCounts = new Map<string, number>();
  const out: Penalty[] = [];
  /** penalties told as a state being served ("is serving a prison sentence"): restatements where the text tells the sentence */
  const states = new Set<Penalty>();
  let group: Group | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    const body = text.slice(sent.start, sent.end);
    const sentMentions = mentionsIn(ms, sent.start, sent.end);
    // 1. a cheap gate: most sentences speak of no penalty
    // (the words of every phrase kind must pass it: "was executed for", "hanged", "disqualified from office",
    // "dismissed Associate Justice X")
    if (!/sentenc|fine|jail|prison|impris|arrest|detention|ban|barred|disqualif|prohibit|warn|death|execut|hanged|probation|service|labou?r|treatment|deport|expel|restrict|pay|suspen|days?\b|hours?\b|weeks?\b|years?\b|months?\b/i.test(body) && !DISMISSED_OFFICIAL_CUE.test(body)) {
      const named = lastGroup(text, sentMentions, ms);
      if (named.length > 1) group = { persons: named, paraStart: a.paragraphAt(sent.start).start };
      continue;
    }
    // "the applicants were sentenced", "sentenced them": a plural reference the discourse layer resolved
    const plural = within(discourse.groups, sent.start, sent.end).pop();
    if (plural) group = { persons: plural.names.map((name) => ({ name, start: plural.start, end: plural.end, i: -1, ref: true })), paraStart: a.paragraphAt(sent.start).start, at: plural.start };
    // 2. penalty phrases, the longest of each kind where they overlap
    let phrases = [...durationPhrases(text, sent, sentMentions), ...finePhrases(text, sent, sentMentions, cueCounts), ...simplePhrases(text, sent)];
    phrases.sort((a, b) => a.start - b.start || b.end - a.end);
    phrases = phrases.filter((p, i) => !phrases.some((q, j) => j !== i && q.start <= p.start && p.end <= q.end && (q.end - q.start > p.end - p.start || j < i) && q.type === p.type));
    // a prison sentence told without its term is dropped where the sentence tells the term or a life term
    phrases = phrases.filter((p) => !(p.type === 'imprisonment' && p.duration === null && /^sentenced\b/i.test(text.slice(p.start, p.end)) && !/\blife\b/i.test(text.slice(p.start, p.end)) && phrases.some((q) => q !== p && q.type === 'imprisonment' && (q.duration !== null || /\blife\b/i.test(text.slice(q.start, q.end))))));
    // 3. no demands, maximums, remand, sport...
    phrases = phrases.filter((p) => !excluded(text, sent, p));
    // 4. who got each
    const taken = new Map<Phrase, Who>();
    const paraStart = a.paragraphAt(sent.start).start;
    const recipients: Mention[] = [];
    const respectively = /\brespectively\b/i.test(body);
    // (the lists named in the next sentences are the same for every phrase of this one: found once, when first asked)
    let laterCache: Mention[][] | undefined;
    const later = (): Mention[][] => (laterCache ??= laterLists(text, sentences, si, ms));
    for (const p of phrases) {
      const who = whoGot(text, sent, p, ms, paraStart, taken, phrases, group, later);
      if (!who || who.persons.length === 0) continue;
      // a state is its own subject's: "the privates ... where they had been serving a sentence" names no one
      if (p.state && (who.persons.length > 1 ? who.inferred : STATE_CLAUSE_BREAK.test(text.slice(who.persons[who.persons.length - 1].end, p.start)))) continue;
      taken.set(p, who);
    }
    // "A and B received 2 years and 18 months respectively": the n-th person gets the n-th penalty
    if (respectively) distributeRespectively(phrases, taken);
    // 5. one penalty per person, dated by the ruling
    for (const p of phrases) {
      const who = taken.get(p);
      if (!who) continue;
      for (const m of who.persons) if (!recipients.some((r) => r.name === m.name)) recipients.push(m);
      const date = rulingDateNear(text, ctx.dates, p, sentences);
      for (const m of who.persons) {
        const penalty: Penalty = {
          person: m.name,
          type: p.type,
          duration: p.duration,
          amount: p.amount,
          currency: p.currency,
          date: date?.date ?? null,
          inferred: who.inferred || p.carried || m.ref === true,
          mention: spanOf(text, p.start, p.end),
        };
        out.push(penalty);
        if (p.state) states.add(penalty);
      }
    }
    // the group a later "they" may refer to: this sentence's recipients, else a list named in it
    const named = lastGroup(text, sentMentions, ms);
    if (recipients.length > 1) group = { persons: recipients, paraStart };
    else if (named.length > 1) group = { persons: named, paraStart };
  }
  // 6. one penalty per person and phrase; concurrent terms are served as the longest
  return concurrentTerms(a, dedupe(withoutRestatedStates(out, states)));
}

/** "is serving a prison sentence" after "sentenced to six years' imprisonment": the state restates the sentence told */
function withoutRestatedStates(ps: Penalty[], states: ReadonlySet<Penalty>): Penalty[] {
  if (states.size === 0) return ps;
  // (a state with its term outweighs one without: "serving a prison term" after "serving a 20-year sentence")
  return ps.filter((p) => !states.has(p) || !ps.some((q) => q !== p && q.person === p.person && q.type === p.type && (!states.has(q) || (q.duration !== null && p.duration === null))));
}

/** between a state's subject and the state: another clause's subject */
const STATE_CLAUSE_BREAK = /\b(?:where|which|whose|whom|they|them|he|she|who\s+(?:visited|met|saw))\b|[.;]/i;

/** "sentenced to concurrent prison terms ... X received four years on one count and seven years on another" */
const CONCURRENT = /\bconcurrent(?:ly)?\b/i;
/** How many sentences back "concurrent" may be said of the terms. */
const CONCURRENT_BACK_SENTENCES = 3;

/** Terms the text says run concurrently: of one person's prison terms told in one sentence, only the longest counts. */
function concurrentTerms(a: Analysis, ps: Penalty[]): Penalty[] {
  const drop = new Set<Penalty>();
  const bySentence = new Map<string, Penalty[]>();
  for (const p of ps) {
    if (p.type !== 'imprisonment' || !p.duration) continue;
    const k = `${p.person}|${a.sentenceIndexAt(p.mention.start)}`;
    bySentence.set(k, [...(bySentence.get(k) ?? []), p]);
  }
  for (const [k, terms] of bySentence) {
    if (terms.length < 2) continue;
    const si = Number(k.slice(k.lastIndexOf('|') + 1));
    const from = a.sentences[Math.max(0, si - CONCURRENT_BACK_SENTENCES)]?.start ?? 0;
    if (si < 0 || !CONCURRENT.test(a.text.slice(from, a.sentences[si].end))) continue;
    const longest = terms.reduce((x, y) => (months(y.duration!) > months(x.duration!) ? y : x));
    for (const t of terms) if (t !== longest) drop.add(t);
  }
  return drop.size > 0 ? ps.filter((p) => !drop.has(p)) : ps;
}

/** An ISO duration's length in months, roughly: enough to tell the longest of a few terms. */
function months(iso: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(iso);
  return m ? Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 4 + Number(m[4] ?? 0) / 30 : 0;
}

/** One entry per (person, kind, duration, amount, phrase); a vague fine told again with its amount nearby is dropped. */
function dedupe(ps: Penalty[]): Penalty[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    if (p.type === 'fine' && p.amount === null && ps.some((q) => q !== p && q.type === 'fine' && q.person === p.person && q.amount !== null && Math.abs(q.mention.start - p.mention.start) < 600)) return false;
    const k = `${p.person}|${p.type}|${p.duration}|${p.amount}|${p.mention.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
