/**
 * extractArticles(text) finds every legal provision cited by number, with its
 * code: "Articles 174 and 405 of the Criminal Code" → two criminal refs;
 * "Part 2 of Article 342" → article 342, part 2; the code is carried over from
 * nearby mentions when the text does not state it.
 */
import type { ArticleRef, CodeKind, Span } from '../../src/contract';
import { spanOf } from '../nlp/spans';
import { CODE_NAMES } from './data/codes';
import { ARTICLE_LIST, CODE_AFTER, COMPLAINT_BEFORE, CODE_ANYWHERE, CODE_BEFORE, CODE_EARLIER, LABEL_BEFORE, LABEL_BRACKET, LABEL_DASH, LIST_ITEM, ORDINAL_AMENDMENT, ROMAN_ARTICLE, ORDINAL_ARTICLE, ORDINAL_PART_OF, PARAGRAPH_OF_ACT, PART_OF_ARTICLE, PART_ORDINAL_WORDS, STATUTE_AFTER, TREATY_WORDS, US_CODE_SECTION } from './rules';

/** An article reference plus the offence label the text gives it ("incitement to hatred"), for records. */
export interface ArticleMatch extends ArticleRef {
  label: string | null;
}

interface Raw {
  article: string;
  part: string | null;
  start: number;
  end: number;
  /** end of the whole citation (list and code phrase), where a label may follow */
  tailEnd: number;
  /** start of the whole citation, where a label may precede */
  headStart: number;
  code: CodeKind | 'same' | null;
}

const CAPITALISED_ONLY = new Set(['law', 'ordinance', 'protocol', 'act', 'regulation', 'decree', 'directive', 'statute', 'charter', 'treaty', 'convention', 'covenant', 'cc', 'cao', 'code']);

const KIND_OF = new Map<string, CodeKind>();
for (const [kind, names] of Object.entries(CODE_NAMES)) for (const n of names) KIND_OF.set(n.toLowerCase(), kind as CodeKind);

function codeKind(name: string): CodeKind | 'same' | null {
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  if (CAPITALISED_ONLY.has(lower) && !/^[A-Z]/.test(name)) return null;
  if (lower === 'code') return 'same';
  return KIND_OF.get(lower) ?? null;
}

