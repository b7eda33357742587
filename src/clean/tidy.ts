/**
 * Cleans inside the chosen article: drops link lists, galleries, forms and
 * share/related boxes by their shape, then drops chrome lines (title repeats, credits, teasers) from the blocks.
 */
import type { Element } from 'domhandler';
import { cleanSettings as S } from './clean-settings';
import { classWeight } from './content';
import { isElement, linkDensity, type NodeStats, type StatsTable, postOrderElements, removeNodes, textOf, walk } from './dom';
import type { Block } from './render';
import { isDateLine } from './date-text';
import { ABOUT_SECTION, CALL_TO_ACTION, COMMENTS_HEADING, NEWSLETTER_PITCH, READ_MORE_LINK, RELATED_HEADING, REGEXPS, SHAPE_JUDGED, TAG_BASE } from './rules';

/**
 * Inline spans are part of a sentence; only a chrome class or a long run of links (a hover card
 * inside the paragraph) removes them. Bottom-up, so a card is removed and not the sentence around it.
 */
const NOTHING_REMOVED = { text: 0, link: 0 };

function dropInlineCards(part: Element, stats: StatsTable): void {
  const removed = new Map<Element, { text: number; link: number }>();
  const doomed: Element[] = [];
  for (const el of postOrderElements(part)) {
    const s = stats.get(el);
    if (!s || el === part) continue;
    const r = removed.get(el) ?? NOTHING_REMOVED;
    const parent = el.parent && isElement(el.parent) ? el.parent : null;
    let drop = false;
    if ((el.name === 'span' || el.name === 'font') && s.blockChildren === 0) {
      const text = s.textLen - r.text;
      const link = s.linkLen - r.link;
      drop = classWeight(el) < 0 || (text > S.inlineCardChars && link / Math.max(1, text) > S.maxBlockLinkDensity);
    }
    if (drop) doomed.push(el);
    const text = drop ? s.textLen - r.text : r.text;
    if (parent && text > 0) {
      let pr = removed.get(parent);
      if (!pr) removed.set(parent, (pr = { text: 0, link: 0 }));
      pr.text += text;
      pr.link += drop ? s.linkLen - r.link : r.link;
    }
  }
  removeNodes(doomed);
}

export function dropByShape(parts: Element[], stats: StatsTable, scores: Map<Element, number>): void {
  for (const part of parts) dropInlineCards(part, stats);
  const doomed: Element[] = [];
  for (const part of parts) {
    walk(part, (n) => {
      if (!isElement(n) || n === part) return true;
      if (!SHAPE_JUDGED.has(n.name)) return true;
      if (n.name === 'figure' && !containsTag(n, 'blockquote')) {
        doomed.push(n);
        return false;
      }
      const s = stats.get(n);
      if (!s) return true;
      // Inline wrappers (a span around a link) are judged bottom-up in dropInlineCards.
      if ((n.name === 'span' || n.name === 'font') && s.blockChildren === 0) return true;
      // Embedded posts and quotes are judged by their class only: their links are part of the quote.
      if (n.name !== 'p' && s.quotes > 0) {
        if (classWeight(n) + evidence(n, scores.get(n) ?? 0) < 0) {
          doomed.push(n);
          return false;
        }
        return true;
      }
      if (isDoomed(n, s, scores.get(n) ?? 0)) {
        doomed.push(n);
        return false;
      }
      return true;
    });
  }
  removeNodes(doomed);
}

/** A container's score without its tag's low prior: a list is not chrome for being a list, only for its class and its points. */
function evidence(el: Element, score: number): number {
  return score - Math.min(0, TAG_BASE[el.name] ?? 0);
}

function isDoomed(el: Element, s: NodeStats, score: number): boolean {
  if (el.name === 'p') {
    // A paragraph that is one link is a teaser ("Read: Another story").
    return s.textLen > 0 && s.textLen < S.shortBlockChars && linkDensity(s) > 0.9 && s.commas === 0;
  }
  const weight = classWeight(el);
  if (weight + evidence(el, score) < 0) return true;
  const isList = el.name === 'ul' || el.name === 'ol' || el.name === 'dl';
  if (isList && isTeaserList(el)) return true;
  if (s.commas >= S.proseCommas) return false;
  const ld = linkDensity(s);
  // A list whose items are sentences around their links (a roundup of news) is prose, not a link list.
  const proseList = s.listItems > 0 && (s.textLen - s.linkLen) / s.listItems >= S.listItemProseChars;
  if (s.textLen === 0) return s.images > 0 || el.name !== 'span';
  if (s.images > 1 && s.paragraphs / s.images < 0.5 && s.textLen < S.shortBlockChars * 2) return true;
  if (!isList && s.listItems > s.paragraphs + 1 && ld > S.maxWeakBlockLinkDensity && !proseList) return true;
  if (s.inputs > Math.floor(s.paragraphs / 3)) return true;
  if (weight < S.classWeight && ld > S.maxWeakBlockLinkDensity && s.textLen < 1000 && !proseList) return true;
  if (ld > S.maxBlockLinkDensity && !proseList) return true;
  return false;
}

