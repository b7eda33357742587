/**
 * Finds the main-content container: paragraphs score their ancestors (commas,
 * length), class names weigh in, and the best container gathers its sibling parts.
 */
import type { AnyNode, Element } from 'domhandler';
import { cleanSettings as S } from './clean-settings';
import { classAndId, isElement, isText, linkDensity, type NodeStats, type StatsTable, postOrderElements, walk } from './dom';
import { BLOCK_TAGS, INLINE_PROSE_HOSTS, REGEXPS, SCORED_TAGS, TAG_BASE } from './rules';

export function classWeight(el: Element): number {
  const names = classAndId(el);
  let w = 0;
  if (names !== '') {
    if (REGEXPS.negative.test(names)) w -= S.classWeight;
    if (REGEXPS.positive.test(names)) w += S.classWeight;
    if (REGEXPS.articleBodyName.test(names)) w += S.classWeight;
  }
  if (el.attribs.itemprop === 'articleBody') w += 2 * S.classWeight;
  return w;
}

export interface ContentChoice {
  /** the nodes whose text is the article, in document order */
  parts: Element[];
  top: Element | null;
  scores: Map<Element, number>;
}

/** A div without block children reads as a paragraph (many sites write prose in bare divs). */
function isParagraphLike(el: Element, s: NodeStats): boolean {
  if (SCORED_TAGS.has(el.name)) return el.name !== 'section' || s.blockChildren === 0;
  return (el.name === 'div' || el.name === 'span' || el.name === 'font') && s.blockChildren === 0 && hasOwnText(el);
}

function hasOwnText(el: Element): boolean {
  for (const c of el.children) if (isText(c) && c.data.trim() !== '') return true;
  return false;
}

export function chooseContent(root: AnyNode, body: Element, stats: StatsTable): ContentChoice {
  const scores = new Map<Element, number>();
  const touch = (el: Element): void => {
    if (!scores.has(el)) scores.set(el, (TAG_BASE[el.name] ?? 0) + classWeight(el));
  };

  // 1. Every prose paragraph gives points to its ancestors, less the further up.
  const award = (from: Element | null, points: number): void => {
    let anc = from;
    for (let level = 0; anc && isElement(anc) && level < S.scoreAncestorLevels; level++) {
      // Above the container lies the <head>, never cleaned: it cannot be the article.
      if (anc !== body && contains(anc, body)) break;
      touch(anc);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, scores.get(anc)! + points / divider);
      anc = anc.parent as Element | null;
    }
  };
  for (const el of postOrderElements(root)) {
    const s = stats.get(el)!;
    if (isParagraphLike(el, s)) {
      if (s.textLen < S.minParagraphChars || hasScoredAncestorParagraph(el)) continue;
      award(el.parent as Element | null, 1 + s.commas + Math.min(Math.floor(s.textLen / 100), S.maxLengthPoints));
    } else if (s.blockChildren > 0 && s.inlineLen >= S.minParagraphChars && INLINE_PROSE_HOSTS.has(el.name)) {
      // Prose written straight into a container between its blocks ("<div><p>title</p>Text...</div>") scores the container.
      award(el, 1 + s.inlineCommas + Math.min(Math.floor(s.inlineLen / 100), S.maxLengthPoints));
    }
  }

  // 2. Scores are discounted by link density: navigation scores by text but is all links.
  let top: Element | null = null;
  let topScore = -Infinity;
  const ranked: Array<[Element, number]> = [];
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(stats.get(el)));
    scores.set(el, final);
    ranked.push([el, final]);
    if (final > topScore) {
      topScore = final;
      top = el;
    }
  }
  if (!top) return { parts: [body], top: null, scores };
  ranked.sort((a, b) => b[1] - a[1]);

  // 3. Several close candidates under one ancestor: the article is split; take the ancestor.
  const close = ranked.slice(1, 5).filter(([, sc]) => sc >= topScore * S.closeCandidateShare).map(([el]) => el);
  // ...unless each is a named article body of its own: a list of posts, not one article in parts.
  const separatePosts = isNamedBody(top) && close.every(isNamedBody);
  if (close.length >= S.closeCandidatesNeeded - 1 && !separatePosts) {
    let anc = top.parent as Element | null;
    while (anc && isElement(anc) && anc !== body) {
      const containing = close.filter((c) => contains(anc!, c)).length;
      if (containing >= S.closeCandidatesNeeded - 1) {
        top = anc;
        break;
      }
      anc = anc.parent as Element | null;
    }
  }

  // 4. Climb while the parent scores better (the candidate was one part of a larger body).
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = top.parent as Element | null; parent && isElement(parent) && parent !== body; parent = parent.parent as Element | null) {
    const ps = scores.get(parent);
    if (ps === undefined) continue;
    if (ps < threshold) break;
    if (ps > lastScore) {
      top = parent;
      break;
    }
    lastScore = ps;
  }
  while (top.parent && isElement(top.parent) && top.parent !== body && elementChildren(top.parent).length === 1) top = top.parent;

  // 5. A named article body (itemprop=articleBody, .entry-content) near the choice is the better bound.
  top = preferNamedBody(top, stats);

  // 6. Siblings that look like more of the article join it.
  return { parts: gatherSiblings(top, scores, stats), top, scores };
}