/** The code named right after a citation ("of the Criminal Code"), with where the phrase ends. */
function codeAfter(text: string, end: number): { code: CodeKind | 'same' | null; end: number } {
  const m = CODE_AFTER.exec(text.slice(end, end + 120));
  if (!m?.groups) return statuteAfter(text, end);
  const phrase = m[0];
  let code = codeKind(m.groups.code ?? m.groups.bare);
  // "of the Securities Code": a code named by its subject that is none of ours is another code
  if (code === 'same' && /\b(?!Same\b|This\b|Criminal\b|Penal\b|Administrative\b|Civil\b)[A-Z][a-z]+\s+Code$/.test(phrase) && !/['’]s\s+Code$/.test(phrase)) code = 'other';
  if (code === 'same' && !/\bsame\b|\bthis\b/i.test(phrase)) code = null;
  if (code === 'other' && /\b(?:Act|Law)$/.test(phrase) && MINOR_OFFENCES_TITLE.test(text.slice(end + phrase.length, end + phrase.length + 80))) code = 'administrative';
  return code ? { code, end: end + phrase.length } : statuteAfter(text, end);
}

/** An upper-case abbreviation after "of the" (known codes' abbreviations are matched before this). */
const ACRONYM_AFTER = /^(?:\s*§§?\s*\d{1,3}(?:\s*\([a-z0-9]{1,3}\))*)?\s*,?\s*of\s+the\s+[A-Z]{3,8}(?![\p{L}\d])/u;

/** Words before "law" that make it a criminal or administrative code rather than a statute ("the criminal law"). */
const CODE_LIKE_LAW = /\b(?:criminal|penal|administrative|civil|constitutional|basic)\s+$/i;

/** The title of an act on petty offences, after "Act": " No. I of 1968 on \"Regulatory\" Offences", " on Minor Offences". */
const MINOR_OFFENCES_TITLE = /^\s*(?:[Nn]o\.?\s*[\w/.-]+\s+)?(?:of\s+\d{4}\s+)?on\s+(?:the\s+)?["“]?(?:regulatory|minor|petty|administrative)["”]?\s+(?:offences|offenses|misdemeanou?rs|infractions)\b/i;

/** A statute or rulebook named in lower case or with a long title ("of the 2015 anti-terrorism law"): code other. */
function statuteAfter(text: string, end: number): { code: CodeKind | null; end: number } {
  const m = STATUTE_AFTER.exec(text.slice(end, end + 160));
  if (!m?.groups) {
    // "of the RGCO", "of the CVM": an abbreviation the text defined for an act that is none of our codes
    const a = ACRONYM_AFTER.exec(text.slice(end, end + 40));
    return a ? { code: 'other', end: end + a[0].length } : { code: null, end };
  }
  if (CODE_LIKE_LAW.test(m.groups.words) || /\blaw\s+$/i.test(m.groups.words)) return { code: null, end };
  // "of Act No. I of 1968 on \"Regulatory\" Offences": an act on minor offences is the administrative code
  if (MINOR_OFFENCES_TITLE.test(text.slice(end + m[0].length, end + m[0].length + 80))) return { code: 'administrative', end: end + m[0].length };
  return { code: 'other', end: end + m[0].length };
}

function codeBefore(text: string, start: number): CodeKind | null {
  const m = CODE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const k = m?.groups ? codeKind(m.groups.code) : null;
  if (k && k !== 'same') return k;
  // a code named earlier in the same sentence with no article of its own: "the Constitution guarantees ... in Article 32"
  const e = CODE_EARLIER.exec(text.slice(Math.max(0, start - 160), start));
  const ek = e?.groups ? codeKind(e.groups.code) : null;
  return ek && ek !== 'same' ? ek : null;
}

/** an agreement between states named by its subject: "the Succession Agreement", "the Dayton Agreement" */
const NAMED_AGREEMENT = /\b(?!The\b|This\b|That\b|An?\b)\p{Lu}\p{Ll}+\s+Agreement\b/u;
const STRASBOURG_APPLICATION = /\b[Nn]os?\.\s*\d{3,6}\/\d{2}\b/;

/** The one kind of code a document speaks of, if it names only one (criminal, administrative or civil). */
function documentCode(text: string): CodeKind | null {
  const kinds = new Set<CodeKind>();
  CODE_ANYWHERE.lastIndex = 0;
  for (let m = CODE_ANYWHERE.exec(text); m; m = CODE_ANYWHERE.exec(text)) {
    const k = codeKind(m[0]);
    if (k === 'criminal' || k === 'administrative' || k === 'civil') kinds.add(k);
  }
  if (kinds.size === 1) return [...kinds][0];
  // a document about a treaty and no code: its bare articles are the treaty's
  // ... and so are those of a Strasbourg judgment, which cites its cases by application number ("no. 19009/04")
  if (kinds.size === 0 && (TREATY_WORDS.test(text) || NAMED_AGREEMENT.test(text) || STRASBOURG_APPLICATION.test(text))) return 'other';
  return null;
}

function findRaw(text: string): Raw[] {
  const raws: Raw[] = [];
  PART_OF_ARTICLE.lastIndex = 0;
  for (let m = PART_OF_ARTICLE.exec(text); m; m = PART_OF_ARTICLE.exec(text)) {
    const end = m.index + m[0].length;
    const after = codeAfter(text, end);
    raws.push({ article: articleNumber(m.groups!.num), part: m.groups!.part, start: m.index, end, tailEnd: after.end, headStart: m.index, code: after.code ?? codeBefore(text, m.index) });
  }
  // "paragraph 1(1) of the 2003 Act": a paragraph of an act is its provision, with the act named right after it
  // (not "paragraph 22 above", "paragraph 3 of the judgment")
  for (const m of /aragraph/.test(text) ? text.matchAll(PARAGRAPH_OF_ACT) : []) {
    const end = m.index! + m[0].length;
    if (raws.some((r) => r.start <= m.index! && m.index! < r.end)) continue;
    const after = codeAfter(text, end);
    if (!after.code || after.code === 'same') continue;
    raws.push({ article: m.groups!.num, part: m.groups!.part ?? null, start: m.index!, end, tailEnd: after.end, headStart: m.index!, code: after.code });
  }
  for (const m of /sub-?section/.test(text) ? text.matchAll(ORDINAL_PART_OF) : []) {
    const end = m.index! + m[0].length;
    const after = codeAfter(text, end);
    const part = String(PART_ORDINAL_WORDS.indexOf(m.groups!.ord.toLowerCase()) + 1);
    raws.push({ article: articleNumber(m.groups!.num), part, start: m.index!, end, tailEnd: after.end, headStart: m.index!, code: after.code ?? codeBefore(text, m.index!) });
  }
  ORDINAL_ARTICLE.lastIndex = 0;
  for (let m = ORDINAL_ARTICLE.exec(text); m; m = ORDINAL_ARTICLE.exec(text)) {
    const end = m.index + m[0].length;
    const after = codeAfter(text, end);
    if (after.code) raws.push({ article: m.groups!.num, part: null, start: m.index, end, tailEnd: after.end, headStart: m.index, code: after.code });
  }
  ROMAN_ARTICLE.lastIndex = 0;
  for (let m = ROMAN_ARTICLE.exec(text); m; m = ROMAN_ARTICLE.exec(text)) {
    const end = m.index + m[0].length;
    const after = codeAfter(text, end);
    if (after.code && after.code !== 'same') raws.push({ article: m.groups!.num, part: m.groups!.part ?? null, start: m.index, end, tailEnd: after.end, headStart: m.index, code: after.code });
  }
  US_CODE_SECTION.lastIndex = 0;
  for (let m = US_CODE_SECTION.exec(text); m; m = US_CODE_SECTION.exec(text)) {
    const end = m.index + m[0].length;
    raws.push({ article: m.groups!.num, part: m.groups!.part ?? null, start: m.index, end, tailEnd: end, headStart: m.index, code: 'other' });
  }
  ORDINAL_AMENDMENT.lastIndex = 0;
  for (let m = ORDINAL_AMENDMENT.exec(text); m; m = ORDINAL_AMENDMENT.exec(text)) {
    const n = parseInt(m.groups!.ord, 10);
    const end = m.index + m[0].length;
    raws.push({ article: String(n), part: null, start: m.index, end, tailEnd: end, headStart: m.index, code: 'constitution' });
  }
  ARTICLE_LIST.lastIndex = 0;
  for (let m = ARTICLE_LIST.exec(text); m; m = ARTICLE_LIST.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (raws.some((r) => r.start <= start && start < r.end)) continue; // inside "Part 2 of Article 342"
    const list = m.groups!.list;
    const listStart = end - list.length;
    const after = codeAfter(text, end);
    let code = after.code ?? codeBefore(text, start);
    // "complained under Article 10": an applicant's complaint with no code named is under the Convention
    // ... and so does "the Article 8 complaint"
    if (!code && /^Article/.test(m[0]) && (COMPLAINT_BEFORE.test(text.slice(Math.max(0, start - 90), start)) || /^\s+(?:complaints?|grievances?)\b/.test(text.slice(end, end + 15)))) code = 'other';
    // "section 3 of the report" is no provision: sections count only with a code named
    // ... unless a section earlier in the same sentence named one: "charges of cheating (Section 420 of IPC), forgery (Section 468)"
    if (/^(?:[Ss]ection|[Ss]ub-?section|Schedule|S\.)/.test(m[0]) && !code) {
      const prev = raws[raws.length - 1];
      // ... or the same section was cited earlier with its act: "section 12-1(1) of the Tax Act ... under section 12-1"
      LIST_ITEM.lastIndex = 0;
      const firstNum = LIST_ITEM.exec(list)?.groups?.num;
      const same = firstNum === undefined ? undefined : raws.find((r) => r.article === articleNumber(firstNum) && r.code && r.code !== 'same' && /^(?:[Ss]ection|[Ss]ub-?section|Schedule|S\.)/.test(text.slice(r.headStart)));
      if (prev?.code && prev.code !== 'same' && prev.end <= start && /^(?:[Ss]ection|[Ss]ub-?section|Schedule|S\.)/.test(text.slice(prev.headStart)) && !boundaryBetween(text, prev.end, start, 'sentence')) code = prev.code;
      else if (same?.code) code = same.code;
      // ... or an act quoted section by section: "The Assembly Act provides: Section 1 “...” Section 2 “...”"
      else if (!/^\s+of\b/.test(text.slice(end, end + 5))) {
        const act = actEarlierInParagraph(text, start);
        if (act === null) continue;
        code = act;
      }
      else continue;
    }
    // a bare "§ 70" with no code is a paragraph of a judgment ("Ursu v. Romania (dec.), § 70"), not a provision
    if (/^§/.test(m[0]) && !code) continue;
    // "Rule 54 § 3": rules cited by number are the Rules of Court or another body's rules, never a code
    if (/^Rule/.test(m[0]) && (!code || code === 'same')) code = 'other';
    LIST_ITEM.lastIndex = 0;
    let first = true;
    for (let it = LIST_ITEM.exec(list); it; it = LIST_ITEM.exec(list)) {
      const g = it.groups!;
      const s = first ? start : listStart + it.index;
      first = false;
      const itemEnd = listStart + it.index + it[0].length;
      // "Article 327 §§ 1 and 3": one entry per part
      // ... and "224(1) and (2)"
      // (a letter in brackets is a sub-item, no part: "section 4-12(a)", as the gold reads it)
      const parts = g.pw ? g.pw.replace(/^\D+/, '').split(/\D+/) : g.pbs ? g.pbs.match(/\d+/g)! : [g.pb && /^\d/.test(g.pb) ? g.pb : null];
      // "sections 37-38", "Articles 10-11": after a plural word two plain numbers joined by a hyphen are a range, and
      // each end is cited ("Article 287-2" stays one number)
      const range = PLURAL_ART_WORD.test(m[0]) ? /^(\d{1,4})-(\d{1,4})$/.exec(articleNumber(g.num)) : null;
      const nums = range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 10 ? [range[1], range[2]] : [articleNumber(g.num)];
      for (const num of nums) for (const part of parts) raws.push({ article: num, part, start: s, end: itemEnd, tailEnd: after.end, headStart: start, code });
    }
  }
  return raws.sort((a, b) => a.start - b.start);
}

/** a plural article word opening a list: "Articles", "sections", "§§" */
const PLURAL_ART_WORD = /^(?:[Aa]rticles|ARTICLES|[Aa]rts\.|[Ss]ub-?sections|[Ss]ections|Schedules|Rules|§§)/;

/** An act named by title earlier in the paragraph ("the Assembly Act", "Act no. LXIX of 1999", "Decree no. 218/1999"), which
 * its bare sections cite: `administrative` when its title is about minor offences, else `other`; null when none is named. */
const ACT_NAMED = /\b(?:\p{Lu}[\p{L}’'-]*\s+){1,6}Act\b|\b(?:Act|Law|Decree)\s+[Nn]o\.?\s*[\dIVXLC]/gu;
const ACT_LOOKBACK_CHARS = 600;
const MINOR_OFFENCES_ACT = /\b(?:[Aa]dministrative|[Mm]inor|[Pp]etty|[Rr]egulatory)\s+(?:[Oo]ffences|[Oo]ffenses|[Ii]nfractions)\b|\b[Mm]isdemeano(?:u)?rs\b/;
function actEarlierInParagraph(text: string, at: number): CodeKind | null {
  // (only the lookback window is searched for the paragraph break: a page without breaks must not cost a scan per section)
  const window = text.slice(Math.max(0, at - ACT_LOOKBACK_CHARS), at);
  const paragraph = window.slice(window.lastIndexOf('\n\n') + 1);
  // (the act named last before the section is the one it belongs to)
  const act = [...paragraph.matchAll(ACT_NAMED)].pop();
  if (!act) return null;
  return MINOR_OFFENCES_ACT.test(paragraph.slice(act.index!, act.index! + act[0].length + 120)) ? 'administrative' : 'other';
}

/** "261 bis" however the text spaces it; "10 ‑ 4" is "10-4"; French codes' "L. 521-2" is "L.521-2" */
function articleNumber(num: string): string {
  return num.replace(/\s?[\u2010\u2011]\s?/g, '-').replace(/^([LRD]\.)\s+/, '$1').replace(/\s+/g, ' ');
}

function cleanLabel(label: string): string {
  return label.replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '').trim();
}

/** The offence label the text attaches to a citation, if any. */
function labelOf(text: string, r: Raw): string | null {
  const after = text.slice(r.end, r.end + 120);
  const tail = text.slice(r.tailEnd, r.tailEnd + 120);
  const m = LABEL_BRACKET.exec(after) ?? LABEL_BRACKET.exec(tail) ?? LABEL_DASH.exec(tail);
  if (m?.groups) return cleanLabel(m.groups.label);
  const b = LABEL_BEFORE.exec(text.slice(Math.max(0, r.headStart - 90), r.headStart));
  return b?.groups ? cleanLabel(b.groups.label) : null;
}

/** Paragraph and sentence boundaries, cheaply: a paragraph ends at a blank line, a sentence at ". X". */
function boundaryBetween(text: string, from: number, to: number, kind: 'sentence' | 'paragraph'): boolean {
  const gap = text.slice(from, Math.min(text.length, to + 1));
  if (/\n\s*\n/.test(gap)) return true;
  return kind === 'sentence' && /[.!?]["”’)]?\s+(?=[A-Z“"])|\n/.test(gap);
}

/** between two coordinated citations: " and ", ", ", " (calls to overthrow ...) and " */
// (" and the " before a part numbered in words: "the first subsection of section 16 and the second subsection of section 81")
const COORDINATED = /^(?:\s*\([^()\n]{1,90}\))?\s*(?:,|;|\band\b|\bor\b|&)\s*(?:(?:and|or)\s+)?(?:the\s+)?$/;

/** Fills in codes that the text leaves unsaid, from the same article elsewhere or the mention before. */
function resolveCodes(text: string, raws: Raw[]): CodeKind[] {
  const stated = new Map<string, CodeKind>();
  for (const r of raws) if (r.code && r.code !== 'same' && !stated.has(r.article)) stated.set(r.article, r.code);
  const out: CodeKind[] = [];
  const docCode = raws.some((r) => !r.code) ? documentCode(text) : null;
  // nextStated[i]: the first citation at or after i that names its code (one backward pass, not a search per citation)
  const nextStated: Array<Raw | undefined> = new Array(raws.length + 1);
  for (let i = raws.length - 1; i >= 0; i--) nextStated[i] = raws[i].code && raws[i].code !== 'same' ? raws[i] : nextStated[i + 1];
  raws.forEach((r, i) => {
    let code: CodeKind | null = r.code && r.code !== 'same' ? r.code : null;
    const prev = i > 0 ? out[i - 1] : null;
    const prevRaw = i > 0 ? raws[i - 1] : null;
    if (!code && r.code === 'same' && prev) code = prev;
    // a later mention in the same sentence names the code for both: "Article 130 and Article 131 of the Criminal Code"
    if (!code) {
      const next = nextStated[i + 1] ?? null;
      if (next && COORDINATED.test(text.slice(r.end, next.start))) code = next.code as CodeKind;
    }
    if (!code && prevRaw && prev && prev !== 'unknown' && !boundaryBetween(text, prevRaw.end, r.start, 'sentence')) code = prev;
    if (!code) code = stated.get(r.article) ?? null;
    if (!code && prevRaw && prev && prev !== 'unknown' && !boundaryBetween(text, prevRaw.end, r.start, 'paragraph')) code = prev;
    out.push(code ?? docCode ?? 'unknown');
  });
  return out;
}

/** A private body's own rules, which no article of law is: "Article 3 of the Articles of Association", "the party's statute". */
const BODY_RULES = /\b(?:Articles\s+of\s+(?:Association|Incorporation)|(?:[Aa]ssociation|[Pp]arty|[Uu]nion|[Ff]oundation)['’]s\s+(?:[Ss]tatute|[Cc]harter|[Rr]ules))\b/;

const BODY_RULES_AFTER = /^\s*,?\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’']+['’]s\s+)?(?:Articles\s+of\s+(?:Association|Incorporation)|[Ss]tatute|[Cc]harter|[Rr]ules)\b/u;

export function extractArticleMatches(text: string): ArticleMatch[] {
  const raws = findRaw(text);
  const codes = resolveCodes(text, raws);
  // in a text that quotes a body's own rules, an article that names no code is one of those rules, not a provision
  const bodyRules = raws.length > 0 && BODY_RULES.test(text);
  const out: ArticleMatch[] = [];
  raws.forEach((r, i) => {
    if (bodyRules && (codes[i] === 'unknown' || BODY_RULES_AFTER.test(text.slice(r.end, r.end + 60)))) return;
    out.push({ article: r.article, part: r.part, code: codes[i], mention: spanOf(text, r.start, r.end), label: labelOf(text, r) });
  });
  return out;
}

export function extractArticles(text: string): ArticleRef[] {
  return extractArticleMatches(text).map(({ label: _label, ...ref }) => ref);
}

/** The label the text gives the article cited at `mention` (for records' charges). */
export function articleLabelAt(text: string, mention: Span): string | null {
  const m = extractArticleMatches(text.slice(0, Math.min(text.length, mention.end + 200))).find((a) => a.mention.start === mention.start);
  return m?.label ?? null;
}