/** Items that each end in a "Read more..." link to another page: a list of other stories' teasers, however long their blurbs. */
function isTeaserList(list: Element): boolean {
  let items = 0;
  let teasers = 0;
  for (const li of list.children) {
    if (!isElement(li) || li.name !== 'li') continue;
    items++;
    let lastLink: Element | null = null;
    walk(li, (n) => {
      if (isElement(n) && n.name === 'a') lastLink = n;
      return true;
    });
    // (a link to a section of the same page, "#risks", reads on in the article itself)
    const link = lastLink as Element | null;
    if (link && !(link.attribs.href ?? '').startsWith('#') && READ_MORE_LINK.test(textOf(link, 60).trim())) teasers++;
  }
  return teasers >= 2 && teasers * 2 > items;
}

function containsTag(el: Element, tag: string): boolean {
  let found = false;
  walk(el, (n) => {
    if (found) return false;
    if (isElement(n) && n.name === tag) found = true;
    return !found;
  });
  return found;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isCommentsHeading(text: string): boolean {
  return text.length < 200 && COMMENTS_HEADING.test(text);
}

/** A later heading (not of comments) opening a paragraph of prose: the heading at `at` was a subheading. */
function moreSectionsFollow(blocks: Block[], at: number): boolean {
  for (let i = at + 1; i + 1 < blocks.length; i++) {
    if (blocks[i].kind !== 'h' || isCommentsHeading(blocks[i].text.trim())) continue;
    const next = blocks[i + 1];
    if (next.kind === 'p' && next.text.length >= S.shortBlockChars * 2 && next.linkChars < next.text.length * 0.1) return true;
  }
  return false;
}

/** Drops chrome lines from the rendered blocks. */
export function dropChromeBlocks(blocks: Block[], title: string | null): Block[] {
  const titleKey = title ? normalise(title) : '';
  const kept: Block[] = [];
  const lead = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const text = b.text.replace(/^• /, '').trim();
    const short = text.length < S.shortBlockChars;
    // The lead repeated word for word is a second copy (paywall teasers, print versions); lists may repeat on purpose.
    if (b.kind === 'p' && text.length >= S.repeatedBlockChars) {
      const key = normalise(text);
      if (lead.has(key)) continue;
      if (kept.length < S.leadBlocks) lead.add(key);
    }
    // A heading opening the comments or trackbacks ends the article (comment threads written flat after it),
    // before its words ("Comments") are dropped as a chrome line; not a subheading followed by more sections.
    if (b.kind === 'h' && kept.length > 0 && isCommentsHeading(text) && !moreSectionsFollow(blocks, i)) break;
    if (b.kind === 'h1') continue;
    if (titleKey && (b.kind === 'h' || short || text.length < titleKey.length + 20) && normalise(text) === titleKey) continue;
    if (short && (REGEXPS.boilerplateLine.test(text) || REGEXPS.photoCredit.test(text))) continue;
    // A short line with a copyright sign is a photo credit or caption, not article prose.
    if (short && text.includes('©')) continue;
    if (text.length < 300 && REGEXPS.teaserCue.test(text)) continue;
    // Filing lines link to categories and tags; the links are what they hold.
    if (text.length < S.shortBlockChars * 2 && b.linkChars >= text.length * 0.3 && REGEXPS.filingLine.test(text)) continue;
    // A line that is only a date ("12.04.2022", "May 16, 2023 2:32 PM UTC") is the page's dateline.
    if (isDateLine(text)) continue;
    if (text.length < S.shortBlockChars * 2 && NEWSLETTER_PITCH.test(text)) continue;
    const nearEdge = kept.length < 3 || i >= blocks.length - 2;
    if (nearEdge && short && b.kind !== 'h' && REGEXPS.bylineLine.test(text)) continue;
    if (short && b.linkChars > 0 && b.linkChars >= text.length * 0.9 && b.kind !== 'li' && b.kind !== 'h') continue;
    kept.push(b);
  }
  // A "Related posts" heading opens links to other articles: drop it and the link lines under it.
  for (let i = 0; i < kept.length; i++) {
    const t = kept[i].text.trim();
    if (t.length >= 60 || !RELATED_HEADING.test(t)) continue;
    let j = i + 1;
    // (a list item holding a link is a teaser even when half its words sit outside the link)
    while (j < kept.length && (kept[j].linkChars >= kept[j].text.length * 0.5 || (kept[j].kind === 'li' && kept[j].linkChars > 0))) j++;
    kept.splice(i, j - i);
    i--;
  }
  // "About <organisation>" closing a press release is boilerplate when only a few blocks follow it.
  for (let i = Math.ceil(kept.length / 2); i < kept.length; i++) {
    const t = kept[i].text.trim();
    if (t.length < 100 && kept.length - i <= 5 && (kept[i].kind === 'h' || t.length < 60) && ABOUT_SECTION.test(t)) {
      kept.length = i;
      break;
    }
  }
  // Calls to action close the article ("Subscribe to our updates", "Please select the topic(s)...").
  while (kept.length > 0) {
    const last = kept[kept.length - 1].text.trim();
    if (last.length < S.shortBlockChars * 2 && CALL_TO_ACTION.test(last)) kept.pop();
    else break;
  }
  // A last heading with nothing under it titled something that was removed (a teaser box, a widget);
  // a post that is headings only (a photo post) keeps them.
  if (kept.length > 1 && kept[kept.length - 1].kind === 'h' && kept.some((b) => b.kind !== 'h')) kept.pop();
  // Leading labels without text after them ("In partnership with:").
  while (kept.length > 0 && /:\s*$/.test(kept[0].text) && kept[0].text.length < 60 && kept[0].kind !== 'h') kept.shift();
  return kept;
}