function isNamedBody(el: Element): boolean {
  return el.attribs.itemprop === 'articleBody' || REGEXPS.articleBodyName.test(classAndId(el));
}

function hasScoredAncestorParagraph(el: Element): boolean {
  // <p> inside <td> or <pre> inside <p>: the inner one already counts.
  for (let a = el.parent; a && isElement(a); a = a.parent) {
    if (a.name === 'p' || a.name === 'pre') return true;
    if (BLOCK_TAGS.has(a.name)) return false;
  }
  return false;
}

function contains(ancestor: Element, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function elementChildren(el: Element): Element[] {
  return el.children.filter(isElement);
}

function preferNamedBody(top: Element, stats: StatsTable): Element {
  const topLen = stats.get(top)?.textLen ?? 0;
  // Inside: a named body holding most of the candidate's text is tighter (drops bylines, teasers).
  let inner: Element | null = null;
  walk(top, (n) => {
    if (inner || !isElement(n) || n === top) return !inner;
    if (n.attribs.itemprop === 'articleBody' || REGEXPS.articleBodyName.test(classAndId(n))) {
      if ((stats.get(n)?.textLen ?? 0) >= topLen * S.namedBodyShare) inner = n;
      return false;
    }
    return true;
  });
  if (inner) return inner;
  // Outside: the candidate is one part of a named body that is not mostly links.
  for (let a = top.parent as Element | null; a && isElement(a) && a.name !== 'body'; a = a.parent as Element | null) {
    if (a.attribs.itemprop === 'articleBody' || REGEXPS.articleBodyName.test(classAndId(a))) {
      if (linkDensity(stats.get(a)) < S.siblingMaxLinkDensity) return a;
      break;
    }
  }
  return top;
}

function gatherSiblings(top: Element, scores: Map<Element, number>, stats: StatsTable): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(S.minSiblingScore, topScore * S.siblingScoreShare);
  const topClass = top.attribs.class ?? '';
  const parts: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    let score = scores.get(sib) ?? -Infinity;
    if (topClass !== '' && sib.attribs.class === topClass) score += topScore * S.siblingScoreShare;
    if (score >= threshold) {
      parts.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s) continue;
    // A div without blocks reads as a paragraph (a lead or summary written as <div>).
    const divParagraph = sib.name === 'div' && s.blockChildren === 0 && classWeight(sib) >= 0;
    if (sib.name === 'p' || sib.name === 'blockquote' || sib.name === 'ul' || sib.name === 'ol' || divParagraph) {
      const ld = linkDensity(s);
      if (s.textLen > S.siblingParagraphChars && ld < S.siblingMaxLinkDensity) parts.push(sib);
      else if (sib.name === 'p' && s.textLen > 0 && ld === 0 && endsLikeSentence(sib)) parts.push(sib);
    }
  }
  return parts;
}

function endsLikeSentence(el: Element): boolean {
  let last = '';
  walk(el, (n) => {
    if (isText(n) && n.data.trim() !== '') last = n.data.trim();
    return true;
  });
  return /[.!?…»”"']$/.test(last);
}
